package vn.liaison.attachments;

import java.util.List;
import java.util.UUID;

/** The chain of custody of evidence items (stored attachments), within a context such as a request. */
public interface CustodyLog {

    /** Records an action by the current person, checking the item's hash now; {@code reason} is required. */
    CustodyEvent record(UUID attachmentId, UUID contextId, CustodyAction action, String reason, String handedTo);

    List<CustodyEvent> history(UUID attachmentId);

    /** True when every check in the item's history matched. */
    boolean intact(UUID attachmentId);
}
