package vn.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.security.Actor;
import vn.liaison.security.AgencyLineage;
import vn.liaison.shared.Classification;
import vn.liaison.shared.ContentArea;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;

/** Agreements and plans through the services, the API and the screens, against the demo data. */
@LiaisonTest
class AgreementsIntegrationTest {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    AgreementManagement agreements;

    @Autowired
    PlanManagement plans;

    @Autowired
    AgencyDirectory directory;

    @Autowired
    AgencyLineage lineage;

    @Autowired
    JdbcClient jdbc;

    DemoPeople people;

    @BeforeEach
    void people() {
        people = new DemoPeople(directory, lineage);
    }

    static final UUID CA_HTH = DemoPeople.agency("CA-HTH");
    static final UUID STTTT_HTH = DemoPeople.agency("STTTT-HTH");

    /** A signed agreement between the Hà Tĩnh police and department, created for one test. */
    AgreementView signedFixture() {
        AtomicReference<AgreementView> out = new AtomicReference<>();
        TestActors.runAs(people.as("secretariat.ca-hth"), () -> {
            AgreementView v = agreements.create(terms("T-" + SEQ.incrementAndGet() + "/QC-CAT-STTTT", null));
            out.set(agreements.sign(v.id(), LocalDate.of(2026, 1, 15), "Hà Tĩnh", v.rowVersion()));
        });
        return out.get();
    }

    static AgreementContent terms(String number, UUID replaces) {
        return new AgreementContent(number, "Quy chế phối hợp thử nghiệm " + number,
                List.of(new PartyTerms(CA_HTH, "Người ký A", "Giám đốc", "Chủ trì"),
                        new PartyTerms(STTTT_HTH, "Người ký B", "Giám đốc", "Phối hợp")),
                null, "Hà Tĩnh", LocalDate.of(2026, 1, 15), null, Set.of("PRESS", "ONLINE_ENVIRONMENT"),
                EnumSet.of(ContentArea.INFORMATION_EXCHANGE, ContentArea.JOINT_INSPECTION), "Ngang cấp", "Trao đổi",
                List.of(), Classification.UNCLASSIFIED, null, replaces);
    }

    static TaskTerms task(String title, LocalDate start, LocalDate due) {
        return new TaskTerms(title, ContentArea.INFORMATION_EXCHANGE, CA_HTH, DemoPeople.unit("CA-HTH", "PA05"),
                List.of(new TaskSupport(STTTT_HTH, DemoPeople.unit("STTTT-HTH", "BCVT"))), start, due, null,
                "Thông tin được trao đổi");
    }

    // ---- demo data -----------------------------------------------------------------------------------------------

    @Test
    void demoAgreementsAreThereAndTheReplacementLinksBothWays() {
        TestActors.runAs(people.as("leader.ca-hgg"), () -> {
            AgreementView old = agreements.view(DemoPeople.agreement("HGG-2012"));
            AgreementView current = agreements.view(DemoPeople.agreement("HGG-2023"));
            assertThat(old.status()).isEqualTo(AgreementStatus.REPLACED);
            assertThat(old.replacedBy().id()).isEqualTo(current.id());
            assertThat(current.replaces().id()).isEqualTo(old.id());
            assertThat(current.crossLevelReason()).isNotBlank();
            assertThat(agreements.moves(current.id())).hasSize(2);
            assertThat(agreements.timeline(old.id())).extracting(AgreementEvent::kind)
                    .contains(AgreementEventKind.SIGNED, AgreementEventKind.REPLACED, AgreementEventKind.WORK_MOVED);
            PlanSummary moved = plans.plans(current.id()).get(0);
            assertThat(plans.plan(moved.id()).tasks()).hasSize(2).allMatch(TaskView::overdue);
            assertThat(plans.plans(old.id())).allMatch(p -> plans.plan(p.id()).tasks().isEmpty());
        });
    }

    @Test
    void anGiangHasItsClosedAndRunningPlansWithOneOverdueTask() {
        TestActors.runAs(people.as("officer.stttt-agg"), () -> {
            List<PlanSummary> list = plans.plans(DemoPeople.agreement("AGG-2022"));
            assertThat(list).extracting(PlanSummary::year, PlanSummary::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2024, PlanStatus.IN_PROGRESS),
                            org.assertj.core.groups.Tuple.tuple(2023, PlanStatus.CLOSED));
            PlanView p2024 = plans.plan(list.get(0).id());
            assertThat(p2024.overdueCount()).isEqualTo(1);
            assertThat(p2024.approvals()).allMatch(a -> a.approval() != null);
            assertThat(plans.myTasks(true)).anyMatch(TaskView::overdue);
        });
    }

    @Test
    void theMergedMinistryShowsItsSuccessorAndTheSuccessorActs() {
        UUID id = DemoPeople.agreement("BCA-BTTTT-2021");
        TestActors.runAs(people.as("leader.bkhcn"), () -> {
            AgreementView v = agreements.view(id);
            assertThat(v.classification()).isEqualTo(Classification.MAT);
            AgreementView.Party mic = v.parties().stream().filter(p -> p.agencyId().equals(DemoPeople.agency("BTTTT")))
                    .findFirst().orElseThrow();
            assertThat(mic.nameAtSigning()).isEqualTo("Bộ Thông tin và Truyền thông");
            assertThat(mic.successors()).extracting(AgreementView.Successor::agencyId).containsExactly(DemoPeople.agency("BKHCN"));
        });
        // Below the agreement's level: refused, even for a party.
        TestActors.runAs(people.withClearance("officer.bca", Classification.UNCLASSIFIED),
                () -> assertThatThrownBy(() -> agreements.view(id)).isInstanceOf(AccessDeniedException.class));
    }

    // ---- access --------------------------------------------------------------------------------------------------

    @Test
    void aThirdAgencySeesNothingOfTheAgreement() throws Exception {
        UUID agg = DemoPeople.agreement("AGG-2022");
        mvc.perform(get("/api/v1/agreements/{id}", agg).with(TestActors.as(people.as("officer.ca-lci"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agreements/{id}", agg).with(TestActors.as(people.as("leader.ca-lci"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agreements").param("size", "200").with(TestActors.as(people.as("officer.ca-lci"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(agg.toString()))))
                .andExpect(content().string(Matchers.containsString(DemoPeople.agreement("LCI-2009").toString())));
    }

    @Test
    void aSecretariatOfANonPartyCannotDraft() {
        TestActors.runAs(people.as("secretariat.ca-lci"), () -> assertThatThrownBy(
                () -> agreements.create(terms("X/QC", null))).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void planApprovalNeedsALeaderOfEachPartyOnce() throws Exception {
        AgreementView a = signedFixture();
        AtomicReference<PlanView> plan = new AtomicReference<>();
        TestActors.runAs(people.as("secretariat.stttt-hth"), () -> {
            PlanView p = plans.create(a.id(), 2026, "Kế hoạch phối hợp năm 2026");
            plans.addTask(p.id(), task("Trao đổi thông tin giữa các phòng", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31)));
            plan.set(plans.plan(p.id()));
        });
        UUID planId = plan.get().id();
        // An officer cannot approve.
        mvc.perform(post("/api/v1/plans/{id}/approvals", planId).with(csrf())
                .with(TestActors.as(people.as("officer.ca-hth")))).andExpect(status().isForbidden());
        // A leader of another agency's party cannot approve for the other party.
        mvc.perform(post("/api/v1/plans/{id}/approvals", planId).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"partyId\":\"" + STTTT_HTH + "\"}").with(TestActors.as(people.as("leader.ca-hth"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/plans/{id}/approvals", planId).with(csrf()).with(TestActors.as(people.as("leader.ca-hth"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(post("/api/v1/plans/{id}/approvals", planId).with(csrf()).with(TestActors.as(people.as("leader.ca-hth"))))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/plans/{id}/approvals", planId).with(csrf()).with(TestActors.as(people.as("leader.stttt-hth"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvals[0].approval.approverName").isNotEmpty())
                .andExpect(jsonPath("$.approvals[1].approval.approverName").isNotEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action LIKE 'plan.approve%'")
                .param(planId.toString()).query(Long.class).single()).isEqualTo(2);

        // Progress by an officer of the supporting agency starts the plan.
        UUID taskId = plan.get().tasks().get(0).id();
        mvc.perform(post("/api/v1/tasks/{id}/progress", taskId).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reportedOn\":\"2026-03-01\",\"percent\":30,\"note\":\"Đã trao đổi 3 lần\"}")
                .with(TestActors.as(people.as("officer.stttt-hth"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.percent").value(30));
        TestActors.runAs(people.as("leader.ca-hth"), () -> assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.IN_PROGRESS));
        // An officer of a third agency cannot report.
        mvc.perform(post("/api/v1/tasks/{id}/progress", taskId).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reportedOn\":\"2026-03-01\",\"percent\":40,\"note\":\"x\"}")
                .with(TestActors.as(people.as("officer.ca-lci")))).andExpect(status().isForbidden());

        // A task added after approval waits for a leader of each party again.
        AtomicReference<TaskView> adHoc = new AtomicReference<>();
        TestActors.runAs(people.as("secretariat.ca-hth"), () -> adHoc.set(plans.addTask(planId,
                task("Xử lý vụ việc phát sinh", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31)))));
        assertThat(adHoc.get().approval()).isEqualTo(TaskApprovalState.PENDING_APPROVAL);
        TestActors.runAs(people.as("leader.ca-hth"), () -> {
            assertThat(plans.approveTask(adHoc.get().id(), null).approval()).isEqualTo(TaskApprovalState.PENDING_APPROVAL);
            assertThatThrownBy(() -> plans.approveTask(adHoc.get().id(), null)).hasMessage("agreements.error.alreadyApproved");
        });
        TestActors.runAs(people.as("leader.stttt-hth"), () -> assertThat(plans.approveTask(adHoc.get().id(), null).approval())
                .isEqualTo(TaskApprovalState.APPROVED));
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE message_key = 'agreements.notice.taskAwaitsApproval'")
                .query(Long.class).single()).isPositive();
    }

    // ---- bad input -------------------------------------------------------------------------------------------------

    @Test
    void aSignedAgreementIsNotEditedAndStaleWritesAreRefused() throws Exception {
        AgreementView a = signedFixture();
        String body = """
                {"number":"Y/QC","title":"Sửa","parties":[{"agencyId":"%s"},{"agencyId":"%s"}],"effectiveFrom":"2026-01-15",
                 "contentAreas":["INFORMATION_EXCHANGE"],"rowVersion":%d}""".formatted(CA_HTH, STTTT_HTH, a.rowVersion());
        mvc.perform(put("/api/v1/agreements/{id}", a.id()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(TestActors.as(people.as("secretariat.ca-hth"))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("agreements.error.signedImmutable"));
        mvc.perform(post("/api/v1/agreements/{id}/termination", a.id()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + (a.rowVersion() + 7) + "\"")
                .content("{\"terminatedOn\":\"2026-05-01\",\"reason\":\"x\"}")
                .with(TestActors.as(people.as("leader.ca-hth")))).andExpect(status().isPreconditionFailed());
        TestActors.runAs(people.as("leader.ca-hth"),
                () -> assertThat(agreements.view(a.id()).status()).isEqualTo(AgreementStatus.IN_FORCE));
    }

    @Test
    void datesOutOfOrderAndCrossLevelWithoutReasonAreRefusedAndNothingIsWritten() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM agreement").query(Long.class).single();
        String body = """
                {"number":"Z/QC","title":"Sai ngày","parties":[{"agencyId":"%s"},{"agencyId":"%s"}],
                 "effectiveFrom":"2026-01-15","effectiveTo":"2025-01-01","contentAreas":["INFORMATION_EXCHANGE"]}"""
                .formatted(CA_HTH, STTTT_HTH);
        mvc.perform(post("/api/v1/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(TestActors.as(people.as("secretariat.ca-hth"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveTo"));
        String cross = """
                {"number":"Z/QC","title":"Khác cấp","parties":[{"agencyId":"%s"},{"agencyId":"%s"}],
                 "effectiveFrom":"2026-01-15","contentAreas":["INFORMATION_EXCHANGE"]}"""
                .formatted(DemoPeople.agency("CA-HGG"), DemoPeople.agency("VNPT-HGG"));
        mvc.perform(post("/api/v1/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(cross)
                .with(TestActors.as(people.as("secretariat.ca-hgg"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("crossLevelReason"));
        // The ministry of I&C ceased to exist on 28/02/2025: it cannot sign in 2026.
        String ceased = """
                {"number":"Z/QC","title":"Đã sáp nhập","parties":[{"agencyId":"%s"},{"agencyId":"%s"}],
                 "signingDate":"2026-01-15","effectiveFrom":"2026-01-15","contentAreas":["INFORMATION_EXCHANGE"]}"""
                .formatted(DemoPeople.agency("BCA"), DemoPeople.agency("BTTTT"));
        mvc.perform(post("/api/v1/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(ceased)
                .with(TestActors.as(people.as("secretariat.bca"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("agreements.error.partyNotExisting"));
        assertThat(jdbc.sql("SELECT count(*) FROM agreement").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void replacingMovesOpenTasksAndACycleIsRefused() {
        AgreementView old = signedFixture();
        AtomicReference<UUID> openTask = new AtomicReference<>();
        TestActors.runAs(people.as("secretariat.ca-hth"), () -> {
            PlanView p = plans.create(old.id(), 2026, "Kế hoạch 2026");
            openTask.set(plans.addTask(p.id(), task("Nhiệm vụ còn mở", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31))).id());
        });
        AtomicReference<AgreementView> replacement = new AtomicReference<>();
        TestActors.runAs(people.as("secretariat.stttt-hth"), () -> {
            AgreementView draft = agreements.create(terms("R-" + SEQ.incrementAndGet() + "/QC", old.id()));
            replacement.set(agreements.sign(draft.id(), LocalDate.of(2026, 3, 1), "Hà Tĩnh", draft.rowVersion()));
        });
        TestActors.runAs(people.as("leader.ca-hth"), () -> {
            assertThat(agreements.view(old.id()).status()).isEqualTo(AgreementStatus.REPLACED);
            assertThat(agreements.view(old.id()).replacedBy().id()).isEqualTo(replacement.get().id());
            TaskView moved = plans.task(openTask.get());
            PlanView target = plans.plan(moved.planId());
            assertThat(target.agreementId()).isEqualTo(replacement.get().id());
            assertThat(agreements.moves(replacement.get().id())).extracting(WorkMove::itemId).containsExactly(openTask.get());
        });
        // The old agreement cannot be made to replace its replacement (a cycle), nor an agreement itself.
        TestActors.runAs(people.as("secretariat.ca-hth"), () -> {
            assertThatThrownBy(() -> agreements.create(terms("C/QC", old.id())))
                    .isInstanceOf(DomainException.class).hasMessage("agreements.error.notReplaceable");
            AgreementView d = agreements.create(terms("S-" + SEQ.incrementAndGet() + "/QC", null));
            assertThatThrownBy(() -> agreements.edit(d.id(), terms("S/QC", d.id()), d.rowVersion()))
                    .hasMessage("agreements.error.replacesSelf");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'plan.task.move' AND target_id = ?")
                .param(openTask.get().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAmendmentAddsAVersionAndTheDetailShowsWhatChanged() throws Exception {
        AgreementView a = signedFixture();
        Actor secretariat = people.as("secretariat.ca-hth");
        mvc.perform(get("/agreements/{id}/amend", a.id()).with(TestActors.as(secretariat))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Công an tỉnh Hà Tĩnh")));
        mvc.perform(post("/agreements/{id}/amend", a.id()).with(csrf()).with(TestActors.as(secretariat))
                        .param("number", a.number()).param("title", "Tên đã sửa đổi")
                        .param("parties[0].agencyId", CA_HTH.toString()).param("parties[1].agencyId", STTTT_HTH.toString())
                        .param("parties[0].signatoryName", "Người ký A").param("parties[0].signatoryTitle", "Giám đốc")
                        .param("parties[0].responsibilities", "Chủ trì")
                        .param("parties[1].signatoryName", "Người ký B").param("parties[1].signatoryTitle", "Giám đốc")
                        .param("parties[1].responsibilities", "Phối hợp")
                        .param("effectiveFrom", "2026-01-15").param("sectors", "PRESS", "ONLINE_ENVIRONMENT")
                        .param("contentAreas", "INFORMATION_EXCHANGE", "JOINT_INSPECTION").param("principles", "Ngang cấp")
                        .param("forms", "Trao đổi").param("classification", "UNCLASSIFIED")
                        .param("_directoryFocalPoints", "on")
                        .param("rowVersion", String.valueOf(a.rowVersion())).param("summary", "Sửa tên quy chế"))
                .andExpect(status().is3xxRedirection());
        TestActors.runAs(secretariat, () -> {
            List<VersionView> versions = agreements.versions(a.id());
            assertThat(versions).extracting(VersionView::version).containsExactly(1, 2);
            assertThat(versions.get(1).changes()).extracting(VersionView.FieldChange::field).containsExactly("title");
            assertThat(versions.get(1).changes().get(0).after()).isEqualTo("Tên đã sửa đổi");
        });
        mvc.perform(get("/agreements/{id}", a.id()).with(TestActors.as(secretariat))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sửa tên quy chế")))
                .andExpect(content().string(Matchers.containsString("bg-success-subtle")));
    }

    @Test
    void theSignedTextIsStoredWithItsSha256AndFrozenOnceSigned() throws Exception {
        Actor secretariat = people.as("secretariat.ca-hth");
        AtomicReference<AgreementView> draft = new AtomicReference<>();
        TestActors.runAs(secretariat, () -> draft.set(agreements.create(terms("D-" + SEQ.incrementAndGet() + "/QC", null))));
        byte[] text = "Quy chế phối hợp — bản đã ký".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/agreements/{id}/signed-text", draft.get().id())
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "quy-che.txt", "text/plain", text))
                        .param("rowVersion", String.valueOf(draft.get().rowVersion())).with(csrf()).with(TestActors.as(secretariat)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agreements/{id}", draft.get().id()).with(TestActors.as(secretariat))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(sha)));
        TestActors.runAs(secretariat, () -> {
            AgreementView v = agreements.view(draft.get().id());
            assertThat(v.signedTextSha256()).isEqualTo(sha);
            AgreementView signed = agreements.sign(v.id(), LocalDate.of(2026, 1, 20), null, v.rowVersion());
            assertThatThrownBy(() -> agreements.attachSignedText(signed.id(),
                    new vn.liaison.attachments.NewAttachment("khac.txt", "text/plain", text), signed.rowVersion()))
                    .hasMessage("agreements.error.signedImmutable");
        });
        mvc.perform(get("/api/v1/agreements/{id}/signed-text", draft.get().id()).with(TestActors.as(people.as("officer.stttt-hth"))))
                .andExpect(status().isOk()).andExpect(content().bytes(text));
    }

    @Test
    void aLeaderCancelsATaskWithAReasonAndOnlyOnce() throws Exception {
        AgreementView a = signedFixture();
        AtomicReference<TaskView> task = new AtomicReference<>();
        TestActors.runAs(people.as("secretariat.ca-hth"), () -> {
            PlanView p = plans.create(a.id(), 2026, "Kế hoạch 2026");
            task.set(plans.addTask(p.id(), task("Nhiệm vụ sẽ hủy", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31))));
        });
        String url = "/api/v1/tasks/" + task.get().id() + "/cancellation";
        mvc.perform(post(url).with(csrf()).with(TestActors.as(people.as("officer.ca-hth")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Không còn cần thiết\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url).with(csrf()).with(TestActors.as(people.as("leader.ca-hth")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url).with(csrf()).with(TestActors.as(people.as("leader.ca-hth")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Không còn cần thiết\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(post(url).with(csrf()).with(TestActors.as(people.as("leader.stttt-hth")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Lần nữa\"}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'plan.task.cancel' AND target_id = ?")
                .param(task.get().id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProgressReportCarriesAFile() throws Exception {
        AgreementView a = signedFixture();
        AtomicReference<TaskView> task = new AtomicReference<>();
        TestActors.runAs(people.as("secretariat.ca-hth"), () -> {
            PlanView p = plans.create(a.id(), 2026, "Kế hoạch 2026");
            task.set(plans.addTask(p.id(), task("Nhiệm vụ có tệp", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31))));
        });
        TestActors.runAs(people.as("leader.ca-hth"), () -> plans.approve(task.get().planId(), null, -1));
        TestActors.runAs(people.as("leader.stttt-hth"), () -> plans.approve(task.get().planId(), null, -1));
        Actor officer = people.as("officer.ca-hth");
        byte[] report = "Biên bản làm việc".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/tasks/{id}/progress", task.get().id())
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "bien-ban.txt", "text/plain", report))
                        .param("reportedOn", "2026-03-02").param("percent", "50").param("note", "Đã làm việc với doanh nghiệp")
                        .with(csrf()).with(TestActors.as(officer)))
                .andExpect(status().is3xxRedirection());
        AtomicReference<ProgressReport.Attached> file = new AtomicReference<>();
        TestActors.runAs(officer, () -> file.set(plans.task(task.get().id()).progress().get(0).attachments().get(0)));
        assertThat(file.get().fileName()).isEqualTo("bien-ban.txt");
        mvc.perform(get("/tasks/{id}/files/{f}", task.get().id(), file.get().attachmentId()).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(content().bytes(report));
        mvc.perform(get("/tasks/{id}/files/{f}", task.get().id(), file.get().attachmentId())
                .with(TestActors.as(people.as("officer.ca-lci")))).andExpect(status().isForbidden());
    }

    @Test
    void aTokenDoesNoMoreThanItsScopes() throws Exception {
        Actor person = people.as("secretariat.ca-hth");
        Actor readOnly = new Actor(person.accountId(), person.username(), person.personId(), person.displayName(),
                person.agencyId(), person.agencyName(), person.unitId(), person.clearance(), person.roles(),
                person.actingFor(), UUID.randomUUID(), Set.of(vn.liaison.security.ApiScope.AGREEMENTS_READ));
        mvc.perform(get("/api/v1/agreements").with(TestActors.as(readOnly))).andExpect(status().isOk());
        String body = """
                {"number":"TK/QC","title":"Token","parties":[{"agencyId":"%s"},{"agencyId":"%s"}],"effectiveFrom":"2026-01-15",
                 "contentAreas":["INFORMATION_EXCHANGE"]}""".formatted(CA_HTH, STTTT_HTH);
        mvc.perform(post("/api/v1/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(TestActors.as(readOnly))).andExpect(status().isForbidden());
    }

    @Test
    void anAgreementRecordedAfterItsValidityEndedIsExpiredAndTakesNoPlans() {
        TestActors.runAs(people.as("secretariat.ca-hth"), () -> {
            AgreementContent c = terms("E-" + SEQ.incrementAndGet() + "/QC", null);
            AgreementContent ended = new AgreementContent(c.number(), c.title(), c.parties(), null, c.signingPlace(),
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), c.sectors(), c.contentAreas(), c.principles(),
                    c.forms(), c.focalPoints(), c.classification(), null, null);
            AgreementView draft = agreements.create(ended);
            AgreementView signed = agreements.sign(draft.id(), LocalDate.of(2025, 1, 10), null, draft.rowVersion());
            assertThat(signed.status()).isEqualTo(AgreementStatus.EXPIRED);
            assertThat(agreements.expireDue()).isZero();
            assertThatThrownBy(() -> plans.create(signed.id(), 2025, "Kế hoạch 2025"))
                    .hasMessage("agreements.error.agreementNotInForce");
        });
    }

    // ---- documents and screens -------------------------------------------------------------------------------------

    @Test
    void exportsOpenAndCarryTheVietnameseText() throws Exception {
        Actor reader = people.as("officer.stttt-agg");
        UUID agg = DemoPeople.agreement("AGG-2022");
        byte[] docx = mvc.perform(get("/api/v1/agreements/{id}/document", agg).param("format", "docx").with(TestActors.as(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(x.getText()).contains("QUY CHẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "02/QC-STTTT-CAT",
                    "bảo đảm nguyên tắc phối hợp ngang cấp");
        }
        UUID plan2024 = UUID.nameUUIDFromBytes("plan:02/QC-STTTT-CAT/2024".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] pdf = mvc.perform(get("/plans/{id}/export", plan2024).param("format", "pdf").with(TestActors.as(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("KẾ HOẠCH", "Giám định nội dung thông tin, dữ liệu");
        }
        byte[] xlsx = mvc.perform(get("/api/v1/plans/{id}/document", plan2024).param("format", "xlsx").with(TestActors.as(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            wb.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all.toString()).contains("Phối hợp thanh tra, kiểm tra hoạt động thông tin và truyền thông");
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
        }
    }

    @Test
    void screensShowListDetailPlanAndMyTasks() throws Exception {
        Actor leader = people.as("leader.ca-agg");
        mvc.perform(get("/agreements").param("q", "an giang").with(TestActors.as(leader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("02/QC-STTTT-CAT")));
        mvc.perform(get("/agreements/{id}", DemoPeople.agreement("AGG-2022")).with(TestActors.as(leader)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Ký kết, có hiệu lực")));
        UUID plan2024 = UUID.nameUUIDFromBytes("plan:02/QC-STTTT-CAT/2024".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(get("/plans/{id}", plan2024).with(TestActors.as(leader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Quá hạn")))
                .andExpect(content().string(Matchers.containsString("data-overdue=\"true\"")));
        mvc.perform(get("/my-tasks").with(TestActors.as(people.as("officer.ca-agg")))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Phối hợp thanh tra")));
        mvc.perform(get("/agreements/{id}", DemoPeople.agreement("HGG-2023")).with(TestActors.as(people.as("leader.ca-hgg"))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("05/QC-VTHG-CAT")));
        mvc.perform(get("/api/v1/agreements/{id}", DemoPeople.agreement("AGG-2022")).with(TestActors.as(leader)))
                .andExpect(status().isOk()).andExpect(header().exists("ETag"));
    }

    @Test
    void aFormWithBadDatesKeepsTheInputAndShowsTheMessage() throws Exception {
        mvc.perform(post("/agreements").with(csrf()).with(TestActors.as(people.as("secretariat.ca-hth")))
                        .param("number", "F/QC").param("title", "Tiêu đề giữ lại")
                        .param("parties[0].agencyId", CA_HTH.toString()).param("parties[1].agencyId", STTTT_HTH.toString())
                        .param("effectiveFrom", "2026-05-01").param("effectiveTo", "2026-01-01")
                        .param("contentAreas", "INFORMATION_EXCHANGE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("đề giữ lại")))
                .andExpect(content().string(Matchers.containsString("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.")));
    }

    @Test
    void listsArePagedAndFilteredBySector() {
        TestActors.runAs(people.as("leader.ca-hth"), () -> {
            var page = agreements.list(new AgreementFilter(null, null, "RADIO_FREQUENCY", null, null), new PageRequest(0, 1));
            assertThat(page.items()).extracting(AgreementSummary::id).contains(DemoPeople.agreement("HTH-2021"));
            assertThat(agreements.list(new AgreementFilter(null, AgreementStatus.TERMINATED, "RADIO_FREQUENCY", null, null),
                    new PageRequest(0, 10)).items()).isEmpty();
        });
    }
}
