package vn.liaison.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/**
 * Runs the verifier (on demand or on the schedule), keeps each result in {@code audit_verification} and records
 * the run in the ledger itself. The walk reads one snapshot in its own transaction; the result is then written
 * in another, so recording the run never conflicts with writers that committed during the walk.
 */
@Service
public class LedgerVerifier {

    private final LedgerCheck check;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLedger ledger;
    private final LedgerActors currentActor;
    private final TransactionTemplate writeResult;

    LedgerVerifier(LedgerCheck check, JdbcClient jdbc, Clock clock, AuditLedger ledger, LedgerActors currentActor,
            PlatformTransactionManager transactions) {
        this.check = check;
        this.jdbc = jdbc;
        this.clock = clock;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.writeResult = new TransactionTemplate(transactions);
    }

    /**
     * Verifies every chain now, as the current person (the caller checked they may read the ledger: the whole
     * ledger is verified whatever their scope, since a chain is only intact as a whole).
     */
    public Verification verifyNow(LedgerScope scope) {
        return run(Verification.Trigger.ON_DEMAND, currentActor.get());
    }

    Verification run(Verification.Trigger trigger, AuditActor actor) {
        Instant started = clock.instant();
        LedgerCheck.Outcome outcome = check.check();
        Instant finished = clock.instant();
        return writeResult.execute(status -> {
            LedgerCheck.Break b = outcome.firstBreak();
            long id = jdbc.sql("""
                    INSERT INTO audit_verification (started_at, finished_at, intact, entries_checked, chains,
                      broken_entry_id, broken_chain, broken_seq, reason, run_by, run_by_account_id, trigger_kind)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id""")
                    .params(Timestamp.from(started), Timestamp.from(finished), outcome.intact(), outcome.entriesChecked(),
                            outcome.chains(), b == null ? null : b.entryId(), b == null ? null : b.chainNo(),
                            b == null ? null : b.seq(), b == null ? null : b.reason().name(),
                            actor.name() == null ? "system" : actor.name(), actor.accountId(), trigger.name())
                    .query(Long.class).single();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("intact", outcome.intact());
            result.put("entriesChecked", outcome.entriesChecked());
            result.put("chains", outcome.chains());
            result.put("trigger", trigger.name());
            if (b != null) {
                result.put("brokenEntryId", b.entryId());
                result.put("brokenChain", b.chainNo());
                result.put("brokenSeq", b.seq());
                result.put("reason", b.reason().name());
            }
            ledger.record(actor, AuditRecord.change("audit.verify", "audit_verification", id, null, result));
            return find(id).orElseThrow();
        });
    }

    @Transactional(readOnly = true)
    public PageResult<Verification> history(PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM audit_verification").query(Long.class).single();
        var items = jdbc.sql("SELECT * FROM audit_verification ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(page.size(), page.offset()).query((rs, i) -> verification(rs)).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public Optional<Verification> latest() {
        return jdbc.sql("SELECT * FROM audit_verification ORDER BY started_at DESC, id DESC LIMIT 1")
                .query((rs, i) -> verification(rs)).optional();
    }

    Optional<Verification> find(long id) {
        return jdbc.sql("SELECT * FROM audit_verification WHERE id = ?").param(id)
                .query((rs, i) -> verification(rs)).optional();
    }

    private static Verification verification(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        return new Verification(rs.getLong("id"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("finished_at", OffsetDateTime.class).toInstant(), rs.getBoolean("intact"),
                rs.getLong("entries_checked"), rs.getInt("chains"), (Long) rs.getObject("broken_entry_id"),
                rs.getObject("broken_chain") == null ? null : rs.getInt("broken_chain"),
                (Long) rs.getObject("broken_seq"), reason == null ? null : BreakReason.valueOf(reason),
                rs.getString("run_by"), rs.getObject("run_by_account_id", UUID.class),
                Verification.Trigger.valueOf(rs.getString("trigger_kind")));
    }
}
