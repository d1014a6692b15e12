package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.Announcements;
import vn.liaison.LiaisonApplication;
import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.requests.DeadlineRule.Unit;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.Actor;
import vn.liaison.shared.ChangeFeed;

/**
 * The calendar and the deadline rules through the API: read by everyone of an agency, changed only by the
 * platform administrator, refused with problem details, audited, and in effect at once. Days are in April 2099
 * and removed afterwards; a changed rule is restored.
 */
@LiaisonTest
class DeadlineSettingsApiTest {

    private static final String API = "/api/v1/requests/settings";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DeadlineSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ChangeFeed changes;

    Actor sysadmin;
    Actor officer;
    Actor agencyAdmin;

    @BeforeEach
    void people() {
        RequestActors p = new RequestActors(accounts);
        sysadmin = p.demo("sysadmin");
        officer = p.demo("officer.ca-hgg");
        agencyAdmin = p.demo("admin.ca-hgg");
        clean();
    }

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM request_holiday WHERE day BETWEEN '2099-04-01' AND '2099-04-30'").update();
        settings.invalidate();
    }

    @Test
    void everyoneOfAnAgencyReadsAndTheSettingsPathIsNotTakenForARequestId() throws Exception {
        mvc.perform(get(API + "/holidays").param("year", "2026").with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].day").value("2026-01-01"))
                .andExpect(jsonPath("$[?(@.day == '2026-01-02')].confirmed").value(false))
                .andExpect(jsonPath("$[?(@.day == '2026-01-10')].kind").value("WORKING_SATURDAY"));
        mvc.perform(get(API + "/holidays/2026-09-02").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Quốc khánh"))
                .andExpect(jsonPath("$.confirmed").value(true));
        mvc.perform(get(API + "/deadlines").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(RequestKind.values().length * Urgency.values().length)));
        mvc.perform(get(API + "/deadlines/LOOKUP/EMERGENCY").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.amount").value(3)).andExpect(jsonPath("$.unit").value("HOURS"))
                .andExpect(jsonPath("$.legalReference").value("Luật An ninh mạng 116/2025/QH15, Điều 25 khoản 2"));
        // /api/v1/requests/{id} takes a UUID: "settings" must never reach it (that would be a 400 type mismatch)
        mvc.perform(get(API + "/deadlines/evidence/urgent").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("EVIDENCE"));
        mvc.perform(get(API + "/holidays").param("year", "2026")).andExpect(status().isUnauthorized());
    }

    @Test
    void aHolidayAddedThroughTheApiMovesAWorkingDayDeadlineAtOnce() throws Exception {
        // sent on Monday 6 April 2099 at 10:00, five working days: the end of Monday 13 April
        Instant sent = LocalDateTime.of(2099, 4, 6, 10, 0).atZone(LiaisonApplication.ZONE).toInstant();
        DeadlineRule five = new DeadlineRule(5, Unit.WORKING_DAYS);
        assertThat(due(sent, five)).isEqualTo(endOf(LocalDate.of(2099, 4, 13)));

        mvc.perform(post(API + "/holidays").with(TestActors.as(sysadmin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"day":"2099-04-08","kind":"HOLIDAY","name":"Ngày lễ thử","legalReference":"Thử nghiệm"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", API + "/holidays/2099-04-08"))
                .andExpect(jsonPath("$.confirmed").value(false));
        assertThat(due(sent, five)).as("one working day fewer: a day later").isEqualTo(endOf(LocalDate.of(2099, 4, 14)));

        // a working Saturday given back makes up for it
        mvc.perform(put(API + "/holidays/2099-04-11").with(TestActors.as(sysadmin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind":"WORKING_SATURDAY","name":"Làm bù thử","confirmed":true}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.confirmed").value(true));
        assertThat(due(sent, five)).isEqualTo(endOf(LocalDate.of(2099, 4, 13)));

        mvc.perform(delete(API + "/holidays/2099-04-11").with(TestActors.as(sysadmin)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(due(sent, five)).isEqualTo(endOf(LocalDate.of(2099, 4, 14)));

        Map<String, Object> created = audit("requests.holiday.create", "2099-04-08");
        assertThat(created.get("before_state")).isNull();
        assertThat((String) created.get("after_state")).contains("Ngày lễ thử").contains("HOLIDAY");
        assertThat(created.get("actor_name")).isNotNull();
        Map<String, Object> deleted = audit("requests.holiday.delete", "2099-04-11");
        assertThat((String) deleted.get("before_state")).contains("WORKING_SATURDAY");
        assertThat(deleted.get("after_state")).isNull();
    }

    @Test
    void aReplacedDayAndAConfirmationAreRecordedWithBeforeAndAfter() throws Exception {
        putDay("2099-04-06", """
                {"kind":"DAY_OFF","name":"Nghỉ bù thử"}""").andExpect(status().isCreated());
        putDay("2099-04-06", """
                {"day":"2099-04-06","kind":"HOLIDAY","name":"Ngày lễ đổi tên","legalReference":" CV 1/VPCP "}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.legalReference").value("CV 1/VPCP"));
        Map<String, Object> updated = audit("requests.holiday.update", "2099-04-06");
        assertThat((String) updated.get("before_state")).contains("Nghỉ bù thử").contains("DAY_OFF");
        assertThat((String) updated.get("after_state")).contains("Ngày lễ đổi tên").contains("HOLIDAY");
        mvc.perform(get(API + "/holidays").param("year", "2099").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.day == '2099-04-06')].name").value("Ngày lễ đổi tên"));
    }

    @Test
    void badInputIsRefusedWithProblemDetails() throws Exception {
        postDay("""
                {"day":"2099-04-08","kind":"HOLIDAY","name":"Lễ"}""").andExpect(status().isCreated());
        postDay("""
                {"day":"2099-04-08","kind":"DAY_OFF","name":"Lần hai"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("requests.settings.error.dayExists"))
                .andExpect(jsonPath("$.errors[0].field").value("day"));
        postDay("""
                {"day":"2099-04-06","kind":"WORKING_SATURDAY","name":"Không phải thứ Bảy"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("requests.settings.error.notSaturday"))
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        postDay("""
                {"day":"2099-04-06","kind":"FEAST","name":"Loại lạ"}""").andExpect(status().isBadRequest());
        postDay("""
                {"day":"2099-04-06","kind":"HOLIDAY"}""")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("name"));
        putDay("2099-04-07", """
                {"day":"2099-04-06","kind":"HOLIDAY","name":"Lệch ngày"}""")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("day"));
        mvc.perform(get(API + "/holidays/2099-13-01").with(TestActors.as(officer))).andExpect(status().isBadRequest());
        mvc.perform(get(API + "/holidays/2099-04-09").with(TestActors.as(officer))).andExpect(status().isNotFound());
        mvc.perform(get(API + "/holidays").param("year", "1990").with(TestActors.as(officer)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(delete(API + "/holidays/2099-04-09").with(TestActors.as(sysadmin)).with(csrf()))
                .andExpect(status().isNotFound());

        putRule("LOOKUP/NORMAL", """
                {"amount":0,"unit":"HOURS"}""").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("requests.settings.error.amountPositive"));
        putRule("LOOKUP/NORMAL", """
                {"amount":721,"unit":"HOURS"}""").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("requests.settings.error.amountTooLarge.HOURS"));
        putRule("LOOKUP/NORMAL", """
                {"amount":251,"unit":"WORKING_DAYS"}""").andExpect(status().isUnprocessableContent());
        putRule("LOOKUP/NORMAL", """
                {"amount":2,"unit":"WEEKS"}""").andExpect(status().isBadRequest());
        putRule("PARKING/NORMAL", """
                {"amount":2,"unit":"DAYS"}""").andExpect(status().isNotFound());
        putRule("LOOKUP/SLOW", """
                {"amount":2,"unit":"DAYS"}""").andExpect(status().isNotFound());
        mvc.perform(get(API + "/deadlines/PARKING/NORMAL").with(TestActors.as(officer))).andExpect(status().isNotFound());
        assertThat(settings.rule(RequestKind.LOOKUP, Urgency.NORMAL)).as("nothing changed")
                .isEqualTo(new DeadlineRule(24, Unit.HOURS));
    }

    @Test
    void onlyThePlatformAdministratorChanges() throws Exception {
        for (Actor someone : new Actor[] {officer, agencyAdmin, new RequestActors(accounts).demo("leader.ca-hgg")}) {
            mvc.perform(post(API + "/holidays").with(TestActors.as(someone)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"day":"2099-04-08","kind":"HOLIDAY","name":"Lễ"}""")).andExpect(status().isForbidden());
            mvc.perform(put(API + "/deadlines/EVIDENCE/URGENT").with(TestActors.as(someone)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"amount":1,"unit":"HOURS"}""")).andExpect(status().isForbidden());
        }
        mvc.perform(put(API + "/deadlines/EVIDENCE/URGENT").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"amount":1,"unit":"HOURS"}""")).andExpect(status().isUnauthorized());
        mvc.perform(get(API + "/holidays/2099-04-08").with(TestActors.as(officer))).andExpect(status().isNotFound());
        assertThat(settings.rule(RequestKind.EVIDENCE, Urgency.URGENT)).isEqualTo(new DeadlineRule(5, Unit.WORKING_DAYS));
    }

    @Test
    void aChangedRuleAppliesAtOnceAndIsAudited() throws Exception {
        RequestKind kind = RequestKind.FORENSIC_ASSESSMENT;
        assertThat(settings.rule(kind, Urgency.URGENT)).isEqualTo(new DeadlineRule(5, Unit.WORKING_DAYS));
        try {
            putRule("FORENSIC_ASSESSMENT/URGENT", """
                    {"amount":3,"unit":"DAYS","legalReference":"Quyết định thử 1/QĐ"}""")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.amount").value(3))
                    .andExpect(jsonPath("$.configured").value(true));
            assertThat(settings.rule(kind, Urgency.URGENT)).isEqualTo(new DeadlineRule(3, Unit.DAYS));
            mvc.perform(get(API + "/deadlines/FORENSIC_ASSESSMENT/URGENT").with(TestActors.as(officer)))
                    .andExpect(jsonPath("$.legalReference").value("Quyết định thử 1/QĐ"));
            Map<String, Object> entry = audit("requests.deadlineRule.update", "FORENSIC_ASSESSMENT/URGENT");
            assertThat((String) entry.get("before_state")).contains("WORKING_DAYS");
            assertThat((String) entry.get("after_state")).contains("DAYS").contains("Quyết định thử 1/QĐ");
        } finally {
            putRule("FORENSIC_ASSESSMENT/URGENT", """
                    {"amount":5,"unit":"WORKING_DAYS"}""").andExpect(status().isOk());
        }
        assertThat(settings.rule(kind, Urgency.URGENT)).isEqualTo(new DeadlineRule(5, Unit.WORKING_DAYS));
    }

    @Test
    void theRuleIsServedFromTheCacheUntilAChangeInvalidatesIt() {
        Announcements.undisturbed(changes, jdbc, DeadlineSettings.CHANGES, () -> {
            settings.rule(RequestKind.EVIDENCE, Urgency.EMERGENCY);
            try {
                hiddenEvidenceEmergencyAmount(2);
                assertThat(settings.rule(RequestKind.EVIDENCE, Urgency.EMERGENCY)).as("no database read on the hot path")
                        .isEqualTo(new DeadlineRule(5, Unit.WORKING_DAYS));
                settings.invalidate();
                assertThat(settings.rule(RequestKind.EVIDENCE, Urgency.EMERGENCY))
                        .isEqualTo(new DeadlineRule(2, Unit.WORKING_DAYS));
            } finally {
                hiddenEvidenceEmergencyAmount(5);
                settings.invalidate();
            }
        });
        // announced as well, so that no cache anywhere keeps what it may have read meanwhile
        jdbc.sql("UPDATE request_deadline_rule SET amount = 5 WHERE kind = 'EVIDENCE' AND urgency = 'EMERGENCY'").update();
    }

    /** Written behind the caches' back: with the change announcement switched off, nobody hears of it. */
    private void hiddenEvidenceEmergencyAmount(int amount) {
        Announcements.unannounced(transactions, jdbc, "request_deadline_rule", () -> jdbc
                .sql("UPDATE request_deadline_rule SET amount = ? WHERE kind = 'EVIDENCE' AND urgency = 'EMERGENCY'")
                .param(amount).update());
    }

    private Instant due(Instant sent, DeadlineRule rule) {
        return Deadlines.due(sent, rule, settings.calendar(), LiaisonApplication.ZONE);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(LiaisonApplication.ZONE).toInstant();
    }

    private ResultActions postDay(String json) throws Exception {
        return mvc.perform(post(API + "/holidays").with(TestActors.as(sysadmin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions putDay(String day, String json) throws Exception {
        return mvc.perform(put(API + "/holidays/" + day).with(TestActors.as(sysadmin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions putRule(String path, String json) throws Exception {
        return mvc.perform(put(API + "/deadlines/" + path).with(TestActors.as(sysadmin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private Map<String, Object> audit(String action, String target) {
        return jdbc.sql("SELECT actor_name, before_state, after_state FROM audit_entry WHERE action = ? AND target_id = ? "
                + "ORDER BY id DESC LIMIT 1").params(action, target).query().singleRow();
    }
}
