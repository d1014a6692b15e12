package vn.liaison.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the ledger on {@code liaison.audit.verify-cron} (Vietnam time). With several application nodes, a
 * PostgreSQL advisory lock held on a connection of its own lets exactly one of them run it; the others skip.
 */
@Component
class ScheduledVerification {

    /** Arbitrary but fixed: the advisory lock key of the ledger verification ("LEDGER" in ASCII). */
    static final long LOCK_KEY = 0x4C4544474552L;

    private static final Logger log = LoggerFactory.getLogger(ScheduledVerification.class);

    private final DataSource dataSource;
    private final LedgerVerifier verifier;

    ScheduledVerification(DataSource dataSource, LedgerVerifier verifier) {
        this.dataSource = dataSource;
        this.verifier = verifier;
    }

    @Scheduled(cron = "${liaison.audit.verify-cron}", zone = "Asia/Ho_Chi_Minh")
    void verify() {
        runIfFirst();
    }

    /** Runs a scheduled verification unless another node holds the lock; empty when skipped. */
    Optional<Verification> runIfFirst() {
        try (Connection lockConnection = dataSource.getConnection()) {
            if (!advisory(lockConnection, "SELECT pg_try_advisory_lock(?)")) {
                log.info("Ledger verification skipped: another node is running it");
                return Optional.empty();
            }
            try {
                Verification v = verifier.run(Verification.Trigger.SCHEDULE, AuditActor.system());
                if (v.intact()) {
                    log.info("Ledger verified: intact, {} entries over {} chains", v.entriesChecked(), v.chains());
                } else {
                    log.error("Ledger verification FAILED: entry {} (chain {}, seq {}): {}", v.brokenEntryId(),
                            v.brokenChain(), v.brokenSeq(), v.reason());
                }
                return Optional.of(v);
            } finally {
                advisory(lockConnection, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the ledger verification lock", e);
        }
    }

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
