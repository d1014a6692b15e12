package vn.liaison.requests;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands in its life (ETSI Status, set by the receiver once sent; drafts belong to the sender). */
public enum RequestStatus {
    DRAFT,
    AWAITING_APPROVAL,
    SENT,
    ACKNOWLEDGED,
    IN_PROGRESS,
    RETURNED_FOR_CLARIFICATION,
    ANSWERED,
    CLOSED,
    CANCELLED;

    /** Open at the receiver: the deadline runs (except while returned for clarification). */
    public static final Set<RequestStatus> AT_RECEIVER = EnumSet.of(SENT, ACKNOWLEDGED, IN_PROGRESS);

    public boolean terminal() {
        return this == CLOSED || this == CANCELLED;
    }

    /** Has the request left the sender (the receiver can see it)? */
    public boolean delivered() {
        return this != DRAFT && this != AWAITING_APPROVAL;
    }

    public String messageKey() {
        return "requests.status." + name();
    }
}
