package vn.liaison.audit;

/**
 * Decides who may read, verify and export the ledger; implemented by the security module's {@code AccessPolicy}
 * so that there is one access policy.
 */
public interface LedgerAccess {

    /** Returns the reader's scope, or throws {@code AccessDeniedException} when the current person may not read the ledger. */
    LedgerScope requireLedgerReader();
}
