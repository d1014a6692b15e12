package vn.liaison.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.liaison.shared.ChangeFeed;

/**
 * The configured deadline rules (per kind and urgency) and the holiday calendar, read from their tables.
 * Both are cached together: they change a few times a year, while the rule and the calendar are read on every
 * request created and sent. A change made on this node invalidates the cache once its transaction commits (it takes
 * effect at once here); every node, this one included, also reloads when the {@link ChangeFeed} hears a committed
 * change of either table. While the feed is not listening, a loaded snapshot serves for a minute at most.
 */
@Component
public class DeadlineSettings {

    /** The topic the two tables announce their changes on (migration {@code V3_4}). */
    static final String CHANGES = "request-settings";
    /** How long a loaded snapshot serves while changes are not heard. */
    static final long RELOAD_SECONDS = 60;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChangeFeed changes;
    /**
     * Counts invalidations. A snapshot remembers the count it was loaded under, so a load that raced with a change
     * (read before the commit, stored after the invalidation) is never taken as current.
     */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(WorkingCalendar calendar, Map<RequestKind, Map<Urgency, DeadlineRule>> rules,
            Instant loadedAt, long generation) {
    }

    DeadlineSettings(JdbcClient jdbc, Clock clock, ChangeFeed changes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.changes = changes;
        changes.onChange(CHANGES, generation::incrementAndGet);
        changes.onReset(generation::incrementAndGet);
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
     * next read on this node sees the change. Invalidating before the commit would let a concurrent reader cache
     * the old state again.
     */
    void invalidate() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    generation.incrementAndGet();
                }
            });
        } else {
            generation.incrementAndGet();
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        long gen = generation.get();
        if (s == null || s.generation() != gen || !changes.live() && expired(s, now)) {
            s = load(now, gen);
            snapshot = s;
        }
        return s;
    }

    private static boolean expired(Snapshot s, Instant now) {
        return now.isAfter(s.loadedAt().plusSeconds(RELOAD_SECONDS)) || now.isBefore(s.loadedAt());
    }

    private Snapshot load(Instant now, long gen) {
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
        return new Snapshot(new WorkingCalendar(off, saturdays), rules, now, gen);
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
