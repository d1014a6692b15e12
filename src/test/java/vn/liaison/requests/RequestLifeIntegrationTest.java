package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.Actor;
import vn.liaison.security.ApiScope;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DomainException;

/** The whole life of a request on the real application: access, internal note, signatures, lost updates, idempotency. */
@LiaisonTest
class RequestLifeIntegrationTest {

    @Autowired
    org.springframework.beans.factory.ObjectProvider<vn.liaison.agreements.AgreementDirectory> agreementDirectory;

    /** Requests fall under agreements: until the agreements module is present nothing can be sent. */
    @org.junit.jupiter.api.BeforeEach
    void agreementsPresent() {
        org.junit.jupiter.api.Assumptions.assumeTrue(agreementDirectory.getIfAvailable() != null,
                "the agreements module (AgreementDirectory) is not in this build");
    }

    @Autowired
    RequestService service;

    @Autowired
    RequestQueries queries;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    vn.liaison.security.token.ApiTokenService tokens;

    /** A real API token of the agency (issued by its administrator), as the Authorization header's value. */
    String bearer(String agencyCode, ApiScope... scopes) {
        Actor admin = people.demo("admin." + agencyCode.toLowerCase());
        var created = tokens.create(admin, new vn.liaison.security.token.NewToken("requests test " + UUID.randomUUID(),
                java.util.EnumSet.copyOf(java.util.Arrays.asList(scopes)), 1, null));
        return "Bearer " + created.secret();
    }

    RequestActors people;
    Actor officer;
    Actor leader;
    Actor operatorSecretariat;
    Actor operatorOfficer;

    static final UUID VNPT_HGG = RequestActors.agency("VNPT-HGG");

    @BeforeEach
    void people() {
        people = new RequestActors(accounts);
        officer = people.demo("officer.ca-hgg");
        leader = people.demo("leader.ca-hgg");
        operatorSecretariat = people.demo("secretariat.vnpt-hgg");
        operatorOfficer = people.demo("officer.vnpt-hgg");
    }

    static <T> T as(Actor actor, Supplier<T> body) {
        AtomicReference<T> out = new AtomicReference<>();
        TestActors.runAs(actor, () -> out.set(body.get()));
        return out.get();
    }

    static final String NOTE = "Trinh sát bí mật " + UUID.randomUUID();

    NewRequest lookup(String subject, Urgency urgency, String... phones) {
        return new NewRequest(RequestKind.LOOKUP, null, VNPT_HGG, null, subject, "Chi tiết", new LegalBasis("12/QĐ",
                LocalDate.now().minusDays(1), "Quyết định", "CQCSĐT", null, null), Classification.UNCLASSIFIED, urgency, null,
                NOTE, null, null, java.util.Arrays.stream(phones).map(p -> new IdentifierInput(IdentifierType.PHONE, p, null)).toList(),
                List.of(), List.of(), List.of(), null);
    }

    UUID sentLookup(String subject) {
        RequestService.Created c = as(officer, () -> service.create(lookup(subject, Urgency.NORMAL, "0912 000 111", "0912 000 222")));
        as(officer, () -> service.submit(c.id(), null));
        as(leader, () -> service.approve(c.id(), null));
        return c.id();
    }

    @Test
    void theWholeLifeWithASignedAnswerThatAFlippedByteBreaks() {
        UUID id = sentLookup("Tra cứu " + UUID.randomUUID());
        RequestView sent = as(officer, () -> queries.view(id));
        assertThat(sent.status()).isEqualTo(RequestStatus.SENT);
        assertThat(Duration.between(sent.sentAt(), sent.effectiveDueAt())).isEqualTo(Duration.ofHours(24));

        as(operatorSecretariat, () -> service.acknowledge(id, null));
        as(operatorSecretariat, () -> service.assign(id, null, operatorOfficer.personId()));
        long g = as(operatorOfficer, () -> queries.view(id)).generation();
        as(operatorOfficer, () -> service.answer(id, g, new AnswerCommand(Outcome.PARTIALLY_DISCLOSED, null, null,
                List.of(new AnswerCommand.TaskAnswer(1, TaskResult.FOUND, "Chủ thuê bao: Nguyễn Văn Thử"),
                        new AnswerCommand.TaskAnswer(2, TaskResult.NOT_FOUND, null)),
                "Kết quả tra cứu", List.of(new NewAttachment("ket-qua.csv", "text/csv",
                        "so,chu\n+84912000111,Nguyễn Văn Thử\n".getBytes(StandardCharsets.UTF_8))))));

        RequestView answered = as(officer, () -> queries.view(id));
        assertThat(answered.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(answered.answer().signatureValid()).isTrue();
        assertThat(answered.answer().results()).extracting(RequestView.Result::result)
                .containsExactly(TaskResult.FOUND, TaskResult.NOT_FOUND);
        assertThat(answered.files()).hasSize(1);
        assertThat(answered.events()).extracting(RequestView.Event::action)
                .containsSubsequence("CREATE", "SUBMIT", "APPROVE", "ACKNOWLEDGE", "ASSIGN", "ANSWER");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action LIKE 'request.%'")
                .param(id.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(6);

        // one changed character in the stored answer and the signature no longer holds
        jdbc.sql("UPDATE request_answer_result SET text = 'Chủ thuê bao: Nguyễn Văn Thủ' WHERE request_id = ? AND position = 1")
                .param(id).update();
        assertThat(as(officer, () -> queries.view(id)).answer().signatureValid()).isFalse();

        as(officer, () -> service.close(id, null));
        assertThat(as(officer, () -> queries.view(id)).status()).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void theInternalNoteNeverReachesTheReceiver() throws Exception {
        UUID id = sentLookup("Ghi chú nội bộ " + UUID.randomUUID());
        assertThat(as(officer, () -> queries.view(id)).internalNote()).isEqualTo(NOTE);
        assertThat(as(operatorSecretariat, () -> queries.view(id)).internalNote()).isNull();
        String json = mvc.perform(get("/api/v1/requests/{id}", id).with(TestActors.as(operatorSecretariat)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(NOTE).doesNotContain("Trinh sát");
        String page = mvc.perform(get("/requests/{id}", id).with(TestActors.as(operatorSecretariat)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain(NOTE).doesNotContain("data-testid=\"internal-note\"");
        String senderPage = mvc.perform(get("/requests/{id}", id).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(senderPage).contains(NOTE);
        // nor can the receiver find the request by searching the note
        var found = as(operatorSecretariat, () -> queries.inbox(InboxTab.INCOMING,
                new InboxFilter(null, null, null, null, null, null, null, NOTE), new vn.liaison.shared.PageRequest(0, 20)));
        assertThat(found.total()).isZero();
        byte[] letter = mvc.perform(get("/requests/{id}/letter.docx", id).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(letter));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("V/v").contains("Ghi chú nội bộ").doesNotContain(NOTE);
        }
    }

    @Test
    void aThirdAgencyLowerClearanceAndWrongRoleAreRefused() {
        UUID id = sentLookup("Truy cập " + UUID.randomUUID());
        Actor third = people.demo("officer.ca-agg");
        assertThatThrownBy(() -> as(third, () -> queries.view(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(third, () -> service.acknowledge(id, null))).isInstanceOf(AccessDeniedException.class);
        // the officer may not approve: only a leader
        RequestService.Created c = as(officer, () -> service.create(lookup("Duyệt", Urgency.NORMAL, "0912 000 333")));
        as(officer, () -> service.submit(c.id(), null));
        assertThatThrownBy(() -> as(officer, () -> service.approve(c.id(), null))).isInstanceOf(AccessDeniedException.class);
        // a classified request is refused to a person cleared lower
        RequestService.Created secret = as(leader, () -> service.create(new NewRequest(RequestKind.LOOKUP, null, VNPT_HGG,
                null, "Mật", null, null, Classification.MAT, Urgency.NORMAL, null, null, null, null,
                List.of(new IdentifierInput(IdentifierType.PHONE, "0912 000 444", null)), List.of(), List.of(), List.of(), null)));
        Actor lowLeader = people.withClearance("leader.ca-hgg", Classification.UNCLASSIFIED);
        assertThatThrownBy(() -> as(lowLeader, () -> queries.view(secret.id()))).isInstanceOf(AccessDeniedException.class);
        // the receiver does not see a draft
        assertThatThrownBy(() -> as(operatorSecretariat, () -> queries.view(c.id()))).isInstanceOf(AccessDeniedException.class);
        // the receiver may not set the sender's desired status, nor the sender the receiver's status
        assertThatThrownBy(() -> as(operatorSecretariat, () -> service.cancel(id, null, "x")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> as(officer, () -> service.acknowledge(id, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    @Test
    void badInputChangesNothing() {
        long before = jdbc.sql("SELECT count(*) FROM coordination_request").query(Long.class).single();
        assertThatThrownBy(() -> as(officer, () -> service.create(lookup("Sai", Urgency.NORMAL, "0912 000 555", "0912")))).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("requests.error.identifierAt"));
        assertThatThrownBy(() -> as(officer, () -> service.create(new NewRequest(RequestKind.LOOKUP, null,
                RequestActors.agency("STTTT-LCI"), null, "Ngoài quy chế", null, null, Classification.UNCLASSIFIED,
                Urgency.NORMAL, null, null, null, null, List.of(new IdentifierInput(IdentifierType.PHONE, "0912000666", null)),
                List.of(), List.of(), List.of(), null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("requests.error.outsideAgreement"));
        assertThatThrownBy(() -> as(officer, () -> service.create(new NewRequest(RequestKind.LOOKUP, null, VNPT_HGG, null,
                "Quá khứ", null, null, Classification.UNCLASSIFIED, Urgency.NORMAL, Instant.now().minusSeconds(60), null, null,
                null, List.of(new IdentifierInput(IdentifierType.PHONE, "0912000777", null)), List.of(), List.of(), List.of(), null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("requests.error.deadlinePast"));
        assertThat(jdbc.sql("SELECT count(*) FROM coordination_request").query(Long.class).single()).isEqualTo(before);
        // a step out of order
        RequestService.Created c = as(officer, () -> service.create(lookup("Thứ tự", Urgency.NORMAL, "0912 000 888")));
        assertThatThrownBy(() -> as(officer, () -> service.close(c.id(), null))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThat(as(officer, () -> queries.view(c.id())).generation()).isEqualTo(1);
    }

    @Test
    void returnForClarificationPausesTheClockAndResubmittingExtendsTheDeadline() {
        UUID id = sentLookup("Làm rõ " + UUID.randomUUID());
        Instant due = as(officer, () -> queries.view(id)).effectiveDueAt();
        as(operatorSecretariat, () -> service.returnForClarification(id, null, "Bổ sung thời gian"));
        // pretend the pause began two hours ago
        jdbc.sql("UPDATE coordination_request SET paused_since = paused_since - interval '2 hours' WHERE id = ?").param(id).update();
        RequestView paused = as(officer, () -> queries.view(id));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.timeLeft().paused()).isTrue();
        as(officer, () -> service.resubmit(id, null, "Đã bổ sung"));
        RequestView resumed = as(officer, () -> queries.view(id));
        assertThat(resumed.status()).isEqualTo(RequestStatus.SENT);
        assertThat(Duration.between(due, resumed.effectiveDueAt()).toMinutes()).isBetween(119L, 121L);
        assertThat(resumed.pausedSeconds()).isBetween(7190L, 7300L);
    }

    @Test
    void anEmergencyIsSentBeforeApprovalAndTheScreenSaysSo() throws Exception {
        RequestService.Created c = as(officer, () -> service.create(lookup("Khẩn cấp", Urgency.EMERGENCY, "0912 000 999")));
        as(officer, () -> service.sendBeforeApproval(c.id(), null));
        RequestView v = as(officer, () -> queries.view(c.id()));
        assertThat(v.status()).isEqualTo(RequestStatus.SENT);
        assertThat(v.approvalPending()).isTrue();
        assertThat(Duration.between(v.sentAt(), v.effectiveDueAt())).isEqualTo(Duration.ofHours(3));
        mvc.perform(get("/requests/{id}", c.id()).with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("data-testid=\"approval-pending\"")));
        as(leader, () -> service.approve(c.id(), null));
        RequestView approved = as(officer, () -> queries.view(c.id()));
        assertThat(approved.approvalPending()).isFalse();
        assertThat(approved.status()).isEqualTo(RequestStatus.SENT);
    }

    @Test
    void lostUpdatesAndIdempotentCreationThroughTheApi() throws Exception {
        String api = bearer("CA-HGG", ApiScope.REQUESTS_READ, ApiScope.REQUESTS_WRITE);
        String key = UUID.randomUUID().toString();
        String body = """
                {"kind":"LOOKUP","receiverAgencyId":"%s","subject":"API %s","classification":"UNCLASSIFIED",
                 "urgency":"NORMAL","identifiers":[{"type":"PHONE","value":"0912 111 000"},{"type":"IMEI","value":"490154203237518"}]}"""
                .formatted(VNPT_HGG, key);
        String first = mvc.perform(post("/api/v1/requests").header("Authorization", api).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andReturn().getResponse().getContentAsString();
        String id = first.replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");
        mvc.perform(post("/api/v1/requests").header("Authorization", api).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        mvc.perform(post("/api/v1/requests").header("Authorization", api).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("0912 111 000", "0912 111 001")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("requests.error.idempotencyMismatch"));
        // a reused key is a conflict even when the other body would not pass its checks
        mvc.perform(post("/api/v1/requests").header("Authorization", api).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("0912 111 000", "not a number")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("requests.error.idempotencyMismatch"));
        assertThat(jdbc.sql("SELECT count(*) FROM coordination_request WHERE idempotency_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
        // numbered by the statement that wrote it, and found by its number
        String reference = first.replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
        assertThat(reference).matches("YC-\\d{4}-\\d{6,}");
        assertThat(jdbc.sql("SELECT search_text FROM coordination_request WHERE id = ?::uuid").param(id)
                .query(String.class).single()).startsWith(reference.toLowerCase(java.util.Locale.ROOT) + " api ");
        assertThat(jdbc.sql("SELECT count(*) FROM request_task WHERE request_id = ?::uuid").param(id)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM request_event WHERE request_id = ?::uuid AND action = 'CREATE'").param(id)
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/requests/{id}/submit", id).header("Authorization", api))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/v1/requests/{id}/submit", id).header("Authorization", api).header("If-Match", "\"7\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(post("/api/v1/requests/{id}/submit", id).header("Authorization", api).header("If-Match", "\"1\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
        mvc.perform(get("/api/v1/requests/{id}", id).header("Authorization", api))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        // a read-only token may read but not change
        String reader = bearer("CA-HGG", ApiScope.REQUESTS_READ);
        mvc.perform(post("/api/v1/requests/{id}/cancel", id).header("Authorization", reader).header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOperatorAnswersThroughTheApiWithABase64File() throws Exception {
        UUID id = sentLookup("API trả lời " + UUID.randomUUID());
        String op = bearer("VNPT-HGG", ApiScope.REQUESTS_READ, ApiScope.REQUESTS_WRITE);
        mvc.perform(get("/api/v1/requests").param("tab", "INCOMING").param("status", "SENT").header("Authorization", op))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.id=='" + id + "')]").exists());
        long g = as(officer, () -> queries.view(id)).generation();
        mvc.perform(post("/api/v1/requests/{id}/acknowledge", id).header("Authorization", op).header("If-Match", "\"" + g + "\""))
                .andExpect(status().isOk());
        String file = java.util.Base64.getEncoder().encodeToString("so,chu\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/api/v1/requests/{id}/answer", id).header("Authorization", op).header("If-Match", "\"" + (g + 1) + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"outcome":"NO_DATA","text":"Không có dữ liệu","attachments":[{"fileName":"kq.csv","contentType":"text/csv","base64":"%s"}]}"""
                        .formatted(file)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answer.signatureValid").value(true))
                .andExpect(jsonPath("$.internalNote").doesNotExist());
    }

    @Test
    void overdueRequestsAreEscalatedOnce() {
        UUID id = sentLookup("Quá hạn " + UUID.randomUUID());
        jdbc.sql("""
                UPDATE coordination_request SET sent_at = sent_at - interval '30 hours', due_at = due_at - interval '30 hours',
                  effective_due_at = effective_due_at - interval '30 hours', remind_at = remind_at - interval '30 hours'
                WHERE id = ?""").param(id).update();
        assertThat(watch.run()).isPositive();
        assertThat(jdbc.sql("SELECT overdue_notified_at IS NOT NULL FROM coordination_request WHERE id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        RequestView v = as(officer, () -> queries.view(id));
        assertThat(v.timeLeft().overdue()).isTrue();
        assertThat(v.timeLeft().messageKey()).startsWith("requests.timeLeft.overdue");
        int again = watch.run();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action = 'request.overdue'")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(again).isGreaterThanOrEqualTo(0);
        var overdue = as(operatorSecretariat, () -> queries.inbox(InboxTab.INCOMING,
                new InboxFilter(null, null, null, null, true, null, null, null), new vn.liaison.shared.PageRequest(0, 200)));
        assertThat(overdue.items()).extracting(RequestSummary::id).contains(id);
    }

    @Test
    void searchIsDiacriticInsensitive() {
        String marker = "Đường dây lừa đảo " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = sentLookup(marker);
        var found = as(operatorSecretariat, () -> queries.inbox(InboxTab.INCOMING,
                new InboxFilter(null, null, null, null, null, null, null, vn.liaison.shared.TextFolding.fold(marker).toUpperCase()),
                new vn.liaison.shared.PageRequest(0, 20)));
        assertThat(found.items()).extracting(RequestSummary::id).containsExactly(id);
        var byNumber = as(officer, () -> queries.inbox(InboxTab.OUTGOING,
                new InboxFilter(null, null, null, null, null, null, null, "+84912000111"), new vn.liaison.shared.PageRequest(0, 200)));
        assertThat(byNumber.total()).isPositive();
        assertThat(Role.LEADER).isNotNull();
    }
}
