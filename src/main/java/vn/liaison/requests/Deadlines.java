package vn.liaison.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Deadline arithmetic. Hours count in clock time from the moment of sending. Days follow the Civil Code (art.
 * 147–148): the period starts the day after sending and ends at the end (24:00, Vietnam time) of its last day;
 * a period in calendar days whose last day is a rest day ends at the end of the next working day; a period in
 * working days counts only working days. Pauses (returned for clarification) extend the deadline by their length.
 */
public final class Deadlines {

    private Deadlines() {
    }

    /** The deadline of a request sent at {@code sentAt}, before any pause. */
    public static Instant due(Instant sentAt, DeadlineRule rule, WorkingCalendar calendar, ZoneId zone) {
        LocalDate sentDay = sentAt.atZone(zone).toLocalDate();
        return switch (rule.unit()) {
            case HOURS -> sentAt.plus(Duration.ofHours(rule.amount()));
            case DAYS -> endOf(calendar.nextWorkingDayFrom(sentDay.plusDays(rule.amount())), zone);
            case WORKING_DAYS -> endOf(calendar.addWorkingDays(sentDay, rule.amount()), zone);
        };
    }

    /** The end of a day (24:00, i.e. the start of the next day) in the zone. */
    static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The effective deadline: the base deadline moved later by every completed pause and, while a pause runs,
     * by its length so far (the clock stands still).
     */
    public static Instant effectiveDue(Instant baseDue, Duration pausedTotal, Instant pausedSince, Instant now) {
        Duration running = pausedSince == null || now.isBefore(pausedSince) ? Duration.ZERO : Duration.between(pausedSince, now);
        return baseDue.plus(pausedTotal).plus(running);
    }

    /** When the 75 % reminder falls due: three quarters of the time between sending and the base deadline, plus pauses. */
    public static Instant reminderAt(Instant sentAt, Instant baseDue, Duration pausedTotal) {
        Duration total = Duration.between(sentAt, baseDue);
        return sentAt.plus(total.multipliedBy(3).dividedBy(4)).plus(pausedTotal);
    }

    /** Time left (negative: overdue) at {@code now}. */
    public static TimeLeft timeLeft(Instant effectiveDue, Instant now, boolean paused) {
        return new TimeLeft(Duration.between(now, effectiveDue), paused);
    }
}
