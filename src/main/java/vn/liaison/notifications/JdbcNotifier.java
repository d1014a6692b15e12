package vn.liaison.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;

/**
 * Writes one notification per recipient in the caller's transaction (a rolled-back operation notifies nobody)
 * and asks for the e-mails through an event that the registry keeps until they are sent after commit.
 */
@Service
class JdbcNotifier implements Notifier {

    static final int MAX_KEY = 200;
    static final int MAX_LINK = 1000;

    private final NotificationStore store;
    private final ApplicationEventPublisher events;
    private final AuditLedger ledger;
    private final Clock clock;

    JdbcNotifier(NotificationStore store, ApplicationEventPublisher events, AuditLedger ledger, Clock clock) {
        this.store = store;
        this.events = events;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void notify(Notice notice) {
        check(notice);
        if (notice.recipients().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<UUID> ids = new ArrayList<>();
        // Sorted so that the rows (and the ledger entry) come out in the same order every time.
        for (UUID recipient : notice.recipients().stream().sorted(Comparator.naturalOrder()).toList()) {
            Notification n = new Notification(UUID.randomUUID(), recipient, notice.messageKey(), notice.args(),
                    notice.link(), now, null);
            store.insert(n);
            ids.add(n.id());
            if (notice.email()) {
                events.publishEvent(new NoticeMailRequested(n.id(), recipient, n.messageKey(), n.args(), n.link()));
            }
        }
        ledger.record(AuditRecord.change("notification.create", "notification", ids.size() == 1 ? ids.get(0) : null,
                null, Map.of("ids", ids, "messageKey", notice.messageKey(), "link", java.util.Objects.toString(notice.link(), ""),
                        "email", notice.email())));
    }

    /** A notice comes from another module's code, never straight from a user: a bad one is a programming error. */
    static void check(Notice notice) {
        if (notice.messageKey() == null || notice.messageKey().isBlank() || notice.messageKey().length() > MAX_KEY) {
            throw new IllegalArgumentException("A notice needs a message key of at most " + MAX_KEY + " characters");
        }
        String link = notice.link();
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > MAX_LINK)) {
            // Only links inside the application: the link is rendered as href and put into mails.
            throw new IllegalArgumentException("A notice's link must be a path inside the application: " + link);
        }
    }
}
