package vn.liaison.requests;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.liaison.shared.ChangeFeed;
import vn.liaison.shared.CommittedCache;

/**
 * The configured deadline rules (per kind and urgency) and the holiday calendar, read from their tables.
 * Both are kept together in a {@link CommittedCache}: they change a few times a year, while the rule and the
 * calendar are read on every request created and sent. Every node forgets them when the {@link ChangeFeed} hears
 * a committed change of either table; a change made on this node is forgotten here at its commit.
 */
@Component
public class DeadlineSettings {

    /** The topic the two tables announce their changes on (migration {@code V3_4}). */
    static final String CHANGES = "request-settings";
    private static final String KEY = "settings";

    private final JdbcClient jdbc;
    private final CommittedCache<String, Snapshot> cache;

    private record Snapshot(WorkingCalendar calendar, Map<RequestKind, Map<Urgency, DeadlineRule>> rules) {
    }

    DeadlineSettings(JdbcClient jdbc, ChangeFeed changes) {
        this.jdbc = jdbc;
        this.cache = new CommittedCache<>(changes, CHANGES, 1);
    }

    /** The rule for the kind and urgency: the configured one, or the default when none is configured. */
    public DeadlineRule rule(RequestKind kind, Urgency urgency) {
        DeadlineRule configured = current().rules().getOrDefault(kind, Map.of()).get(urgency);
        return configured != null ? configured : DeadlineRule.defaultFor(kind, urgency);
    }

    public WorkingCalendar calendar() {
        return current().calendar();
    }

    /**
     * Forgets the cached rules and calendar once the current transaction commits (at once without one), so the
     * next read on this node sees the change without waiting for its announcement.
     */
    void invalidate() {
        cache.clearAfterCommit();
    }

    private Snapshot current() {
        Snapshot cached = cache.get(KEY);
        if (cached != null) {
            return cached;
        }
        long ticket = cache.ticket();
        Snapshot loaded = load();
        if (jdbc.sql("SELECT " + CommittedCache.COMMITTED).query((rs, n) -> CommittedCache.committed(rs)).single()) {
            cache.offer(ticket, KEY, loaded);
        }
        return loaded;
    }

    private Snapshot load() {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> saturdays = new HashSet<>();
        jdbc.sql("SELECT day, kind FROM request_holiday").query(rs -> {
            LocalDate day = rs.getObject("day", LocalDate.class);
            if (HolidayKind.valueOf(rs.getString("kind")).isDayOff()) {
                off.add(day);
            } else {
                saturdays.add(day);
            }
        });
        Map<RequestKind, Map<Urgency, DeadlineRule>> rules = new EnumMap<>(RequestKind.class);
        jdbc.sql("SELECT kind, urgency, amount, unit FROM request_deadline_rule").query(rs -> {
            RequestKind kind = parse(RequestKind.class, rs.getString("kind"));
            Urgency urgency = parse(Urgency.class, rs.getString("urgency"));
            if (kind != null && urgency != null) {
                rules.computeIfAbsent(kind, k -> new EnumMap<>(Urgency.class))
                        .put(urgency, new DeadlineRule(rs.getInt("amount"), DeadlineRule.Unit.valueOf(rs.getString("unit"))));
            }
        });
        return new Snapshot(new WorkingCalendar(off, saturdays), rules);
    }

    /** A kind present in the reference table but unknown to this version is ignored rather than failing every send. */
    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A day of the calendar as listed for administrators. */
    public record Holiday(LocalDate day, HolidayKind kind, String name, String legalReference, boolean confirmed) {
    }

    public List<Holiday> holidays(int year) {
        return jdbc.sql("SELECT day, kind, name, legal_reference, confirmed FROM request_holiday "
                + "WHERE day >= ? AND day < ? ORDER BY day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> holiday(rs))
                .list();
    }

    /** The day as stored, read from the table (not the cache: administrators edit what is stored). */
    public Optional<Holiday> holiday(LocalDate day) {
        return jdbc.sql("SELECT day, kind, name, legal_reference, confirmed FROM request_holiday WHERE day = ?")
                .param(day).query((rs, n) -> holiday(rs)).optional();
    }

    /** The years that have days in the calendar, oldest first. */
    public List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT CAST(EXTRACT(YEAR FROM day) AS INT) FROM request_holiday ORDER BY 1")
                .query(Integer.class).list();
    }

    private static Holiday holiday(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Holiday(rs.getObject("day", LocalDate.class), HolidayKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("legal_reference"), rs.getBoolean("confirmed"));
    }
}
