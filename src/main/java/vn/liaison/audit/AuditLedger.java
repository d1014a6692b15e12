package vn.liaison.audit;

/**
 * Appends entries to the tamper-evident ledger, in the caller's transaction (an entry exists exactly when the
 * change it records was committed). Every change, every read of a classified record, every export and every
 * sign-in (success and failure) is recorded.
 */
public interface AuditLedger {

    /** Records an action of the current actor (as the security module reports it). */
    void record(AuditRecord record);

    /** Records an action of an explicit actor (e.g. a failed sign-in, where nobody is signed in). */
    void record(AuditActor actor, AuditRecord record);
}
