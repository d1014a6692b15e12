package vn.liaison.agreements;

/** A yearly plan: drafted, approved by a leader of each party, carried out, closed. */
public enum PlanStatus {
    DRAFT,
    APPROVED,
    IN_PROGRESS,
    CLOSED;

    public boolean canMoveTo(PlanStatus next) {
        return switch (this) {
            case DRAFT -> next == APPROVED;
            case APPROVED -> next == IN_PROGRESS;
            case IN_PROGRESS -> next == CLOSED;
            case CLOSED -> false;
        };
    }

    public String messageKey() {
        return "agreements.planStatus." + name();
    }
}
