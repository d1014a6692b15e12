package vn.liaison.notifications;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Something to tell people: the recipients (person ids), a message key of the sender's bundle with its
 * arguments, a link into the application, and whether to send it by e-mail as well as in the app.
 */
public record Notice(Set<UUID> recipients, String messageKey, List<String> args, String link, boolean email) {

    public Notice {
        recipients = Set.copyOf(recipients);
        args = args == null ? List.of() : List.copyOf(args);
    }
}
