package vn.liaison.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are working days for civil servants: Monday to Friday, except public holidays and compensatory
 * days off, plus the Saturdays announced as swapped working days. Built from the {@code request_holiday} table.
 */
public record WorkingCalendar(Set<LocalDate> daysOff, Set<LocalDate> workingSaturdays) {

    public WorkingCalendar {
        daysOff = Set.copyOf(daysOff);
        workingSaturdays = Set.copyOf(workingSaturdays);
    }

    public static WorkingCalendar weekdaysOnly() {
        return new WorkingCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingSaturdays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !daysOff.contains(day);
    }

    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The n-th working day after {@code day} (the day itself never counts: art. 147). */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
