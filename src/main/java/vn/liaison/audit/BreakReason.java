package vn.liaison.audit;

/** Why the verifier considers the chain broken at an entry. */
public enum BreakReason {
    /** The entry's stored hash is not the hash of its fields: a field was changed. */
    EDITED,
    /** The entry does not follow its predecessor (sequence gap or wrong previous hash): removed or reordered entries. */
    MISSING_OR_REORDERED,
    /** The chain ends elsewhere than its head says: its last entries were removed (or the head was tampered with). */
    HEAD_MISMATCH;

    public String messageKey() {
        return "audit.reason." + name();
    }
}
