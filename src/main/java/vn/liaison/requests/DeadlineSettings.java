package vn.liaison.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The configured deadline rules (per kind and urgency) and the holiday calendar, read from their tables.
 * The calendar is cached for a minute: it changes a few times a year, and deadlines are computed on every send.
 */
@Component
public class DeadlineSettings {

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile WorkingCalendar calendar;
    private volatile Instant loadedAt = Instant.EPOCH;

    DeadlineSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public DeadlineRule rule(RequestKind kind, Urgency urgency) {
        return jdbc.sql("SELECT amount, unit FROM request_deadline_rule WHERE kind = ? AND urgency = ?")
                .params(kind.name(), urgency.name())
                .query((rs, n) -> new DeadlineRule(rs.getInt("amount"), DeadlineRule.Unit.valueOf(rs.getString("unit"))))
                .optional().orElseGet(() -> DeadlineRule.defaultFor(kind, urgency));
    }

    public WorkingCalendar calendar() {
        Instant now = clock.instant();
        if (calendar == null || now.isAfter(loadedAt.plusSeconds(60))) {
            Set<LocalDate> off = new HashSet<>();
            Set<LocalDate> saturdays = new HashSet<>();
            jdbc.sql("SELECT day, kind FROM request_holiday").query(rs -> {
                LocalDate day = rs.getObject("day", LocalDate.class);
                if ("WORKING_SATURDAY".equals(rs.getString("kind"))) {
                    saturdays.add(day);
                } else {
                    off.add(day);
                }
            });
            calendar = new WorkingCalendar(off, saturdays);
            loadedAt = now;
        }
        return calendar;
    }

    /** A day of the calendar as listed for administrators. */
    public record Holiday(LocalDate day, String kind, String name, String legalReference, boolean confirmed) {
    }

    public List<Holiday> holidays(int year) {
        return jdbc.sql("SELECT day, kind, name, legal_reference, confirmed FROM request_holiday "
                + "WHERE day >= ? AND day < ? ORDER BY day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new Holiday(rs.getObject("day", LocalDate.class), rs.getString("kind"),
                        rs.getString("name"), rs.getString("legal_reference"), rs.getBoolean("confirmed")))
                .list();
    }
}
