package vn.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.LiaisonTest;

/**
 * The ledger on the real database: concurrent writers spread over the chains and leave them intact; the
 * database refuses changes; and the verifier catches an edit, a deletion in the middle, a removed tail and a
 * reordering. PostgreSQL DDL is transactional, so each tampering drops the trigger, changes rows and runs the
 * verifier inside one transaction that is rolled back: the shared database stays intact.
 */
@LiaisonTest
class LedgerIntegrationTest {

    @Autowired
    AuditLedger ledger;

    @Autowired
    LedgerCheck check;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void concurrentWritersUseSeveralChainsAndLeaveThemIntact() throws Exception {
        String action = "test.concurrent." + UUID.randomUUID();
        int threads = 8;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < perThread; i++) {
                        ledger.record(new AuditActor(null, "writer " + thread, null, "127.0.0.1"),
                                AuditRecord.change(action, "test", thread + "-" + i, null, Map.of("i", i)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long written = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ?").param(action).query(Long.class).single();
        long chainsUsed = jdbc.sql("SELECT count(DISTINCT chain_no) FROM audit_entry WHERE action = ?").param(action)
                .query(Long.class).single();
        assertThat(written).isEqualTo(threads * perThread);
        assertThat(chainsUsed).as("chains written in parallel").isGreaterThan(1);

        LedgerCheck.Outcome outcome = check.check();
        assertThat(outcome.firstBreak()).isNull();
        assertThat(outcome.intact()).isTrue();
        assertThat(outcome.chains()).isEqualTo(ChainedAuditLedger.CHAINS);
        long all = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
        assertThat(outcome.entriesChecked()).isEqualTo(all).isGreaterThanOrEqualTo(threads * perThread);
    }

    @Test
    void entriesOfOneTransactionStayInOrderOnOneChain() {
        String action = "test.onetx." + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            for (int i = 0; i < 5; i++) {
                ledger.record(AuditActor.system(), AuditRecord.of(action, "test", i));
            }
        });
        List<Map<String, Object>> rows = jdbc.sql("SELECT chain_no, chain_seq, target_id FROM audit_entry WHERE action = ? ORDER BY id")
                .param(action).query().listOfRows();
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(r -> r.get("chain_no")).containsOnly(rows.get(0).get("chain_no"));
        long firstSeq = (Long) rows.get(0).get("chain_seq");
        for (int i = 0; i < 5; i++) {
            assertThat(rows.get(i).get("chain_seq")).isEqualTo(firstSeq + i);
            assertThat(rows.get(i).get("target_id")).isEqualTo(String.valueOf(i));
        }
    }

    @Test
    void anInnerNewTransactionTakesAChainOfItsOwnInsteadOfWaitingForTheOuter() {
        String action = "test.nested." + UUID.randomUUID();
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        outer.executeWithoutResult(s -> {
            ledger.record(AuditActor.system(), AuditRecord.of(action, "test", "outer-1"));
            inner.executeWithoutResult(s2 -> ledger.record(AuditActor.system(), AuditRecord.of(action, "test", "inner")));
            ledger.record(AuditActor.system(), AuditRecord.of(action, "test", "outer-2"));
        });
        Map<String, Object> chains = jdbc.sql("SELECT target_id, chain_no FROM audit_entry WHERE action = ?").param(action)
                .query().listOfRows().stream().collect(java.util.stream.Collectors.toMap(r -> (String) r.get("target_id"),
                        r -> r.get("chain_no")));
        assertThat(chains).hasSize(3);
        assertThat(chains.get("inner")).isNotEqualTo(chains.get("outer-1"));
        assertThat(chains.get("outer-2")).isEqualTo(chains.get("outer-1"));
        assertThat(check.check().intact()).isTrue();
    }

    @Test
    void whenEveryChainIsHeldAWriterWaitsForOneAndStillLinksItsEntry() throws Exception {
        String action = "test.allbusy." + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try {
            // another transaction holds all sixteen heads until told to let go
            Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                jdbc.sql("SELECT chain_no FROM audit_chain_head FOR UPDATE").query(Integer.class).list();
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            held.await();
            Future<?> writer = pool.submit(() -> ledger.record(AuditActor.system(), AuditRecord.of(action, "test", "waited")));
            Thread.sleep(300);
            assertThat(writer.isDone()).as("no chain is free, so the writer waits").isFalse();
            release.countDown();
            holder.get();
            writer.get();
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ?").param(action).query(Long.class).single())
                .isEqualTo(1);
        assertThat(check.check().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() {
        String action = "test.refuse." + UUID.randomUUID();
        ledger.record(AuditActor.system(), AuditRecord.of(action, "test", "x"));
        long id = jdbc.sql("SELECT id FROM audit_entry WHERE action = ?").param(action).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor_name = 'someone else' WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain_head WHERE chain_no = 0").update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT actor_name FROM audit_entry WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("system");
    }

    @Test
    void catchesAnEditedField() {
        tampered(rows -> jdbc.sql("UPDATE audit_entry SET actor_name = 'forged' WHERE id = ?").param(rows.get(2).id()).update(),
                (rows, broken) -> {
                    assertThat(broken.reason()).isEqualTo(BreakReason.EDITED);
                    assertThat(broken.entryId()).isEqualTo(rows.get(2).id());
                    assertThat(broken.seq()).isEqualTo(rows.get(2).seq());
                });
    }

    @Test
    void catchesAnEditedStateEvenWhenTheHashIsRecomputedButTheNextLinkIsNot() {
        tampered(rows -> jdbc.sql("UPDATE audit_entry SET after_state = '{\"i\":99}', entry_hash = repeat('a', 64) WHERE id = ?")
                        .param(rows.get(1).id()).update(),
                (rows, broken) -> {
                    assertThat(broken.entryId()).isEqualTo(rows.get(1).id());
                    assertThat(broken.reason()).isEqualTo(BreakReason.EDITED);
                });
    }

    @Test
    void catchesADeletedEntryInTheMiddle() {
        tampered(rows -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(rows.get(2).id()).update(),
                (rows, broken) -> {
                    assertThat(broken.reason()).isEqualTo(BreakReason.MISSING_OR_REORDERED);
                    assertThat(broken.entryId()).isEqualTo(rows.get(3).id());
                    assertThat(broken.chainNo()).isEqualTo(rows.get(3).chain());
                });
    }

    @Test
    void catchesADeletedLastEntry() {
        tampered(rows -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(rows.get(4).id()).update(),
                (rows, broken) -> {
                    assertThat(broken.reason()).isEqualTo(BreakReason.HEAD_MISMATCH);
                    assertThat(broken.entryId()).isEqualTo(rows.get(4).id());
                    assertThat(broken.seq()).isEqualTo(rows.get(4).seq());
                });
    }

    @Test
    void catchesTwoEntriesSwapped() {
        tampered(rows -> {
            Row a = rows.get(1);
            Row b = rows.get(2);
            jdbc.sql("UPDATE audit_entry SET chain_seq = chain_seq + 1000000000 WHERE id = ?").param(a.id()).update();
            jdbc.sql("UPDATE audit_entry SET chain_seq = ? WHERE id = ?").params(a.seq(), b.id()).update();
            jdbc.sql("UPDATE audit_entry SET chain_seq = ? WHERE id = ?").params(b.seq(), a.id()).update();
        }, (rows, broken) -> {
            assertThat(broken.reason()).isEqualTo(BreakReason.MISSING_OR_REORDERED);
            assertThat(broken.entryId()).isEqualTo(rows.get(2).id());
            assertThat(broken.seq()).isEqualTo(rows.get(1).seq());
        });
    }

    record Row(long id, int chain, long seq) {
    }

    interface Verdict {
        void check(List<Row> rows, LedgerCheck.Break broken);
    }

    /**
     * In one transaction that is rolled back: writes five entries (one transaction, so one chain, in order), checks
     * the ledger is intact, drops the trigger, tampers, and hands the verifier's first break to the verdict.
     */
    private void tampered(Consumer<List<Row>> tamper, Verdict verdict) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            String action = "test.tamper." + UUID.randomUUID();
            for (int i = 0; i < 5; i++) {
                ledger.record(new AuditActor(UUID.randomUUID(), "Tamper test", UUID.randomUUID(), "10.0.0." + i),
                        AuditRecord.change(action, "test", i, Map.of("i", i - 1), Map.of("i", i)));
            }
            List<Row> rows = jdbc.sql("SELECT id, chain_no, chain_seq FROM audit_entry WHERE action = ? ORDER BY chain_seq")
                    .param(action).query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getLong(3))).list();
            assertThat(rows).hasSize(5);
            assertThat(check.check().intact()).as("intact before tampering").isTrue();

            jdbc.sql("DROP TRIGGER audit_entry_append_only ON audit_entry").update();
            tamper.accept(rows);
            LedgerCheck.Outcome outcome = check.check();
            assertThat(outcome.intact()).as("tampering detected").isFalse();
            verdict.check(rows, outcome.firstBreak());
        });
        assertThat(jdbc.sql("SELECT count(*) FROM pg_trigger WHERE tgname = 'audit_entry_append_only'").query(Long.class).single())
                .as("trigger back after the rollback").isEqualTo(1L);
    }
}
