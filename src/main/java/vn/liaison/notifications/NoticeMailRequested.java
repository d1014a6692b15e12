package vn.liaison.notifications;

import java.util.List;
import java.util.UUID;

/**
 * Internal event: mail this notice to this person once the transaction that wrote it has committed. One event
 * per recipient, so that the publication registry retries exactly the mails that failed.
 */
record NoticeMailRequested(UUID notificationId, UUID recipientPersonId, String messageKey, List<String> args,
        String link) {
}
