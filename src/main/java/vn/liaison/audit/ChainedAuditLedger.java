package vn.liaison.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
        Instant at = CanonicalForm.truncate(clock.instant());
        // The canonical form without its chain number and sequence number, which only the chain's head knows: the
        // statement below completes it and hashes it as CanonicalForm.hash does, so the verifier recomputes it.
        CanonicalForm.Fields fields = new CanonicalForm.Fields(0, 0, at, who.accountId(), who.name(), who.agencyId(),
                who.clientAddress(), record.action(), record.targetType(), record.targetId(),
                CanonicalForm.stateJson(record.before()), CanonicalForm.stateJson(record.after()));
        String form = CanonicalForm.form(fields);
        String rest = form.substring(UNNUMBERED.length());
        List<Object> values = Arrays.asList(Timestamp.from(at), fields.actorAccountId(), fields.actorName(),
                fields.agencyId(), fields.clientAddress(), fields.action(), fields.targetType(), fields.targetId(),
                fields.beforeState(), fields.afterState(), rest);
        ChainHolder held = (ChainHolder) TransactionSynchronizationManager.getResource(this);
        if (held != null) {
            // Already ours: the row lock is held, so this returns at once and follows our own earlier entries.
            append(HEAD_OF_CHAIN, List.of(held.chainNo()), values);
            return;
        }
        int start = ThreadLocalRandom.current().nextInt(CHAINS);
        // The first free chain at or after a random start, wrapping around; a busy chain is skipped, not awaited.
        Integer chain = append(FIRST_FREE_HEAD, List.of(CHAINS, start, CHAINS), values)
                .orElseGet(() -> append(HEAD_OF_CHAIN, List.of(chainToWaitFor()), values).orElseThrow());
        ChainHolder holder = new ChainHolder(chain);
        TransactionSynchronizationManager.bindResource(this, holder);
        TransactionSynchronizationManager.registerSynchronization(new ReleaseChain(holder));
    }

    /** The canonical form's start when chain and sequence numbers are both 0. */
    private static final String UNNUMBERED = "[0,0";

    private static final String FIRST_FREE_HEAD = """
            SELECT chain_no, last_seq, last_hash FROM audit_chain_head
            ORDER BY (chain_no + ? - ?) % ? LIMIT 1 FOR UPDATE SKIP LOCKED""";

    private static final String HEAD_OF_CHAIN = """
            SELECT chain_no, last_seq, last_hash FROM audit_chain_head WHERE chain_no = ? FOR UPDATE""";

    /**
     * Locks a chain's head, appends the entry to that chain and moves the head, in one statement (one round trip
     * while the chain is held). The entry's hash is SHA-256 over the previous hash, a line feed and the canonical
     * form, whose chain number and sequence number come from the head. Empty when no head was free.
     */
    private Optional<Integer> append(String head, List<Object> headParams, List<Object> values) {
        List<Object> params = new ArrayList<>(headParams);
        params.addAll(values);
        return jdbc.sql("WITH head AS (" + head + """
                ),
                entry AS (
                  INSERT INTO audit_entry (chain_no, chain_seq, occurred_at, actor_account_id, actor_name, agency_id,
                    client_address, action, target_type, target_id, before_state, after_state, prev_hash, entry_hash)
                  SELECT head.chain_no, head.last_seq + 1, v.occurred_at, v.actor_account_id, v.actor_name, v.agency_id,
                    v.client_address, v.action, v.target_type, v.target_id, v.before_state, v.after_state, head.last_hash,
                    encode(sha256(convert_to(head.last_hash || chr(10) || '[' || head.chain_no || ',' || (head.last_seq + 1)
                      || v.rest, 'UTF8')), 'hex')
                  FROM head, (SELECT CAST(? AS timestamptz) AS occurred_at, CAST(? AS uuid) AS actor_account_id,
                    CAST(? AS text) AS actor_name, CAST(? AS uuid) AS agency_id, CAST(? AS text) AS client_address,
                    CAST(? AS text) AS action, CAST(? AS text) AS target_type, CAST(? AS text) AS target_id,
                    CAST(? AS text) AS before_state, CAST(? AS text) AS after_state, CAST(? AS text) AS rest) v
                  RETURNING id, chain_no, chain_seq, entry_hash)
                UPDATE audit_chain_head h SET last_seq = entry.chain_seq, last_hash = entry.entry_hash,
                  last_entry_id = entry.id
                FROM entry WHERE h.chain_no = entry.chain_no
                RETURNING h.chain_no""").params(params).query(Integer.class).optional();
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
