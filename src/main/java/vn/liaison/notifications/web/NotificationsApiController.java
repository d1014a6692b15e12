package vn.liaison.notifications.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.liaison.notifications.Notification;
import vn.liaison.notifications.NotificationInbox;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/** The caller's own notifications over the API (an API token is no person and has none). */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The signed-in person's in-app notifications")
class NotificationsApiController {

    private final AccessPolicy access;
    private final NotificationInbox inbox;

    NotificationsApiController(AccessPolicy access, NotificationInbox inbox) {
        this.access = access;
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "List my notifications, newest first", description = "unread=true lists only the unread ones")
    PageResult<NotificationDto> list(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
        Actor actor = access.requireActor();
        return inbox.page(actor, unread, PageRequest.of(page, size)).map(n -> NotificationDto.of(n, inbox, locale));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read", description = "Another person's notification is 404")
    NotificationDto read(@PathVariable UUID id, Locale locale) {
        Actor actor = access.requireActor();
        return NotificationDto.of(inbox.markRead(actor, id), inbox, locale);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of my notifications are unread")
    UnreadCount unreadCount() {
        Actor actor = access.requireActor();
        return new UnreadCount(inbox.unreadCount(actor));
    }

    /** A notification with its text in the language the caller asked for (Accept-Language). */
    record NotificationDto(UUID id, String text, String messageKey, List<String> args, String link, Instant createdAt,
            Instant readAt, boolean read) {

        static NotificationDto of(Notification n, NotificationInbox inbox, Locale locale) {
            return new NotificationDto(n.id(), inbox.text(n, locale), n.messageKey(), n.args(), n.link(), n.createdAt(),
                    n.readAt(), n.read());
        }
    }

    record UnreadCount(long unread) {
    }
}
