package vn.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DashboardFigure;

/** The auditors' screens and API: scope, filters, paging, detail, CSV export (recorded), verification, refusals. */
@LiaisonTest
class LedgerScreensAndApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerDashboard dashboard;

    @Autowired
    ScheduledVerification scheduled;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    private final UUID agency = UUID.randomUUID();
    private final UUID otherAgency = UUID.randomUUID();
    private final String prefix = "test" + UUID.randomUUID().toString().substring(0, 8) + ".";
    private Actor auditor;
    private Actor officer;
    private long otherAgencyEntry;

    @BeforeEach
    void entries() {
        auditor = actor(agency, Role.AUDITOR);
        officer = actor(agency, Role.OFFICER);
        for (int i = 0; i < 25; i++) {
            ledger.record(new AuditActor(UUID.randomUUID(), i % 2 == 0 ? "Trần Thị Bình" : "Lê Văn Cường", agency, "10.0.0.9"),
                    AuditRecord.change(prefix + (i < 20 ? "update" : "create"), "agency", "T-" + i,
                            Map.of("name", "Sở cũ " + i), Map.of("name", "Sở mới " + i)));
        }
        ledger.record(new AuditActor(UUID.randomUUID(), "Người ngoài", otherAgency, "10.0.0.10"),
                AuditRecord.of(prefix + "update", "agency", "T-other"));
        otherAgencyEntry = jdbc.sql("SELECT id FROM audit_entry WHERE action = ? AND agency_id = ?")
                .params(prefix + "update", otherAgency).query(Long.class).single();
    }

    @Test
    void auditorBrowsesOwnAgencyWithFiltersAndPaging() throws Exception {
        mvc.perform(get("/audit").param("action", prefix).param("size", "10").param("page", "2").with(TestActors.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("T-4<")))
                .andExpect(content().string(not(containsString("T-other"))))
                .andExpect(content().string(containsString("Trang 3 / 3")));
        mvc.perform(get("/api/v1/audit/entries").param("action", prefix).param("size", "10").param("page", "2")
                        .with(TestActors.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(25))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[0].targetId").value("T-4"));
        mvc.perform(get("/api/v1/audit/entries").param("action", prefix + "create").param("actor", "bình")
                        .with(TestActors.as(auditor)))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].actorName").value("Trần Thị Bình"));
        mvc.perform(get("/api/v1/audit/entries").param("targetType", "agency").param("targetId", "T-7")
                        .param("from", "2000-01-01").with(TestActors.as(auditor)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/audit/entries").param("action", prefix).param("to", "2000-01-01").with(TestActors.as(auditor)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void systemAuditorSeesEveryAgencyAndFiltersByAgency() throws Exception {
        Actor sysAuditor = actor(UUID.randomUUID(), Role.AUDITOR, Role.SYSTEM_ADMIN);
        mvc.perform(get("/api/v1/audit/entries").param("action", prefix).with(TestActors.as(sysAuditor)))
                .andExpect(jsonPath("$.total").value(26));
        mvc.perform(get("/api/v1/audit/entries").param("action", prefix).param("agency", otherAgency.toString())
                        .with(TestActors.as(sysAuditor)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/audit/entries/{id}", otherAgencyEntry).with(TestActors.as(sysAuditor))).andExpect(status().isOk());
    }

    @Test
    void detailShowsEveryFieldBeforeAfterAndHashes() throws Exception {
        LedgerEntry e = firstOfMine();
        mvc.perform(get("/audit/entries/{id}", e.id()).with(TestActors.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở cũ")))
                .andExpect(content().string(containsString("Sở mới")))
                .andExpect(content().string(containsString(e.entryHash())))
                .andExpect(content().string(containsString(e.prevHash())))
                .andExpect(content().string(containsString("10.0.0.9")))
                .andExpect(content().string(containsString("Mã băm khớp")));
        mvc.perform(get("/api/v1/audit/entries/{id}", e.id()).with(TestActors.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entryHash").value(e.entryHash()))
                .andExpect(jsonPath("$.afterState").value(e.afterState()));
        assertThat(e.hashMatches()).isTrue();
    }

    @Test
    void anEntryOfAnotherAgencyIsRefusedAndAMissingOneIsNotFound() throws Exception {
        mvc.perform(get("/audit/entries/{id}", otherAgencyEntry).with(TestActors.as(auditor))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries/{id}", otherAgencyEntry).with(TestActors.as(auditor)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries/{id}", Long.MAX_VALUE).with(TestActors.as(auditor)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/audit/entries/{id}", Long.MAX_VALUE).with(TestActors.as(auditor))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audit/entries").param("agency", otherAgency.toString()).with(TestActors.as(auditor)))
                .andExpect(status().isForbidden());
    }

    @Test
    void badFiltersAreBadRequestsOnTheApiAndMessagesBesideTheFieldOnTheScreen() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("from", "2026-02-01").param("to", "2026-01-01").with(TestActors.as(auditor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("audit.filter.toBeforeFrom"))
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/audit/entries").param("from", "01/02/2026").with(TestActors.as(auditor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("audit.filter.badDate"));
        mvc.perform(get("/api/v1/audit/entries.csv").param("from", "yesterday").with(TestActors.as(auditor)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit/entries").param("page", "x").with(TestActors.as(auditor)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/audit").param("from", "31/12/2026").param("actor", "Bình").with(TestActors.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không hợp lệ")))
                .andExpect(content().string(containsString("value=\"31/12/2026\"")))
                .andExpect(content().string(containsString("value=\"Bình\"")))
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void csvExportHasABomTheFilteredRowsAndIsItselfRecorded() throws Exception {
        byte[] body = mvc.perform(get("/audit/export.csv").param("action", prefix + "create").with(TestActors.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines.get(0)).startsWith("Số bản ghi,Thời điểm,Người thực hiện");
        assertThat(csv).contains("T-20", "T-24", "Sở mới 24").doesNotContain("T-19", "T-other");
        Map<String, Object> recorded = jdbc.sql("SELECT after_state FROM audit_entry WHERE action = 'audit.export' AND after_state LIKE ?")
                .param("%" + prefix + "create%").query().singleRow();
        assertThat((String) recorded.get("after_state")).contains("\"rows\":5").contains("\"actionPrefix\":\"" + prefix + "create\"");

        String api = mvc.perform(get("/api/v1/audit/entries.csv").param("action", prefix).param("actor", "Cường")
                        .param("lang", "en").with(TestActors.as(auditor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.lines().toList()).hasSize(1 + 12);
        assertThat(api).contains("Entry number,Time,Actor");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'audit.export' AND after_state LIKE ?")
                .param("%Cường%").query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void verificationRunsOnDemandShowsTheResultAndIsKeptAndRecorded() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM audit_verification").query(Long.class).single();
        mvc.perform(post("/audit/verifications").with(csrf()).with(TestActors.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chuỗi nguyên vẹn")))
                .andExpect(content().string(containsString("Theo yêu cầu")));
        mvc.perform(post("/api/v1/audit/verifications").with(csrf()).with(TestActors.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.chains").value(ChainedAuditLedger.CHAINS))
                .andExpect(jsonPath("$.trigger").value("ON_DEMAND"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_verification").query(Long.class).single()).isEqualTo(before + 2);
        long verificationId = jdbc.sql("SELECT max(id) FROM audit_verification").query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'audit.verify' AND target_id = ?")
                .param(String.valueOf(verificationId)).query(Long.class).single()).isEqualTo(1L);
        mvc.perform(get("/api/v1/audit/verifications").param("size", "1").with(TestActors.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(verificationId))
                .andExpect(jsonPath("$.total").value(before + 2));
        mvc.perform(get("/audit/verifications").with(TestActors.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyên vẹn")));
    }

    @Test
    void aBrokenChainIsShownLoudlyWithItsFirstBrokenEntry() {
        long victim = firstOfMine().id();
        // Tamper and verify inside one transaction that is rolled back (MockMvc runs on this thread and joins it).
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("DROP TRIGGER audit_entry_append_only ON audit_entry").update();
            jdbc.sql("UPDATE audit_entry SET target_id = 'forged' WHERE id = ?").param(victim).update();
            try {
                mvc.perform(post("/audit/verifications").with(csrf()).with(TestActors.as(auditor)))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("CHUỖI BỊ PHÁ VỠ tại bản ghi số " + victim)))
                        .andExpect(content().string(containsString("Nội dung đã bị sửa")))
                        .andExpect(content().string(containsString("alert-danger")));
                mvc.perform(post("/api/v1/audit/verifications").with(csrf()).with(TestActors.as(auditor)))
                        .andExpect(jsonPath("$.intact").value(false))
                        .andExpect(jsonPath("$.brokenEntryId").value(victim))
                        .andExpect(jsonPath("$.reason").value("EDITED"));
                mvc.perform(get("/audit/entries/{id}", victim).with(TestActors.as(auditor)))
                        .andExpect(content().string(containsString("KHÔNG khớp")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(jdbc.sql("SELECT target_id FROM audit_entry WHERE id = ?").param(victim).query(String.class).single())
                .isNotEqualTo("forged");
    }

    @Test
    void scheduledVerificationRunsOnOneNodeOnly() throws Exception {
        assertThat(scheduled.runIfFirst()).hasValueSatisfying(v -> {
            assertThat(v.trigger()).isEqualTo(Verification.Trigger.SCHEDULE);
            assertThat(v.runBy()).isEqualTo("system");
            assertThat(v.intact()).isTrue();
        });
        // Another node (here: another connection) holds the lock: this one skips.
        try (Connection other = dataSource.getConnection(); Statement st = other.createStatement()) {
            st.execute("SELECT pg_advisory_lock(" + ScheduledVerification.LOCK_KEY + ")");
            try {
                assertThat(scheduled.runIfFirst()).isEmpty();
            } finally {
                st.execute("SELECT pg_advisory_unlock(" + ScheduledVerification.LOCK_KEY + ")");
            }
        }
    }

    @Test
    void officersAreRefusedEverywhere() throws Exception {
        mvc.perform(get("/audit").with(TestActors.as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export.csv").with(TestActors.as(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verifications").with(csrf()).with(TestActors.as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries").with(TestActors.as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries.csv").with(TestActors.as(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/audit/verifications").with(csrf()).with(TestActors.as(officer))).andExpect(status().isForbidden());
    }

    @Test
    void dashboardFiguresOnlyForLedgerReaders() {
        TestActors.runAs(auditor, () -> {
            List<DashboardFigure> figures = dashboard.figures();
            assertThat(figures).extracting(DashboardFigure::messageKey).contains("audit.dashboard.entriesToday");
            assertThat(figures.get(0).value()).isGreaterThanOrEqualTo(25);
        });
        TestActors.runAs(officer, () -> assertThat(dashboard.figures()).isEmpty());
        assertThat(dashboard.figures()).as("nobody signed in").isEmpty();
    }

    private LedgerEntry firstOfMine() {
        return jdbc.sql("SELECT * FROM audit_entry WHERE action = ? AND agency_id = ? ORDER BY id LIMIT 1")
                .params(prefix + "update", agency).query((rs, i) -> LedgerCheck.entry(rs)).single();
    }

    static Actor actor(UUID agency, Role... roles) {
        return new Actor(UUID.randomUUID(), "test-" + UUID.randomUUID(), UUID.randomUUID(), "Kiểm toán viên", agency,
                "Cơ quan thử", null, Classification.UNCLASSIFIED, EnumSet.copyOf(List.of(roles)), Set.of(agency), null, Set.of());
    }
}
