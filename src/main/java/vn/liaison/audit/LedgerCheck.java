package vn.liaison.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks every chain in sequence order and recomputes it: each entry must carry the next sequence number (from 1),
 * the previous entry's hash, and a hash equal to the hash of its own fields; the chain must end exactly where its
 * head says (which is how removing the last entries is caught). It only reads, in one snapshot (REPEATABLE READ),
 * so a writer committing meanwhile can neither make a chain look longer than its head nor the other way round.
 * It joins a caller's transaction, which is how the tamper test checks rows it changed and rolls back.
 */
@Component
class LedgerCheck {

    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    LedgerCheck(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // Stream the ledger through a cursor (PostgreSQL uses one inside a transaction) instead of loading it whole.
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** What a walk found. */
    record Outcome(long entriesChecked, int chains, Break firstBreak) {

        boolean intact() {
            return firstBreak == null;
        }
    }

    /** Where a chain breaks: the entry (null when unknown), its chain and sequence number, and why. */
    record Break(Long entryId, int chainNo, long seq, BreakReason reason) {
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Outcome check() {
        List<HeadRow> heads = jdbc.query("SELECT chain_no, last_seq, last_hash, last_entry_id FROM audit_chain_head ORDER BY chain_no",
                (rs, i) -> new HeadRow(rs.getInt(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4)));
        long checked = 0;
        List<Break> breaks = new ArrayList<>();
        for (HeadRow head : heads) {
            ChainWalk walk = new ChainWalk(head);
            jdbc.query("""
                    SELECT id, chain_no, chain_seq, occurred_at, actor_account_id, actor_name, agency_id, client_address,
                      action, target_type, target_id, before_state, after_state, prev_hash, entry_hash
                    FROM audit_entry WHERE chain_no = ? ORDER BY chain_seq""", walk, head.chainNo());
            checked += walk.checked;
            walk.end().ifPresent(breaks::add);
        }
        // Entries on a chain without a head would escape the walk above: a removed head is itself a break.
        List<Integer> headChains = heads.stream().map(HeadRow::chainNo).toList();
        jdbc.query("SELECT chain_no, min(id), min(chain_seq) FROM audit_entry GROUP BY chain_no ORDER BY chain_no", rs -> {
            int chain = rs.getInt(1);
            if (!headChains.contains(chain)) {
                breaks.add(new Break(rs.getLong(2), chain, rs.getLong(3), BreakReason.HEAD_MISMATCH));
            }
        });
        Break first = breaks.stream()
                .min(Comparator.comparing(Break::entryId, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
        return new Outcome(checked, heads.size(), first);
    }

    static LedgerEntry entry(ResultSet rs) throws SQLException {
        return new LedgerEntry(rs.getLong("id"), rs.getInt("chain_no"), rs.getLong("chain_seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_account_id", UUID.class),
                rs.getString("actor_name"), rs.getObject("agency_id", UUID.class), rs.getString("client_address"),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"),
                rs.getString("entry_hash"));
    }

    private record HeadRow(int chainNo, long lastSeq, String lastHash, Long lastEntryId) {
    }

    /** Follows one chain row by row, remembering only the previous entry, and stops at the first break. */
    private static final class ChainWalk implements RowCallbackHandler {

        private final HeadRow head;
        private long expectedSeq = 1;
        private String prevHash = CanonicalForm.GENESIS;
        private long checked;
        private Break broken;

        ChainWalk(HeadRow head) {
            this.head = head;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (broken != null) {
                return;
            }
            LedgerEntry e = entry(rs);
            if (e.chainSeq() != expectedSeq || !e.prevHash().equals(prevHash)) {
                broken = new Break(e.id(), e.chainNo(), e.chainSeq(), BreakReason.MISSING_OR_REORDERED);
            } else if (!e.hashMatches()) {
                broken = new Break(e.id(), e.chainNo(), e.chainSeq(), BreakReason.EDITED);
            } else {
                checked++;
                expectedSeq++;
                prevHash = e.entryHash();
            }
        }

        Optional<Break> end() {
            if (broken != null) {
                return Optional.of(broken);
            }
            long lastSeq = expectedSeq - 1;
            if (lastSeq != head.lastSeq() || !prevHash.equals(head.lastHash())) {
                return Optional.of(new Break(head.lastEntryId(), head.chainNo(), head.lastSeq(), BreakReason.HEAD_MISMATCH));
            }
            return Optional.empty();
        }
    }
}
