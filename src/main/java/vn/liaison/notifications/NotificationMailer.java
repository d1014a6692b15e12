package vn.liaison.notifications;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.PersonView;

/**
 * Sends a notice by e-mail after the transaction that wrote it committed, asynchronously: the publication registry
 * keeps the event until this listener finishes, so a crash or an unreachable SMTP server delays the mail but never
 * loses it, and a failure here never touches the business operation. Without {@code spring.mail.host} there is no
 * mail sender and the mail is only logged.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectProvider<AgencyDirectory> directory;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final String baseUrl;
    private final String from;

    NotificationMailer(ObjectProvider<AgencyDirectory> directory, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, @Value("${liaison.base-url:http://localhost:8080}") String baseUrl,
            @Value("${liaison.mail.from:${spring.mail.username:liaison@localhost}}") String from) {
        this.directory = directory;
        this.mail = mail;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(NoticeMailRequested event) {
        Optional<String> address = address(event);
        if (address.isEmpty()) {
            return;
        }
        Mail m = compose(event);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host): mail to {} not sent: {}", address.get(), m.subject());
            return;
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(address.get());
            helper.setSubject(m.subject());
            helper.setText(m.text(), false);
            sender.send(mime);
            log.debug("Notification {} mailed to person {}", event.notificationId(), event.recipientPersonId());
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            // A malformed address or message will not get better by retrying: log it and let the event complete.
            log.warn("Notification {} cannot be mailed to person {}: {}", event.notificationId(),
                    event.recipientPersonId(), e.getMessage());
        } catch (MailException e) {
            // Server unreachable or refusing: the publication stays incomplete and is sent again on resubmission.
            log.warn("Notification {} not mailed to person {} (will be retried): {}", event.notificationId(),
                    event.recipientPersonId(), e.getMessage());
            throw e;
        }
    }

    private Optional<String> address(NoticeMailRequested event) {
        AgencyDirectory people = directory.getIfAvailable();
        if (people == null) {
            log.info("No agency directory: notification {} not mailed", event.notificationId());
            return Optional.empty();
        }
        Optional<String> email = people.person(event.recipientPersonId()).filter(PersonView::active)
                .map(PersonView::email).filter(e -> e != null && !e.isBlank()).map(String::strip);
        if (email.isEmpty()) {
            log.info("Person {} has no e-mail address (or is inactive): notification {} not mailed",
                    event.recipientPersonId(), event.notificationId());
        }
        return email;
    }

    /** Vietnamese first, then English, in one mail; the message key belongs to the sending module's bundle. */
    Mail compose(NoticeMailRequested event) {
        Object[] args = event.args().toArray();
        String vi = messages.getMessage(event.messageKey(), args, event.messageKey(), VIETNAMESE);
        String en = messages.getMessage(event.messageKey(), args, event.messageKey(), Locale.ENGLISH);
        String link = event.link() == null ? null : baseUrl + event.link();
        StringBuilder text = new StringBuilder();
        part(text, vi, link, VIETNAMESE);
        text.append("\n----------------------------------------\n\n");
        part(text, en, link, Locale.ENGLISH);
        String subject = messages.getMessage("notifications.mail.subject", new Object[] {oneLine(vi)}, VIETNAMESE);
        return new Mail(subject, text.toString());
    }

    private void part(StringBuilder text, String message, String link, Locale locale) {
        text.append(message).append("\n\n");
        if (link != null) {
            text.append(messages.getMessage("notifications.mail.open", new Object[] {link}, locale)).append("\n\n");
        }
        text.append(messages.getMessage("notifications.mail.footer", null, locale)).append('\n');
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 150 ? line.substring(0, 149) + "…" : line;
    }

    record Mail(String subject, String text) {
    }
}
