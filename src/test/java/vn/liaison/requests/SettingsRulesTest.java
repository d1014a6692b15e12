package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.liaison.requests.DeadlineRule.Unit;
import vn.liaison.shared.DomainException;

/** What an administrator may enter in the calendar and the deadline rules. */
class SettingsRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2099, 3, 2);
    private static final LocalDate SATURDAY = LocalDate.of(2099, 3, 7);
    private static final LocalDate SUNDAY = LocalDate.of(2099, 3, 8);

    @Test
    void aWorkingSaturdayMustBeASaturday() {
        assertThatCode(() -> SettingsRules.checkHoliday(SATURDAY, HolidayKind.WORKING_SATURDAY, "Làm bù", null))
                .doesNotThrowAnyException();
        assertRefused(() -> SettingsRules.checkHoliday(MONDAY, HolidayKind.WORKING_SATURDAY, "Làm bù", null),
                "kind", "requests.settings.error.notSaturday");
        assertRefused(() -> SettingsRules.checkHoliday(SUNDAY, HolidayKind.WORKING_SATURDAY, "Làm bù", null),
                "kind", "requests.settings.error.notSaturday");
    }

    @Test
    void aDayOffMustBeAWeekdayWhileAHolidayMayFallOnAnyDay() {
        assertRefused(() -> SettingsRules.checkHoliday(SUNDAY, HolidayKind.DAY_OFF, "Nghỉ bù", null),
                "kind", "requests.settings.error.dayOffOnWeekend");
        assertThatCode(() -> SettingsRules.checkHoliday(MONDAY, HolidayKind.DAY_OFF, "Nghỉ bù", null)).doesNotThrowAnyException();
        assertThatCode(() -> SettingsRules.checkHoliday(SUNDAY, HolidayKind.HOLIDAY, "Quốc khánh", "BLLĐ 2019, Điều 112"))
                .doesNotThrowAnyException();
    }

    @Test
    void aDayNeedsADateInRangeAKindAndAName() {
        assertRefused(() -> SettingsRules.checkHoliday(null, HolidayKind.HOLIDAY, "x", null), "day", "requests.settings.error.required");
        assertRefused(() -> SettingsRules.checkHoliday(LocalDate.of(1999, 12, 31), HolidayKind.HOLIDAY, "x", null),
                "day", "requests.settings.error.yearRange");
        assertRefused(() -> SettingsRules.checkHoliday(LocalDate.of(2101, 1, 1), HolidayKind.HOLIDAY, "x", null),
                "day", "requests.settings.error.yearRange");
        assertRefused(() -> SettingsRules.checkHoliday(MONDAY, null, "x", null), "kind", "requests.settings.error.required");
        assertRefused(() -> SettingsRules.checkHoliday(MONDAY, HolidayKind.HOLIDAY, "  ", null), "name", "requests.settings.error.required");
        assertRefused(() -> SettingsRules.checkHoliday(MONDAY, HolidayKind.HOLIDAY, "x".repeat(201), null),
                "name", "requests.settings.error.tooLong");
        assertRefused(() -> SettingsRules.checkHoliday(MONDAY, HolidayKind.HOLIDAY, "x", "y".repeat(501)),
                "legalReference", "requests.settings.error.tooLong");
    }

    @Test
    void anAmountIsPositiveAndWithinTheCapOfItsUnit() {
        assertThat(SettingsRules.checkRule(24, Unit.HOURS, null)).isEqualTo(new DeadlineRule(24, Unit.HOURS));
        assertThat(SettingsRules.checkRule(720, Unit.HOURS, null)).isEqualTo(new DeadlineRule(720, Unit.HOURS));
        assertThat(SettingsRules.checkRule(365, Unit.DAYS, null)).isEqualTo(new DeadlineRule(365, Unit.DAYS));
        assertThat(SettingsRules.checkRule(250, Unit.WORKING_DAYS, null)).isEqualTo(new DeadlineRule(250, Unit.WORKING_DAYS));
        assertRefused(() -> SettingsRules.checkRule(0, Unit.HOURS, null), "amount", "requests.settings.error.amountPositive");
        assertRefused(() -> SettingsRules.checkRule(-3, Unit.DAYS, null), "amount", "requests.settings.error.amountPositive");
        assertRefused(() -> SettingsRules.checkRule(721, Unit.HOURS, null), "amount", "requests.settings.error.amountTooLarge.HOURS");
        assertRefused(() -> SettingsRules.checkRule(366, Unit.DAYS, null), "amount", "requests.settings.error.amountTooLarge.DAYS");
        assertRefused(() -> SettingsRules.checkRule(251, Unit.WORKING_DAYS, null), "amount",
                "requests.settings.error.amountTooLarge.WORKING_DAYS");
        assertRefused(() -> SettingsRules.checkRule(null, Unit.HOURS, null), "amount", "requests.settings.error.required");
        assertRefused(() -> SettingsRules.checkRule(5, null, null), "unit", "requests.settings.error.required");
    }

    private static void assertRefused(Runnable check, String field, String messageKey) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
