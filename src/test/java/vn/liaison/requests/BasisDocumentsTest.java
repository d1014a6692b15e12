package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.springframework.test.web.servlet.MvcResult;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.Actor;

/**
 * The legal basis travels with the request: files chosen on the form (or sent as multipart parts through the API)
 * are checked, stored encrypted and linked as basis documents; the receiver sees and downloads them once the
 * request is sent, a third agency never; a disguised file is refused beside the field with everything else kept.
 */
@LiaisonTest
class BasisDocumentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestService service;

    @Autowired
    RequestQueries queries;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    Actor officer;
    Actor leader;
    Actor receiver;
    Actor thirdAgency;

    @BeforeEach
    void people() {
        RequestActors p = new RequestActors(accounts);
        officer = p.demo("officer.ca-hgg");
        leader = p.demo("leader.ca-hgg");
        receiver = p.demo("leader.vnpt-hgg");
        thirdAgency = p.demo("leader.ca-agg");
    }

    static <T> T as(Actor actor, Supplier<T> body) {
        AtomicReference<T> out = new AtomicReference<>();
        TestActors.runAs(actor, () -> out.set(body.get()));
        return out.get();
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("payload.txt"));
            z.write("not a decision".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void theFormOffersAFileInputForSeveralBasisDocumentsWithItsLimits() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/requests/new").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("<label class=\"form-label\" for=\"basisFiles\">Tài liệu căn cứ")
                .containsPattern("type=\"file\" id=\"basisFiles\" name=\"basisFiles\" multiple")
                .contains("data-max-bytes=\"20971520\"")
                .contains("data-too-large=\"Tệp lớn hơn mức cho phép (20 MB), sẽ bị từ chối: {names}\"")
                .contains("tối đa 20 tệp");
    }

    @Test
    void basisFilesFromTheFormAreStoredListedAndDownloadableByTheReceiverOnlyAfterSending() throws Exception {
        String subject = "Căn cứ kèm theo " + UUID.randomUUID();
        String note = "Lực lượng trinh sát " + UUID.randomUUID();
        byte[] decision = pdf("Quyet dinh 118/QD-CAT " + UUID.randomUUID());
        byte[] scan = ("Biên bản vụ việc " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        MvcResult created = mvc.perform(multipart("/requests")
                        .file(new MockMultipartFile("basisFiles", "quyet-dinh-118.pdf", "application/pdf", decision))
                        .file(new MockMultipartFile("basisFiles", "bien-ban.txt", "text/plain", scan))
                        .with(TestActors.as(officer)).with(csrf())
                        .param("kind", "LOOKUP").param("receiverAgencyId", RequestActors.agency("VNPT-HGG").toString())
                        .param("subject", subject).param("classification", "UNCLASSIFIED").param("urgency", "NORMAL")
                        .param("basisReference", "118/QĐ-CAT").param("internalNote", note)
                        .param("pastedType", "PHONE").param("pasted", "0912 345 611").param("then", "draft"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        RequestView draft = as(officer, () -> queries.view(id));
        assertThat(draft.files()).extracting(RequestView.File::purpose).containsExactly("BASIS", "BASIS");
        assertThat(draft.files()).extracting(f -> f.attachment().fileName())
                .containsExactly("quyet-dinh-118.pdf", "bien-ban.txt");
        assertThat(draft.files()).extracting(f -> f.attachment().sha256()).containsExactly(sha256(decision), sha256(scan));
        assertThat(draft.files()).extracting(f -> f.attachment().size())
                .containsExactly((long) decision.length, (long) scan.length);
        UUID decisionId = draft.files().get(0).attachment().id();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'request.basisDocuments' AND target_id = ?")
                .param(id.toString()).query(Long.class).single()).as("the linking is in the ledger").isEqualTo(1);

        // the sender's page lists them with size, SHA-256 and a download link
        mvc.perform(get("/requests/{id}", id).with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("quyet-dinh-118.pdf")))
                .andExpect(content().string(containsString("SHA-256 " + sha256(decision))))
                .andExpect(content().string(containsString("data-testid=\"file-size\"")))
                .andExpect(content().string(containsString("/requests/" + id + "/files/" + decisionId)));

        // not yet sent: the receiver sees neither the request nor its files
        int before = mvc.perform(get("/requests/{id}/files/{a}", id, decisionId).with(TestActors.as(receiver)))
                .andReturn().getResponse().getStatus();
        assertThat(before).isIn(403, 404);

        as(officer, () -> service.submit(id, null));
        as(leader, () -> service.approve(id, null));

        // sent: the receiver sees the basis documents and downloads the exact bytes, never the internal note
        mvc.perform(get("/requests/{id}", id).with(TestActors.as(receiver)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("quyet-dinh-118.pdf")))
                .andExpect(content().string(containsString("bien-ban.txt")))
                .andExpect(content().string(containsString("SHA-256 " + sha256(scan))))
                .andExpect(content().string(not(containsString(note))));
        byte[] downloaded = mvc.perform(get("/requests/{id}/files/{a}", id, decisionId).with(TestActors.as(receiver)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(decision);
        mvc.perform(get("/api/v1/requests/{id}", id).with(TestActors.as(receiver)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].purpose").value("BASIS"))
                .andExpect(jsonPath("$.files[0].attachment.sha256").value(sha256(decision)))
                .andExpect(jsonPath("$.files[1].attachment.size").value(scan.length))
                .andExpect(jsonPath("$.internalNote").doesNotExist());

        // a third agency gets nothing
        for (String path : List.of("/requests/" + id + "/files/" + decisionId, "/requests/" + id, "/api/v1/requests/" + id)) {
            int status = mvc.perform(get(path).with(TestActors.as(thirdAgency))).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(403, 404);
        }
    }

    @Test
    void aDisguisedFileIsRefusedBesideTheFieldWithTheRestKeptAndNothingStored() throws Exception {
        String subject = "Căn cứ giả mạo " + UUID.randomUUID();
        String note = "Ghi chú nội bộ " + UUID.randomUUID();
        String disguised = "quyet-dinh-" + UUID.randomUUID() + ".pdf";
        String content = mvc.perform(multipart("/requests")
                        .file(new MockMultipartFile("basisFiles", "that-la.pdf", "application/pdf", pdf("that")))
                        .file(new MockMultipartFile("basisFiles", disguised, "application/pdf", zip()))
                        .with(TestActors.as(officer)).with(csrf())
                        .param("kind", "LOOKUP").param("receiverAgencyId", RequestActors.agency("VNPT-HGG").toString())
                        .param("subject", subject).param("classification", "UNCLASSIFIED").param("urgency", "NORMAL")
                        .param("basisReference", "119/QĐ-CAT").param("internalNote", note)
                        .param("pastedType", "PHONE").param("pasted", "0912 345 612").param("then", "submit"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        content = HtmlUtils.htmlUnescape(content);
        // the message beside the file input names the file and why
        assertThat(content).containsPattern("id=\"basisFiles\"[^>]*is-invalid|is-invalid[^>]*id=\"basisFiles\"");
        assertThat(content).contains("data-testid=\"basis-files-error\"");
        assertThat(content).contains(disguised).contains("Tệp bị ngụy trang");
        // ... the browser has dropped the chosen files: the page says so, naming them
        assertThat(content).contains("data-testid=\"basis-files-again\"").contains("chọn lại");
        // everything else is kept
        assertThat(content).contains(subject).contains(note).contains("119/QĐ-CAT").contains("0912 345 612");
        // nothing was kept: no request, no file row, not even of the good file
        assertThat(jdbc.sql("SELECT count(*) FROM coordination_request WHERE subject = ?").param(subject)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM attachment WHERE file_name = ?").param(disguised)
                .query(Long.class).single()).isZero();

        // an executable named like a decision is refused the same way
        subject = "Lenh chay " + UUID.randomUUID();
        String exe = "lenh-" + UUID.randomUUID() + ".pdf";
        mvc.perform(multipart("/requests")
                        .file(new MockMultipartFile("basisFiles", exe, "application/pdf", new byte[] {'M', 'Z', 0x40, 0, 1, 2}))
                        .with(TestActors.as(officer)).with(csrf())
                        .param("kind", "INFORMATION_EXCHANGE").param("receiverAgencyId", RequestActors.agency("VNPT-HGG").toString())
                        .param("subject", subject).param("classification", "UNCLASSIFIED").param("urgency", "NORMAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(exe)))
                .andExpect(content().string(containsString("chương trình chạy được")))
                .andExpect(content().string(containsString(subject)));
        assertThat(jdbc.sql("SELECT count(*) FROM coordination_request WHERE subject = ?").param(subject)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherErrorOnTheFormAlsoAsksForTheFilesAgain() throws Exception {
        String subject = "Thieu co quan nhan " + UUID.randomUUID();
        mvc.perform(multipart("/requests")
                        .file(new MockMultipartFile("basisFiles", "quyet-dinh-120.pdf", "application/pdf", pdf("120")))
                        .with(TestActors.as(officer)).with(csrf())
                        .param("kind", "INFORMATION_EXCHANGE").param("subject", subject)
                        .param("classification", "UNCLASSIFIED").param("urgency", "NORMAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("data-testid=\"basis-files-again\"")))
                .andExpect(content().string(containsString("quyet-dinh-120.pdf")));
        assertThat(jdbc.sql("SELECT count(*) FROM coordination_request WHERE subject = ?").param(subject)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theApiTakesTheRequestAndItsBasisFilesInOneMultipartCallIdempotently() throws Exception {
        String subject = "API căn cứ " + UUID.randomUUID();
        String key = "basis-" + UUID.randomUUID();
        byte[] decision = pdf("API " + UUID.randomUUID());
        String json = "{\"kind\":\"LOOKUP\",\"receiverAgencyId\":\"" + RequestActors.agency("VNPT-HGG")
                + "\",\"subject\":\"" + subject + "\",\"basis\":{\"reference\":\"121/QĐ-CAT\"},"
                + "\"identifiers\":[{\"type\":\"PHONE\",\"value\":\"0912 345 613\"}]}";
        MockMultipartFile request = new MockMultipartFile("request", "", "application/json", json.getBytes(StandardCharsets.UTF_8));
        String body = mvc.perform(multipart("/api/v1/requests").file(request)
                        .file(new MockMultipartFile("basis", "quyet-dinh-121.pdf", "application/pdf", decision))
                        .header("Idempotency-Key", key).with(TestActors.as(officer)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.id"));
        RequestView v = as(officer, () -> queries.view(id));
        assertThat(v.files()).singleElement().satisfies(f -> {
            assertThat(f.purpose()).isEqualTo("BASIS");
            assertThat(f.attachment().fileName()).isEqualTo("quyet-dinh-121.pdf");
        });
        assertThat(v.files().get(0).attachment().sha256()).isEqualTo(sha256(decision));

        // the same call again: the first request, no second file
        mvc.perform(multipart("/api/v1/requests").file(request)
                        .file(new MockMultipartFile("basis", "quyet-dinh-121.pdf", "application/pdf", decision))
                        .header("Idempotency-Key", key).with(TestActors.as(officer)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id.toString()));
        assertThat(jdbc.sql("SELECT count(*) FROM coordination_request WHERE subject = ?").param(subject)
                .query(Long.class).single()).isEqualTo(1);
        // another file under the same key is another request: refused
        mvc.perform(multipart("/api/v1/requests").file(request)
                        .file(new MockMultipartFile("basis", "quyet-dinh-121.pdf", "application/pdf", pdf("other")))
                        .header("Idempotency-Key", key).with(TestActors.as(officer)).with(csrf()))
                .andExpect(status().isConflict());

        // a later request under the same decision links the stored file by id (JSON)
        String again = "{\"kind\":\"LOOKUP\",\"receiverAgencyId\":\"" + RequestActors.agency("VNPT-HGG")
                + "\",\"subject\":\"" + subject + " (2)\",\"basisAttachmentIds\":[\"" + v.files().get(0).attachment().id()
                + "\"],\"identifiers\":[{\"type\":\"PHONE\",\"value\":\"0912 345 614\"}]}";
        String second = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/requests")
                        .contentType("application/json").content(again).with(TestActors.as(officer)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID secondId = UUID.fromString(com.jayway.jsonpath.JsonPath.read(second, "$.id"));
        assertThat(as(officer, () -> queries.view(secondId)).files()).extracting(f -> f.attachment().sha256())
                .containsExactly(sha256(decision));
    }

    @Test
    void theOpenApiDocumentDescribesBothWaysOfCreating() throws Exception {
        String json = mvc.perform(get("/v3/api-docs").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        tools.jackson.databind.JsonNode content = new tools.jackson.databind.ObjectMapper().readTree(json)
                .path("paths").path("/api/v1/requests").path("post").path("requestBody").path("content");
        assertThat(content.has("application/json")).as("JSON creation").isTrue();
        assertThat(content.path("multipart/form-data").path("schema").path("properties").has("request"))
                .as("multipart creation with the request part").isTrue();
        assertThat(content.path("multipart/form-data").path("schema").path("properties").has("basis"))
                .as("multipart creation with the basis files").isTrue();
    }

    @Test
    void theApiRefusesADisguisedBasisFileWithProblemDetailsAndKeepsNothing() throws Exception {
        String subject = "API giả mạo " + UUID.randomUUID();
        String json = "{\"kind\":\"INFORMATION_EXCHANGE\",\"receiverAgencyId\":\"" + RequestActors.agency("VNPT-HGG")
                + "\",\"subject\":\"" + subject + "\"}";
        mvc.perform(multipart("/api/v1/requests")
                        .file(new MockMultipartFile("request", "", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("basis", "ho-so.pdf", "application/pdf", zip()))
                        .with(TestActors.as(officer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("requests.error.basisFile"))
                .andExpect(jsonPath("$.errors[0].field").value("basis"))
                .andExpect(jsonPath("$.detail").value(containsString("ho-so.pdf")))
                .andExpect(jsonPath("$.detail").value(containsString("ngụy trang")));
        assertThat(jdbc.sql("SELECT count(*) FROM coordination_request WHERE subject = ?").param(subject)
                .query(Long.class).single()).isZero();
        // someone who may not draft is refused before anything is looked at or stored
        Actor auditor = new RequestActors(accounts).demo("auditor.ca-hgg");
        String audited = "ho-so-kiem-toan-" + UUID.randomUUID() + ".pdf";
        mvc.perform(multipart("/api/v1/requests")
                        .file(new MockMultipartFile("request", "", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("basis", audited, "application/pdf", pdf("x")))
                        .with(TestActors.as(auditor)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM attachment WHERE file_name = ?").param(audited)
                .query(Long.class).single()).isZero();
        // without the request part: refused, not a 500
        mvc.perform(multipart("/api/v1/requests")
                        .file(new MockMultipartFile("basis", "quyet-dinh.pdf", "application/pdf", pdf("x")))
                        .with(TestActors.as(officer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("request"));
    }
}
