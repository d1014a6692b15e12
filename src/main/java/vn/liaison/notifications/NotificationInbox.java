package vn.liaison.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.security.Actor;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/**
 * A person's own notifications: list, unread count, mark read. Nobody reaches another person's notifications:
 * every query is bound to the actor's person id, and someone else's id is simply not found. A machine client
 * (API token) is no person and has none.
 */
@Service
public class NotificationInbox {

    private final NotificationStore store;
    private final AuditLedger ledger;
    private final MessageSource messages;
    private final Clock clock;

    NotificationInbox(NotificationStore store, AuditLedger ledger, MessageSource messages, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<Notification> page(Actor actor, boolean unreadOnly, PageRequest page) {
        if (actor.personId() == null) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        long total = store.count(actor.personId(), unreadOnly);
        List<Notification> items = total == 0 ? List.of() : store.page(actor.personId(), unreadOnly, page);
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public long unreadCount(Actor actor) {
        return actor.personId() == null ? 0 : store.count(actor.personId(), true);
    }

    /** Marks one of the actor's notifications read (again is fine); another person's is not found. */
    @Transactional
    public Notification markRead(Actor actor, UUID id) {
        if (actor.personId() == null) {
            throw notFound();
        }
        Notification before = store.find(id, actor.personId()).orElseThrow(NotificationInbox::notFound);
        if (before.read()) {
            return before;
        }
        Instant now = clock.instant();
        store.markRead(id, actor.personId(), now);
        ledger.record(AuditRecord.change("notification.read", "notification", id, new ReadState(null), new ReadState(now)));
        return store.find(id, actor.personId()).orElseThrow(NotificationInbox::notFound);
    }

    /** Marks all of the actor's unread notifications read; says how many. */
    @Transactional
    public int markAllRead(Actor actor) {
        if (actor.personId() == null) {
            return 0;
        }
        int changed = store.markAllRead(actor.personId(), clock.instant());
        if (changed > 0) {
            ledger.record(AuditRecord.change("notification.readAll", "person", actor.personId(),
                    Map.of("unread", changed), Map.of("unread", 0)));
        }
        return changed;
    }

    /** The notification's text in the reader's language; the key itself when no bundle knows it any more. */
    public String text(Notification n, Locale locale) {
        return messages.getMessage(n.messageKey(), n.args().toArray(), n.messageKey(), locale);
    }

    private static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "notifications.error.notFound");
    }

    record ReadState(Instant readAt) {
    }
}
