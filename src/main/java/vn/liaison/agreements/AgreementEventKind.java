package vn.liaison.agreements;

/** The kinds of entries on an agreement's timeline. */
public enum AgreementEventKind {
    CREATED,
    EDITED,
    SIGNED_TEXT_ATTACHED,
    SIGNED,
    AMENDED,
    REPLACED,
    REPLACES,
    TERMINATED,
    EXPIRED,
    WORK_MOVED;

    public String messageKey() {
        return "agreements.event." + name();
    }
}
