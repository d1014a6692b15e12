package vn.liaison.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The hash-chained ledger writer. Design (also in {@code docs/audit-ledger.md}):
 * <ul>
 * <li><b>Why 16 chains.</b> One chain needs one lock held from the first entry of a transaction until it commits
 * (the next entry's previous hash is only known then), so every writing transaction of the application would
 * queue behind it. The ledger is therefore {@value #CHAINS} independent chains; a transaction takes whichever
 * chain nobody holds ({@code FOR UPDATE SKIP LOCKED} from a random start), so up to {@value #CHAINS} writers
 * proceed in parallel, more than the database's connection pool lets write at once in practice. Only when every
 * chain is held does a writer wait, on a random one.</li>
 * <li><b>What a head is.</b> {@code audit_chain_head} holds, per chain, the last sequence number, hash and entry
 * id. Locking the head row is the chain's lock; updating it in the same transaction as the insert keeps it
 * equal to the chain's last entry. Heads are derivable from the ledger, which is why they may be updated.</li>
 * <li><b>One transaction, one chain.</b> The chain locked first is kept as a transaction resource and reused,
 * so the entries of one transaction stay in order and a transaction never holds two chains (no deadlock
 * between two writers each holding one chain and wanting the other's).</li>
 * <li><b>Tail truncation.</b> Deleting the last entries of a chain leaves a valid-looking shorter chain; the
 * verifier catches it because the head still names the removed last sequence number and hash.</li>
 * </ul>
 * Writes join the caller's transaction, so an entry exists exactly when the change it records was committed;
 * a caller without a transaction (a sign-in) gets one of its own.
 */
@Component
class ChainedAuditLedger implements AuditLedger {

    static final int CHAINS = 16;

    /**
     * Chains held by this thread's suspended transactions (an outer transaction around a REQUIRES_NEW one):
     * the inner one must never wait for them, since their holder waits for the inner one to finish.
     */
    private static final ThreadLocal<Set<Integer>> SUSPENDED = ThreadLocal.withInitial(HashSet::new);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LedgerActors currentActor;

    ChainedAuditLedger(JdbcClient jdbc, Clock clock, LedgerActors currentActor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentActor = currentActor;
    }

    @Override
    @Transactional
    public void record(AuditRecord record) {
        record(currentActor.get(), record);
    }

    @Override
    @Transactional
    public void record(AuditActor actor, AuditRecord record) {
        if (record == null || record.action() == null || record.action().isBlank()) {
            throw new IllegalArgumentException("A ledger entry needs an action");
        }
        AuditActor who = actor == null ? AuditActor.system() : actor;
        Head head = lockChain();
        Instant at = CanonicalForm.truncate(clock.instant());
        CanonicalForm.Fields fields = new CanonicalForm.Fields(head.chainNo(), head.lastSeq() + 1, at, who.accountId(),
                who.name(), who.agencyId(), who.clientAddress(), record.action(), record.targetType(),
                record.targetId(), CanonicalForm.stateJson(record.before()), CanonicalForm.stateJson(record.after()));
        String hash = CanonicalForm.hash(head.lastHash(), fields);
        // The entry and its chain's new head in one statement: one round trip while the chain is held.
        jdbc.sql("""
                WITH entry AS (
                  INSERT INTO audit_entry (chain_no, chain_seq, occurred_at, actor_account_id, actor_name, agency_id,
                    client_address, action, target_type, target_id, before_state, after_state, prev_hash, entry_hash)
                  VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id, chain_no, chain_seq, entry_hash)
                UPDATE audit_chain_head h SET last_seq = entry.chain_seq, last_hash = entry.entry_hash,
                  last_entry_id = entry.id
                FROM entry WHERE h.chain_no = entry.chain_no""")
                .params(fields.chainNo(), fields.chainSeq(), Timestamp.from(at), fields.actorAccountId(),
                        fields.actorName(), fields.agencyId(), fields.clientAddress(), fields.action(),
                        fields.targetType(), fields.targetId(), fields.beforeState(), fields.afterState(),
                        head.lastHash(), hash)
                .update();
    }

    /** The head of the chain this transaction writes to, locked until the transaction ends. */
    private Head lockChain() {
        ChainHolder held = (ChainHolder) TransactionSynchronizationManager.getResource(this);
        if (held != null) {
            // Already ours: the row lock is held, so this returns at once and reflects our own earlier entries.
            return jdbc.sql("SELECT chain_no, last_seq, last_hash FROM audit_chain_head WHERE chain_no = ? FOR UPDATE")
                    .param(held.chainNo()).query(Head.class).single();
        }
        int start = ThreadLocalRandom.current().nextInt(CHAINS);
        // The first free chain at or after a random start, wrapping around; a busy chain is skipped, not awaited.
        Head head = jdbc.sql("""
                SELECT chain_no, last_seq, last_hash FROM audit_chain_head
                ORDER BY (chain_no + ? - ?) % ? LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .params(CHAINS, start, CHAINS).query(Head.class).optional()
                .orElseGet(() -> jdbc.sql("SELECT chain_no, last_seq, last_hash FROM audit_chain_head WHERE chain_no = ? FOR UPDATE")
                        .param(chainToWaitFor()).query(Head.class).single());
        ChainHolder holder = new ChainHolder(head.chainNo());
        TransactionSynchronizationManager.bindResource(this, holder);
        TransactionSynchronizationManager.registerSynchronization(new ReleaseChain(holder));
        return head;
    }

    /** Every chain is busy: wait on a random one, but never on one this thread itself holds in a suspended transaction. */
    private static int chainToWaitFor() {
        Set<Integer> own = SUSPENDED.get();
        int chain;
        do {
            chain = ThreadLocalRandom.current().nextInt(CHAINS);
        } while (own.contains(chain) && own.size() < CHAINS);
        return chain;
    }

    record Head(int chainNo, long lastSeq, String lastHash) {
    }

    private record ChainHolder(int chainNo) {
    }

    /**
     * Forgets the chain when the transaction ends; when the transaction is suspended (an inner REQUIRES_NEW) the
     * holder is set aside, so the inner transaction takes a chain of its own instead of waiting for ours.
     */
    private final class ReleaseChain implements TransactionSynchronization {

        private final ChainHolder holder;

        ReleaseChain(ChainHolder holder) {
            this.holder = holder;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(ChainedAuditLedger.this);
            SUSPENDED.get().add(holder.chainNo());
        }

        @Override
        public void resume() {
            SUSPENDED.get().remove(holder.chainNo());
            TransactionSynchronizationManager.bindResource(ChainedAuditLedger.this, holder);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ChainedAuditLedger.this);
            SUSPENDED.get().remove(holder.chainNo());
            if (SUSPENDED.get().isEmpty()) {
                SUSPENDED.remove();
            }
        }
    }
}
