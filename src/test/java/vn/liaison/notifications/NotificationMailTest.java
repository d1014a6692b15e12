package vn.liaison.notifications;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import vn.liaison.LiaisonTest;
import vn.liaison.organizations.AgencyDirectory;

/**
 * E-mail through a real SMTP server (GreenMail on port 3025, where application-test.properties points
 * spring.mail). Needs the organizations module's directory and its demo people.
 */
@LiaisonTest
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static final UUID OFFICER = UUID.nameUUIDFromBytes("person:officer.ca-agg".getBytes(UTF_8));

    @Autowired
    Notifier notifier;

    @Autowired
    AgencyDirectory directory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDemoPersonGetsTheMailAfterCommit() throws Exception {
        String email = directory.person(OFFICER).orElseThrow().email();
        assertThat(email).isNotBlank();
        String marker = "Vũ Thị Ngọc Hường " + UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            notifier.notify(new Notice(Set.of(OFFICER), "notifications.welcome", List.of(marker), "/notifications", true));
            // Nothing leaves while the transaction is open.
            assertThat(mailsFor(marker)).isEmpty();
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsFor(marker)).hasSize(1));
        MimeMessage mail = mailsFor(marker).get(0);
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly(email);
        assertThat(mail.getSubject()).as("Vietnamese subject, cut to one short line")
                .startsWith("[Liaison] Chào mừng " + marker + " đến với Liaison. Các thông báo").hasSizeLessThanOrEqualTo(160);
        String text = mail.getContent().toString();
        assertThat(text).contains("Chào mừng " + marker + " đến với Liaison.", "Welcome to Liaison, " + marker,
                "http://localhost:8080/notifications");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :m AND completion_date IS NULL""")
                .param("m", "%" + marker + "%").query(Long.class).single()).as("publication completed").isZero());
    }

    @Test
    void aRolledBackOperationMailsNobody() throws Exception {
        String marker = "Rollback " + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            notifier.notify(new Notice(Set.of(OFFICER), "notifications.welcome", List.of(marker), null, true));
            status.setRollbackOnly();
        });
        String committed = "Commit " + UUID.randomUUID();
        transactions.executeWithoutResult(status ->
                notifier.notify(new Notice(Set.of(OFFICER), "notifications.welcome", List.of(committed), null, true)));
        // Once the later, committed notice has arrived, the rolled-back one would have too.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsFor(committed)).hasSize(1));
        assertThat(mailsFor(marker)).isEmpty();
    }

    private static List<MimeMessage> mailsFor(String marker) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(marker);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
