package vn.liaison.audit;

import java.util.UUID;

/** The part of the ledger a reader may see: everything, or the entries of one agency. */
public record LedgerScope(UUID agencyId) {

    public static LedgerScope everything() {
        return new LedgerScope(null);
    }

    public boolean isEverything() {
        return agencyId == null;
    }
}
