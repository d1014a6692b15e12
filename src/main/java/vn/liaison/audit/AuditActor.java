package vn.liaison.audit;

import java.util.UUID;

/** Who acted, for a ledger entry: account, display name, agency and client address (all may be null for the system). */
public record AuditActor(UUID accountId, String name, UUID agencyId, String clientAddress) {

    public static AuditActor system() {
        return new AuditActor(null, "system", null, null);
    }
}
