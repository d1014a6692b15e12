package vn.liaison.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One in-app notification of one person: a message key of the sender's bundle with its arguments, and a link. */
public record Notification(UUID id, UUID recipientPersonId, String messageKey, List<String> args, String link,
        Instant createdAt, Instant readAt) {

    public Notification {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public boolean read() {
        return readAt != null;
    }
}
