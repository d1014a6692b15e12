package vn.liaison.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.LiaisonTest;
import vn.liaison.shared.PageRequest;

/** Rows are written in the caller's transaction; the inbox shows a person only their own. */
@LiaisonTest
class NotifierTest {

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationInbox inbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationMailer mailer;

    @Test
    void rowsAreWrittenInTheCallersTransactionAndVanishWithItsRollback() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            notifier.notify(new Notice(Set.of(a, b), "notifications.welcome", List.of("Lê Văn Ân"), "/notifications", true));
            assertThat(rows(a) + rows(b)).as("visible inside the transaction").isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(rows(a) + rows(b)).as("gone with the rollback").isZero();
        assertThat(mailEvents(a)).as("no mail requested by a rolled-back operation").isZero();

        transactions.executeWithoutResult(status ->
                notifier.notify(new Notice(Set.of(a, b), "notifications.welcome", List.of("Lê Văn Ân"), "/notifications", false)));
        assertThat(rows(a)).isEqualTo(1);
        assertThat(rows(b)).isEqualTo(1);
    }

    @Test
    void theInboxListsNewestFirstCountsUnreadAndMarksRead() {
        var me = NotificationFixtures.newPerson();
        notifier.notify(new Notice(Set.of(me.personId()), "notifications.welcome", List.of("Đặng Thị Hằng"), "/", false));
        notifier.notify(new Notice(Set.of(me.personId()), "notifications.allRead", List.of(), null, false));
        assertThat(inbox.unreadCount(me)).isEqualTo(2);

        var page = inbox.page(me, false, new PageRequest(0, 20));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(Notification::messageKey)
                .containsExactly("notifications.allRead", "notifications.welcome");
        Notification welcome = page.items().get(1);
        assertThat(inbox.text(welcome, Locale.forLanguageTag("vi"))).startsWith("Chào mừng Đặng Thị Hằng đến với Liaison.");
        assertThat(inbox.text(welcome, Locale.ENGLISH)).startsWith("Welcome to Liaison, Đặng Thị Hằng.");

        Notification read = inbox.markRead(me, welcome.id());
        assertThat(read.read()).isTrue();
        assertThat(inbox.markRead(me, welcome.id()).readAt()).as("marking again changes nothing").isEqualTo(read.readAt());
        assertThat(inbox.unreadCount(me)).isEqualTo(1);
        assertThat(inbox.page(me, true, new PageRequest(0, 20)).items()).extracting(Notification::messageKey)
                .containsExactly("notifications.allRead");

        var stranger = NotificationFixtures.newPerson();
        assertThatThrownBy(() -> inbox.markRead(stranger, page.items().get(0).id()))
                .hasMessage("notifications.error.notFound");
        assertThat(inbox.markAllRead(stranger)).isZero();
        assertThat(inbox.unreadCount(me)).as("the stranger changed nothing of mine").isEqualTo(1);

        assertThat(inbox.markAllRead(me)).isEqualTo(1);
        assertThat(inbox.unreadCount(me)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'notification.read' AND target_id = :id")
                .param("id", welcome.id().toString()).query(Long.class).single()).as("marking read is in the ledger")
                .isEqualTo(1);
    }

    @Test
    void aNoticeMustLinkInsideTheApplication() {
        UUID someone = UUID.randomUUID();
        assertThatThrownBy(() -> notifier.notify(new Notice(Set.of(someone), "notifications.welcome", List.of("x"),
                "javascript:alert(1)", false))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifier.notify(new Notice(Set.of(someone), "notifications.welcome", List.of("x"),
                "//evil.example/x", false))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifier.notify(new Notice(Set.of(someone), " ", List.of(), null, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rows(someone)).isZero();
    }

    @Test
    void theMailIsVietnameseThenEnglishWithTheAbsoluteLink() {
        var mail = mailer.compose(new NoticeMailRequested(UUID.randomUUID(), UUID.randomUUID(), "notifications.welcome",
                List.of("Phạm Thị Thủy"), "/requests/42"));
        assertThat(mail.subject()).startsWith("[Liaison] Chào mừng Phạm Thị Thủy đến với Liaison.");
        String text = mail.text();
        assertThat(text.indexOf("Chào mừng Phạm Thị Thủy")).isLessThan(text.indexOf("Welcome to Liaison, Phạm Thị Thủy"));
        assertThat(text).contains("Xem chi tiết: http://localhost:8080/requests/42", "Details: http://localhost:8080/requests/42");
    }

    private long rows(UUID person) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_person_id = :p").param("p", person)
                .query(Long.class).single();
    }

    private long mailEvents(UUID person) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :p")
                .param("p", "%" + person + "%").query(Long.class).single();
    }
}
