package vn.liaison.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.requests.DeadlineSettings.Holiday;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.DomainException;

/**
 * Administration of the holiday calendar and of the deadline rules per kind and urgency. Everyone of an agency
 * reads them (deadlines bind every side); only the platform's system administrator changes them, each change
 * recorded in the ledger with before and after, and taking effect on this node once committed.
 */
@Service
public class DeadlineAdministration {

    private final JdbcClient jdbc;
    private final DeadlineSettings settings;
    private final AccessPolicy policy;
    private final AuditLedger ledger;

    DeadlineAdministration(JdbcClient jdbc, DeadlineSettings settings, AccessPolicy policy, AuditLedger ledger) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.policy = policy;
        this.ledger = ledger;
    }

    /** A day of the calendar as entered (the day itself is the key). */
    public record HolidayEntry(LocalDate day, HolidayKind kind, String name, String legalReference, boolean confirmed) {
    }

    /** A rule as entered. */
    public record RuleEntry(Integer amount, DeadlineRule.Unit unit, String legalReference) {
    }

    /** The rule of a kind and urgency; {@code configured} is false when the built-in default applies. */
    public record RuleView(RequestKind kind, Urgency urgency, int amount, DeadlineRule.Unit unit, String legalReference,
            boolean configured) {
    }

    /** The outcome of a create-or-replace: the day as stored, and whether it was new. */
    public record Saved(Holiday holiday, boolean created) {
    }

    // ---- who may ---------------------------------------------------------------------------------------------

    /** Any signed-in person of an agency (or the platform administrator, who may have none) reads the settings. */
    public Actor requireReader() {
        Actor a = policy.requireActor();
        if (a.agencyId() == null && !a.has(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("a person of an agency required");
        }
        return a;
    }

    /** Only the platform administrator changes them: they are reference data of the whole platform. */
    public boolean canChange() {
        return policy.actor().map(a -> !a.isMachine() && a.has(Role.SYSTEM_ADMIN)).orElse(false);
    }

    public void requireChanger() {
        policy.requireSystemAdmin();
        if (!canChange()) {
            throw new AccessDeniedException("system administrator in person required");
        }
    }

    // ---- the calendar ----------------------------------------------------------------------------------------

    public List<Holiday> holidays(int year) {
        requireReader();
        if (year < SettingsRules.FIRST_YEAR || year > SettingsRules.LAST_YEAR) {
            throw DomainException.invalid("year", "requests.settings.error.yearRange",
                    String.valueOf(SettingsRules.FIRST_YEAR), String.valueOf(SettingsRules.LAST_YEAR));
        }
        return settings.holidays(year);
    }

    /** The years that have days in the calendar. */
    public List<Integer> years() {
        requireReader();
        return settings.years();
    }

    public Holiday holiday(LocalDate day) {
        requireReader();
        return settings.holiday(day).orElseThrow(() -> DomainException.notFound("holiday " + day));
    }

    /** Adds a day that is not yet in the calendar (a day already there is a conflict: edit it instead). */
    @Transactional
    public Holiday add(HolidayEntry entry) {
        requireChanger();
        Holiday h = checked(entry);
        if (!insert(h)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "day", "requests.settings.error.dayExists",
                    h.day().toString());
        }
        ledger.record(AuditRecord.change("requests.holiday.create", "request_holiday", h.day(), null, h));
        settings.invalidate();
        return h;
    }

    /** Replaces a day that is in the calendar (not found otherwise). */
    @Transactional
    public Holiday update(LocalDate day, HolidayEntry entry) {
        requireChanger();
        Holiday before = locked(day).orElseThrow(() -> DomainException.notFound("holiday " + day));
        Holiday h = checked(withDay(day, entry));
        replace(h);
        ledger.record(AuditRecord.change("requests.holiday.update", "request_holiday", day, before, h));
        settings.invalidate();
        return h;
    }

    /** Creates or replaces the day (the API's PUT). */
    @Transactional
    public Saved put(LocalDate day, HolidayEntry entry) {
        requireChanger();
        Holiday h = checked(withDay(day, entry));
        Optional<Holiday> before = locked(day);
        if (before.isPresent()) {
            replace(h);
            ledger.record(AuditRecord.change("requests.holiday.update", "request_holiday", day, before.get(), h));
        } else {
            if (!insert(h)) {
                // added by someone else between the read and the insert
                throw new DomainException(DomainException.Kind.CONFLICT, "day", "requests.settings.error.dayExists",
                        day.toString());
            }
            ledger.record(AuditRecord.change("requests.holiday.create", "request_holiday", day, null, h));
        }
        settings.invalidate();
        return new Saved(h, before.isEmpty());
    }

    /** Marks the day as checked against the official announcement. */
    @Transactional
    public Holiday confirm(LocalDate day) {
        requireChanger();
        Holiday before = locked(day).orElseThrow(() -> DomainException.notFound("holiday " + day));
        if (before.confirmed()) {
            return before;
        }
        jdbc.sql("UPDATE request_holiday SET confirmed = TRUE WHERE day = ?").param(day).update();
        Holiday after = new Holiday(before.day(), before.kind(), before.name(), before.legalReference(), true);
        ledger.record(AuditRecord.change("requests.holiday.confirm", "request_holiday", day, before, after));
        settings.invalidate();
        return after;
    }

    @Transactional
    public void delete(LocalDate day) {
        requireChanger();
        Holiday before = locked(day).orElseThrow(() -> DomainException.notFound("holiday " + day));
        jdbc.sql("DELETE FROM request_holiday WHERE day = ?").param(day).update();
        ledger.record(AuditRecord.change("requests.holiday.delete", "request_holiday", day, before, null));
        settings.invalidate();
    }

    private static HolidayEntry withDay(LocalDate day, HolidayEntry entry) {
        return new HolidayEntry(day, entry.kind(), entry.name(), entry.legalReference(), entry.confirmed());
    }

    private static Holiday checked(HolidayEntry e) {
        SettingsRules.checkHoliday(e.day(), e.kind(), e.name(), e.legalReference());
        return new Holiday(e.day(), e.kind(), e.name().strip(), SettingsRules.clean(e.legalReference()), e.confirmed());
    }

    private Optional<Holiday> locked(LocalDate day) {
        return jdbc.sql("SELECT day FROM request_holiday WHERE day = ? FOR UPDATE").param(day)
                .query(LocalDate.class).optional().flatMap(settings::holiday);
    }

    private boolean insert(Holiday h) {
        return jdbc.sql("INSERT INTO request_holiday (day, kind, name, legal_reference, confirmed) VALUES (?,?,?,?,?) "
                + "ON CONFLICT (day) DO NOTHING")
                .params(h.day(), h.kind().name(), h.name(), h.legalReference(), h.confirmed()).update() == 1;
    }

    private void replace(Holiday h) {
        jdbc.sql("UPDATE request_holiday SET kind = ?, name = ?, legal_reference = ?, confirmed = ? WHERE day = ?")
                .params(h.kind().name(), h.name(), h.legalReference(), h.confirmed(), h.day()).update();
    }

    // ---- the deadline rules -----------------------------------------------------------------------------------

    /** Every kind × urgency, in the order of the enums. */
    public List<RuleView> rules() {
        requireReader();
        List<RuleView> all = new ArrayList<>();
        for (RequestKind kind : RequestKind.values()) {
            for (Urgency urgency : Urgency.values()) {
                all.add(stored(kind, urgency));
            }
        }
        return all;
    }

    public RuleView rule(RequestKind kind, Urgency urgency) {
        requireReader();
        return stored(kind, urgency);
    }

    /** Sets the rule of a kind and urgency; it applies to requests sent afterwards. */
    @Transactional
    public RuleView setRule(RequestKind kind, Urgency urgency, RuleEntry entry) {
        requireChanger();
        if (kind == null || urgency == null) {
            throw DomainException.notFound("deadline rule");
        }
        DeadlineRule rule = SettingsRules.checkRule(entry.amount(), entry.unit(), entry.legalReference());
        jdbc.sql("SELECT kind FROM request_deadline_rule WHERE kind = ? AND urgency = ? FOR UPDATE")
                .params(kind.name(), urgency.name()).query(String.class).optional();
        RuleView before = stored(kind, urgency);
        String reference = SettingsRules.clean(entry.legalReference());
        jdbc.sql("INSERT INTO request_deadline_rule (kind, urgency, amount, unit, legal_reference) VALUES (?,?,?,?,?) "
                + "ON CONFLICT (kind, urgency) DO UPDATE SET amount = EXCLUDED.amount, unit = EXCLUDED.unit, "
                + "legal_reference = EXCLUDED.legal_reference")
                .params(kind.name(), urgency.name(), rule.amount(), rule.unit().name(), reference).update();
        RuleView after = new RuleView(kind, urgency, rule.amount(), rule.unit(), reference, true);
        ledger.record(AuditRecord.change("requests.deadlineRule.update", "request_deadline_rule",
                kind.name() + "/" + urgency.name(), before, after));
        settings.invalidate();
        return after;
    }

    private RuleView stored(RequestKind kind, Urgency urgency) {
        return jdbc.sql("SELECT amount, unit, legal_reference FROM request_deadline_rule WHERE kind = ? AND urgency = ?")
                .params(kind.name(), urgency.name())
                .query((rs, n) -> new RuleView(kind, urgency, rs.getInt("amount"),
                        DeadlineRule.Unit.valueOf(rs.getString("unit")), rs.getString("legal_reference"), true))
                .optional()
                .orElseGet(() -> {
                    DeadlineRule d = DeadlineRule.defaultFor(kind, urgency);
                    return new RuleView(kind, urgency, d.amount(), d.unit(), null, false);
                });
    }
}
