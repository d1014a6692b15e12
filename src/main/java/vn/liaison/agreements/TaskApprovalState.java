package vn.liaison.agreements;

/** A task of an approved plan, or one added later that still waits for a leader of each party. */
public enum TaskApprovalState {
    APPROVED,
    PENDING_APPROVAL;

    public String messageKey() {
        return "agreements.taskApproval." + name();
    }
}
