package vn.liaison.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One run of the verifier: when, by whom (or the schedule), whether every chain is intact, how many entries were
 * checked over how many chains, and the first broken entry (its id, chain, sequence number and why), if any.
 * For {@link BreakReason#HEAD_MISMATCH} the entry named is the one the head says was last, which may be gone.
 */
public record Verification(long id, Instant startedAt, Instant finishedAt, boolean intact, long entriesChecked,
        int chains, Long brokenEntryId, Integer brokenChain, Long brokenSeq, BreakReason reason, String runBy,
        UUID runByAccountId, Trigger trigger) {

    /** What started a verification. */
    public enum Trigger {
        SCHEDULE,
        ON_DEMAND;

        public String messageKey() {
            return "audit.trigger." + name();
        }
    }
}
