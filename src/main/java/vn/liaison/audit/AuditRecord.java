package vn.liaison.audit;

/**
 * What happened, to append to the ledger: the action (e.g. {@code agency.update}), the target's type and id,
 * and for changes the state before and after (any value Jackson can write; null when not applicable).
 */
public record AuditRecord(String action, String targetType, String targetId, Object before, Object after) {

    public static AuditRecord of(String action, String targetType, Object targetId) {
        return new AuditRecord(action, targetType, targetId == null ? null : targetId.toString(), null, null);
    }

    public static AuditRecord change(String action, String targetType, Object targetId, Object before, Object after) {
        return new AuditRecord(action, targetType, targetId == null ? null : targetId.toString(), before, after);
    }
}
