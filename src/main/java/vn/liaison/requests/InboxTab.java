package vn.liaison.requests;

/** The tabs of the inbox. */
public enum InboxTab {
    INCOMING,
    OUTGOING,
    APPROVAL,
    ASSIGNED;

    public String messageKey() {
        return "requests.tab." + name();
    }
}
