/** In-app notifications with an unread count, e-mail over SMTP, and deadline reminders and escalation. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "security", "organizations"})
package vn.liaison.notifications;
