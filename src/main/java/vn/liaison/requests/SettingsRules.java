package vn.liaison.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;

import vn.liaison.shared.DomainException;

/**
 * What an administrator may enter in the holiday calendar and the deadline rules. The caps keep a typing
 * mistake (an extra zero) from setting a deadline nobody could be held to:
 * <ul>
 * <li>hours: 1 to 720 (30 days; the law's periods in hours are 3 and 24),</li>
 * <li>calendar days: 1 to 365,</li>
 * <li>working days: 1 to 250 (about a working year);</li>
 * <li>calendar days: years {@value #FIRST_YEAR} to {@value #LAST_YEAR};</li>
 * <li>a name of at most {@value #MAX_NAME} characters, a legal reference of at most {@value #MAX_REFERENCE}.</li>
 * </ul>
 * A working Saturday must be a Saturday; a day off (compensatory or swapped) must be a weekday, since a day off
 * on a weekend changes nothing. A public holiday may fall on any day: it is recorded as announced.
 */
public final class SettingsRules {

    public static final int MAX_HOURS = 720;
    public static final int MAX_DAYS = 365;
    public static final int MAX_WORKING_DAYS = 250;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_NAME = 200;
    public static final int MAX_REFERENCE = 500;

    private SettingsRules() {
    }

    /** The largest amount allowed in the unit. */
    public static int cap(DeadlineRule.Unit unit) {
        return switch (unit) {
            case HOURS -> MAX_HOURS;
            case DAYS -> MAX_DAYS;
            case WORKING_DAYS -> MAX_WORKING_DAYS;
        };
    }

    /** Checks a day of the calendar; the refusal names the field it is about. */
    public static void checkHoliday(LocalDate day, HolidayKind kind, String name, String legalReference) {
        checkDay(day);
        if (kind == null) {
            throw DomainException.invalid("kind", "requests.settings.error.required");
        }
        boolean saturday = day.getDayOfWeek() == DayOfWeek.SATURDAY;
        boolean weekend = saturday || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == HolidayKind.WORKING_SATURDAY && !saturday) {
            throw DomainException.invalid("kind", "requests.settings.error.notSaturday", day.toString());
        }
        if (kind == HolidayKind.DAY_OFF && weekend) {
            throw DomainException.invalid("kind", "requests.settings.error.dayOffOnWeekend", day.toString());
        }
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("name", "requests.settings.error.required");
        }
        if (name.strip().length() > MAX_NAME) {
            throw DomainException.invalid("name", "requests.settings.error.tooLong", MAX_NAME);
        }
        checkReference(legalReference);
    }

    /** Checks the date of a calendar day on its own (also for a day named in a path). */
    public static void checkDay(LocalDate day) {
        if (day == null) {
            throw DomainException.invalid("day", "requests.settings.error.required");
        }
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw DomainException.invalid("day", "requests.settings.error.yearRange",
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
    }

    /** Checks a deadline rule; the refusal names the field it is about. */
    public static DeadlineRule checkRule(Integer amount, DeadlineRule.Unit unit, String legalReference) {
        if (unit == null) {
            throw DomainException.invalid("unit", "requests.settings.error.required");
        }
        if (amount == null) {
            throw DomainException.invalid("amount", "requests.settings.error.required");
        }
        if (amount <= 0) {
            throw DomainException.invalid("amount", "requests.settings.error.amountPositive");
        }
        if (amount > cap(unit)) {
            throw DomainException.invalid("amount", "requests.settings.error.amountTooLarge." + unit.name(), cap(unit));
        }
        checkReference(legalReference);
        return new DeadlineRule(amount, unit);
    }

    private static void checkReference(String legalReference) {
        if (legalReference != null && legalReference.strip().length() > MAX_REFERENCE) {
            throw DomainException.invalid("legalReference", "requests.settings.error.tooLong", MAX_REFERENCE);
        }
    }

    /** Blank text is stored as no text. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
