package vn.liaison.notifications.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import vn.liaison.notifications.Notification;
import vn.liaison.notifications.NotificationInbox;

/** A notification as a screen shows it: its text in the reader's language and its time in Vietnam. */
record NotificationItem(UUID id, String text, String link, String time, String isoTime, boolean read) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static NotificationItem of(Notification n, NotificationInbox inbox, Locale locale, Clock clock) {
        LocalDateTime at = LocalDateTime.ofInstant(n.createdAt(), clock.getZone());
        return new NotificationItem(n.id(), inbox.text(n, locale), n.link(), SHOWN.format(at),
                n.createdAt().toString(), n.read());
    }
}
