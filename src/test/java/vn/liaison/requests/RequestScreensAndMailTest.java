package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.attachments.CustodyAction;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.Actor;
import vn.liaison.shared.Classification;

/** Screens (form with pasted identifiers, inbox, export, statistics), evidence custody, and e-mail through real SMTP. */
@LiaisonTest
class RequestScreensAndMailTest {

    @Autowired
    org.springframework.beans.factory.ObjectProvider<vn.liaison.agreements.AgreementDirectory> agreementDirectory;

    /** Requests fall under agreements: until the agreements module is present nothing can be sent. */
    @org.junit.jupiter.api.BeforeEach
    void agreementsPresent() {
        org.junit.jupiter.api.Assumptions.assumeTrue(agreementDirectory.getIfAvailable() != null,
                "the agreements module (AgreementDirectory) is not in this build");
    }

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestService service;

    @Autowired
    RequestQueries queries;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AgencyDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Value("${liaison.attachments.dir}")
    String blobDir;

    Actor officer;
    Actor leader;
    Actor operator;

    @BeforeEach
    void people() {
        RequestActors p = new RequestActors(accounts);
        officer = p.demo("officer.ca-hgg");
        leader = p.demo("leader.ca-hgg");
        operator = p.demo("leader.vnpt-hgg");
    }

    static <T> T as(Actor actor, Supplier<T> body) {
        AtomicReference<T> out = new AtomicReference<>();
        TestActors.runAs(actor, () -> out.set(body.get()));
        return out.get();
    }

    @Test
    void pastedNumbersArePreviewedWithLineNumbersThenSentFromTheForm() throws Exception {
        mvc.perform(post("/requests/identifiers/preview").with(TestActors.as(officer)).with(csrf())
                .param("pastedType", "PHONE").param("pasted", "0912 345 601\n0912345601\n0912 34"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"preview\"")))
                .andExpect(content().string(containsString("Trùng với dòng 1")))
                .andExpect(content().string(containsString("Số điện thoại không hợp lệ: 0912 34")));
        String subject = "Biểu mẫu " + UUID.randomUUID();
        // with a bad line the form comes back with the input kept and nothing is created
        mvc.perform(multipart("/requests").with(TestActors.as(officer)).with(csrf())
                .param("kind", "LOOKUP").param("receiverAgencyId", RequestActors.agency("VNPT-HGG").toString())
                .param("subject", subject).param("classification", "UNCLASSIFIED").param("urgency", "NORMAL")
                .param("pastedType", "PHONE").param("pasted", "0912 345 602\n0912 34").param("then", "submit"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("0912 34")));
        assertThat(jdbc.sql("SELECT count(*) FROM coordination_request WHERE subject = ?").param(subject)
                .query(Long.class).single()).isZero();
        String location = mvc.perform(multipart("/requests").with(TestActors.as(officer)).with(csrf())
                .param("kind", "LOOKUP").param("receiverAgencyId", RequestActors.agency("VNPT-HGG").toString())
                .param("subject", subject).param("classification", "UNCLASSIFIED").param("urgency", "NORMAL")
                .param("rowType", "IMEI").param("rowValue", "490154203237518").param("rowQualifier", "")
                .param("pastedType", "PHONE").param("pasted", "0912 345 602\n+84 912 345 603").param("then", "submit"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        RequestView v = as(officer, () -> queries.view(id));
        assertThat(v.status()).isEqualTo(RequestStatus.AWAITING_APPROVAL);
        assertThat(v.tasks()).extracting(RequestView.Task::normalized)
                .containsExactly("490154203237518", "+84912345602", "+84912345603");
        // the leader sees it among those awaiting approval and approves on the page
        mvc.perform(get("/requests").param("tab", "APPROVAL").with(TestActors.as(leader)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(subject)));
        mvc.perform(post("/requests/{id}/step/APPROVE", id).with(TestActors.as(leader)).with(csrf()).param("generation", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(as(officer, () -> queries.view(id)).status()).isEqualTo(RequestStatus.SENT);
        // a stale form is refused, nothing changes
        mvc.perform(post("/requests/{id}/step/CANCEL", id).with(TestActors.as(officer)).with(csrf())
                .param("generation", "2").param("reason", "x")).andExpect(status().isConflict());
        assertThat(as(officer, () -> queries.view(id)).status()).isEqualTo(RequestStatus.SENT);
    }

    @Test
    void inboxExportAndStatisticsRender() throws Exception {
        mvc.perform(get("/requests").param("tab", "INCOMING").with(TestActors.as(operator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"inbox\"")));
        mvc.perform(get("/requests").param("tab", "OUTGOING").param("q", "tra cuu").param("overdue", "true")
                .with(TestActors.as(officer))).andExpect(status().isOk());
        mvc.perform(get("/requests/export.xlsx").param("tab", "OUTGOING").with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/requests/statistics").with(TestActors.as(leader)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"figures\"")));
        mvc.perform(get("/api/v1/requests/statistics").param("from", LocalDate.now().minusYears(1).toString())
                .param("to", LocalDate.now().toString()).with(TestActors.as(leader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.byKind").isArray());
    }

    @Test
    void evidenceKeepsItsChainOfCustodyAndAFlippedByteIsShownLoudly() throws Exception {
        Actor police = new RequestActors(accounts).demo("officer.ca-agg");
        Actor policeLeader = new RequestActors(accounts).demo("leader.ca-agg");
        Actor ict = new RequestActors(accounts).demo("leader.stttt-agg");
        RequestService.Created c = as(police, () -> service.create(new NewRequest(RequestKind.EVIDENCE, null,
                RequestActors.agency("STTTT-AGG"), null, "Chứng cứ " + UUID.randomUUID(), null, null,
                Classification.UNCLASSIFIED, Urgency.NORMAL, null, null, null, null, List.of(), List.of(),
                List.of("Ảnh chụp trang vi phạm"), List.of(), null)));
        as(police, () -> service.submit(c.id(), null));
        as(policeLeader, () -> service.approve(c.id(), null));
        as(ict, () -> service.acknowledge(c.id(), null));
        byte[] evidence = ("url,sha\nhttps://vi-pham.example/" + UUID.randomUUID() + ",x\n").getBytes(StandardCharsets.UTF_8);
        as(ict, () -> service.answer(c.id(), null, new AnswerCommand(Outcome.DISCLOSED, null, null,
                List.of(new AnswerCommand.TaskAnswer(1, TaskResult.FOUND, "Đã thu thập")), "Bàn giao",
                List.of(new NewAttachment("chung-cu.csv", "text/csv", evidence)))));
        RequestView v = as(police, () -> queries.view(c.id()));
        RequestView.File file = v.files().get(0);
        assertThat(file.purpose()).isEqualTo("EVIDENCE");
        assertThat(file.custody()).extracting(e -> e.action()).containsExactly(CustodyAction.COLLECTED, CustodyAction.HANDED_OVER);
        assertThat(file.intact()).isTrue();
        assertThat(v.answer().signatureValid()).isTrue();
        // reading evidence needs a reason and is recorded
        mvc.perform(get("/requests/{id}/files/{a}", c.id(), file.attachment().id()).with(TestActors.as(police)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/requests/{id}/files/{a}", c.id(), file.attachment().id()).param("reason", "Đối chiếu hồ sơ")
                .with(TestActors.as(police))).andExpect(status().isOk())
                .andExpect(content().bytes(evidence));
        assertThat(as(police, () -> queries.view(c.id())).files().get(0).custody()).extracting(e -> e.action())
                .endsWith(CustodyAction.EXPORTED);

        // one flipped byte in the stored (encrypted) file: the next check fails and the page says so loudly
        String sha = file.attachment().sha256();
        Path blob = Files.walk(Path.of(blobDir)).filter(p -> p.getFileName().toString().startsWith(sha)).findFirst().orElseThrow();
        byte[] stored = Files.readAllBytes(blob);
        stored[stored.length / 2] ^= 0x01;
        Files.write(blob, stored);
        TestActors.runAs(police, () -> {
            try {
                service.recordCustody(c.id(), file.attachment().id(), CustodyAction.ACCESSED, "Kiểm tra định kỳ");
            } catch (RuntimeException expectedWhenUnreadable) {
                // the store may refuse to read a tampered file; the check is recorded either way
            }
        });
        RequestView after = as(police, () -> queries.view(c.id()));
        assertThat(after.files().get(0).intact()).isFalse();
        mvc.perform(get("/requests/{id}", c.id()).with(TestActors.as(police))).andExpect(status().isOk())
                .andExpect(content().string(containsString("mã băm của chứng cứ không khớp")));
    }

    @Test
    void sendingMailsTheReceiversLeaderAndNeverTheInternalNote() throws Exception {
        String marker = "Thư " + UUID.randomUUID();
        String note = "Bí mật nghiệp vụ " + UUID.randomUUID();
        RequestService.Created c = as(officer, () -> service.create(new NewRequest(RequestKind.LOOKUP, null,
                RequestActors.agency("VNPT-HGG"), null, marker, null, null, Classification.UNCLASSIFIED, Urgency.NORMAL, null,
                note, null, null, List.of(new IdentifierInput(IdentifierType.PHONE, "0912 345 699", null)), List.of(), List.of(),
                List.of(), null)));
        as(officer, () -> service.submit(c.id(), null));
        as(leader, () -> service.approve(c.id(), null));
        String email = directory.person(operator.personId()).orElseThrow().email();
        // the submission mails the sender's leader; the sending mails the receiver's leader
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsFor(c.reference()).stream()
                .flatMap(m -> recipients(m).stream())).contains(email));
        MimeMessage mail = mailsFor(c.reference()).stream().filter(m -> recipients(m).contains(email)).findFirst().orElseThrow();
        assertThat(subject(mail)).contains(marker);
        assertThat(mail.getContent().toString()).doesNotContain(note);
        mvc.perform(get("/requests/{id}", c.id()).with(TestActors.as(operator)))
                .andExpect(content().string(not(containsString(note))));
    }

    private List<MimeMessage> mailsFor(String marker) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(marker)).toList();
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
