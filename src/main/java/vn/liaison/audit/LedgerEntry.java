package vn.liaison.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One ledger entry as stored: who, when, from where, what, before → after (JSON text exactly as hashed), and its
 * place in its chain with the previous and own hash, so that anyone can recompute the hash.
 */
public record LedgerEntry(long id, int chainNo, long chainSeq, Instant occurredAt, UUID actorAccountId,
        String actorName, UUID agencyId, String clientAddress, String action, String targetType, String targetId,
        String beforeState, String afterState, String prevHash, String entryHash) {

    CanonicalForm.Fields fields() {
        return new CanonicalForm.Fields(chainNo, chainSeq, occurredAt, actorAccountId, actorName, agencyId,
                clientAddress, action, targetType, targetId, beforeState, afterState);
    }

    /** True when the stored hash is the hash of the stored fields and previous hash. */
    public boolean hashMatches() {
        return CanonicalForm.hash(prevHash, fields()).equals(entryHash);
    }
}
