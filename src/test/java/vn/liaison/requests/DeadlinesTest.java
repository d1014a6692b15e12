package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Tết Dương lịch 2026 (1–4/1, working Friday 2/1 swapped to Saturday 10/1) and Tết 2026 (14–22/2). */
    private static final WorkingCalendar CAL_2026 = new WorkingCalendar(
            Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                    LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)),
            Set.of(LocalDate.of(2026, 1, 10)));

    private static Instant vn(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(VN).toInstant();
    }

    @Test
    void hoursCountInClockTimeEvenOverWeekends() {
        Instant fridayEvening = vn(2026, 11, 20, 18, 0);
        assertThat(Deadlines.due(fridayEvening, new DeadlineRule(24, DeadlineRule.Unit.HOURS), CAL_2026, VN))
                .isEqualTo(vn(2026, 11, 21, 18, 0));
        assertThat(Deadlines.due(fridayEvening, DeadlineRule.defaultFor(RequestKind.LOOKUP, Urgency.EMERGENCY), CAL_2026, VN))
                .isEqualTo(vn(2026, 11, 20, 21, 0));
    }

    @Test
    void workingDaysStartTheDayAfterAndEndAtMidnightOfTheLastDay() {
        // Monday 16/11/2026 → Tue 17, Wed 18, Thu 19, Fri 20, Mon 23 → ends at 24:00 on Monday 23/11
        Instant monday = vn(2026, 11, 16, 9, 30);
        assertThat(Deadlines.due(monday, DeadlineRule.defaultFor(RequestKind.EVIDENCE, Urgency.NORMAL), CAL_2026, VN))
                .isEqualTo(vn(2026, 11, 24, 0, 0));
    }

    @Test
    void holidaysAreSkippedAndSwappedSaturdaysCount() {
        // Wed 31/12/2025: Thu 1 off, Fri 2 off, Mon 5, Tue 6, Wed 7, Thu 8, Fri 9 → end of Fri 9/1
        Instant newYearsEve = vn(2025, 12, 31, 10, 0);
        assertThat(Deadlines.due(newYearsEve, new DeadlineRule(5, DeadlineRule.Unit.WORKING_DAYS), CAL_2026, VN))
                .isEqualTo(vn(2026, 1, 10, 0, 0));
        // Thu 8/1: Fri 9, Sat 10 (working), Mon 12 → end of Mon 12/1
        Instant thursday = vn(2026, 1, 8, 10, 0);
        assertThat(Deadlines.due(thursday, new DeadlineRule(3, DeadlineRule.Unit.WORKING_DAYS), CAL_2026, VN))
                .isEqualTo(vn(2026, 1, 13, 0, 0));
        // Tết: sent Fri 13/2, 1 working day → Mon 23/2
        assertThat(Deadlines.due(vn(2026, 2, 13, 16, 0), new DeadlineRule(1, DeadlineRule.Unit.WORKING_DAYS), CAL_2026, VN))
                .isEqualTo(vn(2026, 2, 24, 0, 0));
    }

    @Test
    void aPeriodInDaysEndingOnARestDayMovesToTheNextWorkingDay() {
        // sent Tue 29/12/2025 + 3 days = Fri 1/1/2026 (holiday) → Fri 2/1 off → Sat 3, Sun 4 → Mon 5/1
        assertThat(Deadlines.due(vn(2025, 12, 29, 8, 0), new DeadlineRule(3, DeadlineRule.Unit.DAYS), CAL_2026, VN))
                .isEqualTo(vn(2026, 1, 6, 0, 0));
        // ends on a working day: unchanged
        assertThat(Deadlines.due(vn(2026, 11, 16, 8, 0), new DeadlineRule(2, DeadlineRule.Unit.DAYS), CAL_2026, VN))
                .isEqualTo(vn(2026, 11, 19, 0, 0));
    }

    @Test
    void pausesExtendTheDeadlineByTheirLength() {
        Instant base = vn(2026, 11, 21, 18, 0);
        Instant pausedSince = vn(2026, 11, 21, 10, 0);
        // while paused, the deadline moves with the clock: time left stands still
        Instant at12 = vn(2026, 11, 21, 12, 0);
        Instant at15 = vn(2026, 11, 21, 15, 0);
        Duration left12 = Duration.between(at12, Deadlines.effectiveDue(base, Duration.ZERO, pausedSince, at12));
        Duration left15 = Duration.between(at15, Deadlines.effectiveDue(base, Duration.ZERO, pausedSince, at15));
        assertThat(left12).isEqualTo(left15).isEqualTo(Duration.ofHours(8));
        // after a 5-hour pause, the deadline is 5 hours later
        assertThat(Deadlines.effectiveDue(base, Duration.ofHours(5), null, at15)).isEqualTo(vn(2026, 11, 21, 23, 0));
    }

    @Test
    void theReminderFallsAtThreeQuartersOfTheTime() {
        Instant sent = vn(2026, 11, 20, 8, 0);
        Instant due = vn(2026, 11, 21, 8, 0);
        assertThat(Deadlines.reminderAt(sent, due, Duration.ZERO)).isEqualTo(vn(2026, 11, 21, 2, 0));
        assertThat(Deadlines.reminderAt(sent, due, Duration.ofHours(2))).isEqualTo(vn(2026, 11, 21, 4, 0));
    }

    @Test
    void timeLeftInWords() {
        TimeLeft left = new TimeLeft(Duration.ofHours(3).plusMinutes(20), false);
        assertThat(left.messageKey()).isEqualTo("requests.timeLeft.left.hours");
        assertThat(left.args()).containsExactly(3L, 20);
        TimeLeft overdue = new TimeLeft(Duration.ofDays(-2).minusHours(1), false);
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.messageKey()).isEqualTo("requests.timeLeft.overdue.days");
        assertThat(overdue.args()).containsExactly(2L, 1);
        assertThat(new TimeLeft(Duration.ofDays(-2), true).overdue()).isFalse();
    }
}
