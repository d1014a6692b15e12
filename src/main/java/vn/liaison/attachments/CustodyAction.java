package vn.liaison.attachments;

/** What happened to an evidence item. */
public enum CustodyAction {
    COLLECTED,
    HANDED_OVER,
    RECEIVED,
    ACCESSED,
    EXPORTED,
    VERIFIED;

    public String messageKey() {
        return "attachments.custody.action." + name();
    }
}
