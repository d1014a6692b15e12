/**
 * In-app notifications with an unread count, and e-mail over SMTP sent after commit; other modules (e.g. the
 * requests' deadline reminders and escalation) deliver through {@link vn.liaison.notifications.Notifier}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "security", "organizations"})
package vn.liaison.notifications;
