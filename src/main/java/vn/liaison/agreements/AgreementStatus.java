package vn.liaison.agreements;

/**
 * The life of an agreement: a draft becomes in force when signed, and then ends by expiry, termination or
 * replacement. An expired agreement can still be replaced (seed 004: the 2012–2023 text replaced in 2023).
 */
public enum AgreementStatus {
    DRAFT,
    IN_FORCE,
    EXPIRED,
    TERMINATED,
    REPLACED;

    public boolean canMoveTo(AgreementStatus next) {
        return switch (this) {
            case DRAFT -> next == IN_FORCE;
            case IN_FORCE -> next == EXPIRED || next == TERMINATED || next == REPLACED;
            case EXPIRED -> next == REPLACED;
            case TERMINATED, REPLACED -> false;
        };
    }

    /** Only a draft is edited in place; a signed text changes only through an amendment (a new version). */
    public boolean editable() {
        return this == DRAFT;
    }

    /** Can work still happen under it (plans, tasks, requests)? */
    public boolean live() {
        return this == IN_FORCE;
    }

    public String messageKey() {
        return "agreements.status." + name();
    }
}
