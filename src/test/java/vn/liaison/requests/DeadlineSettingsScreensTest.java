package vn.liaison.requests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.requests.DeadlineRule.Unit;
import vn.liaison.requests.DeadlineSettings.Holiday;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.Actor;

/**
 * The calendar and deadline screens: everyone of an agency reads them, unconfirmed days are flagged, only the
 * platform administrator sees and uses the forms, which keep the input and show errors beside the field.
 * Days are in May 2099 and removed afterwards.
 */
@LiaisonTest
class DeadlineSettingsScreensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DeadlineSettings settings;

    @Autowired
    JdbcClient jdbc;

    Actor sysadmin;
    Actor officer;

    @BeforeEach
    void people() {
        RequestActors p = new RequestActors(accounts);
        sysadmin = p.demo("sysadmin");
        officer = p.demo("officer.ca-hgg");
        clean();
    }

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM request_holiday WHERE day BETWEEN '2099-05-01' AND '2099-05-31'").update();
        settings.invalidate();
    }

    @Test
    void everyoneReadsTheCalendarWithUnconfirmedDaysFlaggedButOnlyTheAdministratorGetsTheForms() throws Exception {
        String asOfficer = page(get("/requests/settings/holidays").param("year", "2026"), officer, 200);
        assertThat(asOfficer).contains("data-testid=\"day-2026-01-01\"").contains("data-testid=\"unconfirmed\"")
                .contains("data-testid=\"unconfirmed-warning\"").contains("Chưa xác nhận")
                .doesNotContain("data-testid=\"add-day\"").doesNotContain("/requests/settings/holidays/2026-01-02/confirm");
        String asAdmin = page(get("/requests/settings/holidays").param("year", "2026"), sysadmin, 200);
        assertThat(asAdmin).doesNotContainPattern("id=\"day\"[^>]*readonly").contains("data-testid=\"add-day\"").contains("/requests/settings/holidays/2026-01-02/confirm")
                .contains("<label for=\"day\"");
        String rules = page(get("/requests/settings/deadlines"), officer, 200);
        assertThat(rules).contains("data-testid=\"rule-LOOKUP-EMERGENCY\"").contains("3 giờ")
                .doesNotContain("/requests/settings/deadlines/LOOKUP/EMERGENCY");
        assertThat(page(get("/requests/settings/deadlines"), sysadmin, 200))
                .contains("/requests/settings/deadlines/LOOKUP/EMERGENCY");
        page(get("/requests/settings/deadlines/LOOKUP/EMERGENCY"), officer, 403);
        page(get("/requests/settings/holidays/2026-01-01"), officer, 403);
        mvc.perform(get("/requests/settings/holidays")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theSettingsAreInTheMenuOfThePlatformAdministratorAndLinkedFromTheInbox() throws Exception {
        assertThat(page(get("/agencies"), sysadmin, 200)).contains("href=\"/requests/settings/holidays\"");
        assertThat(page(get("/agencies"), officer, 200)).doesNotContain("href=\"/requests/settings/holidays\"");
        // everyone else finds the deadlines that bind them from the inbox
        assertThat(page(get("/requests"), officer, 200)).contains("data-testid=\"settings-link\"")
                .contains("href=\"/requests/settings/deadlines\"");
    }

    @Test
    void aDayIsAddedWithErrorsBesideTheFieldThenConfirmedEditedAndDeleted() throws Exception {
        // a working Saturday on a Monday: the form comes back with the input and the message beside the kind
        String refused = page(form(post("/requests/settings/holidays"), "2099-05-04", "WORKING_SATURDAY", "Ngày thử nghiệm", "CV 9/VPCP"),
                sysadmin, 422);
        assertThat(refused).contains("value=\"Ngày thử nghiệm\"").contains("value=\"CV 9/VPCP\"").contains("value=\"2099-05-04\"")
                .contains("id=\"kind-error\"").contains("không phải thứ Bảy");
        assertThat(settings.holiday(LocalDate.of(2099, 5, 4))).isEmpty();
        String noName = page(form(post("/requests/settings/holidays"), "2099-05-04", "HOLIDAY", "", ""), sysadmin, 422);
        assertThat(noName).contains("id=\"name-error\"").contains("Cần nhập thông tin này");
        String badDate = page(form(post("/requests/settings/holidays"), "04/05/2099", "HOLIDAY", "Lễ", ""), sysadmin, 422);
        assertThat(badDate).contains("id=\"day-error\"").contains("value=\"04/05/2099\"");

        mvc.perform(form(post("/requests/settings/holidays"), "2099-05-04", "HOLIDAY", "Ngày thử nghiệm", "CV 9/VPCP")
                .with(TestActors.as(sysadmin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/requests/settings/holidays?year=2099"));
        assertThat(settings.holiday(LocalDate.of(2099, 5, 4))).get().extracting(Holiday::confirmed).isEqualTo(false);
        assertThat(settings.calendar().isWorkingDay(LocalDate.of(2099, 5, 4))).as("in effect at once").isFalse();
        String duplicate = page(form(post("/requests/settings/holidays"), "2099-05-04", "HOLIDAY", "Lần hai", ""), sysadmin, 422);
        assertThat(duplicate).contains("id=\"day-error\"").contains("đã có trong lịch");

        // confirmed through htmx: only the year's list comes back, its warning gone with the last unconfirmed day
        String before = page(get("/requests/settings/holidays").param("year", "2099"), sysadmin, 200);
        assertThat(before).contains("data-testid=\"unconfirmed-warning\"");
        String list = page(post("/requests/settings/holidays/2099-05-04/confirm").header("HX-Request", "true"), sysadmin, 200);
        assertThat(list).startsWith("<div id=\"calendar\"").contains("id=\"day-2099-05-04\"").contains("Đã xác nhận")
                .doesNotContain("<html").doesNotContain("data-testid=\"add-day\"");
        String row = list.substring(list.indexOf("id=\"day-2099-05-04\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).doesNotContain("data-testid=\"unconfirmed\"");
        if (settings.holidays(2099).stream().allMatch(Holiday::confirmed)) {
            assertThat(list).doesNotContain("data-testid=\"unconfirmed-warning\"");
        }
        assertThat(settings.holiday(LocalDate.of(2099, 5, 4))).get().extracting(Holiday::confirmed).isEqualTo(true);

        assertThat(page(get("/requests/settings/holidays/2099-05-04"), sysadmin, 200))
                .contains("value=\"Ngày thử nghiệm\"").contains("data-testid=\"edit-day\"")
                .containsPattern("id=\"day\"[^>]*readonly");
        String badEdit = page(form(post("/requests/settings/holidays/2099-05-04"), null, "DAY_OFF", "  ", "x"), sysadmin, 422);
        assertThat(badEdit).contains("id=\"name-error\"").contains("value=\"x\"");
        mvc.perform(form(post("/requests/settings/holidays/2099-05-04"), null, "DAY_OFF", "Nghỉ bù thử", "")
                .with(TestActors.as(sysadmin)).with(csrf())).andExpect(status().is3xxRedirection());
        Optional<Holiday> edited = settings.holiday(LocalDate.of(2099, 5, 4));
        assertThat(edited).get().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(HolidayKind.DAY_OFF);
            assertThat(h.name()).isEqualTo("Nghỉ bù thử");
            assertThat(h.legalReference()).isNull();
            assertThat(h.confirmed()).as("an edit not ticked as confirmed is to be confirmed again").isFalse();
        });

        mvc.perform(post("/requests/settings/holidays/2099-05-04/delete").with(TestActors.as(sysadmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.holiday(LocalDate.of(2099, 5, 4))).isEmpty();
        assertThat(settings.calendar().isWorkingDay(LocalDate.of(2099, 5, 4))).isTrue();
        page(post("/requests/settings/holidays/2099-05-04/delete"), sysadmin, 404);
    }

    @Test
    void aRuleIsEditedWithErrorsBesideTheFieldAndKeepsTheInput() throws Exception {
        String edit = page(get("/requests/settings/deadlines/VERIFICATION/EMERGENCY"), sysadmin, 200);
        assertThat(edit).contains("value=\"3\"").contains("<label for=\"amount\"");
        String notANumber = page(rule("abc", "HOURS", "Điều 25"), sysadmin, 422);
        assertThat(notANumber).contains("value=\"abc\"").contains("value=\"Điều 25\"").contains("id=\"amount-error\"")
                .contains("Cần nhập một số nguyên");
        String tooLarge = page(rule("800", "HOURS", ""), sysadmin, 422);
        assertThat(tooLarge).contains("value=\"800\"").contains("Tối đa 720 giờ");
        page(rule("2", "HOURS", ""), officer, 403);
        assertThat(settings.rule(RequestKind.VERIFICATION, Urgency.EMERGENCY)).isEqualTo(new DeadlineRule(3, Unit.HOURS));
        try {
            mvc.perform(rule("2", "HOURS", "Thử nghiệm").with(TestActors.as(sysadmin)).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/requests/settings/deadlines"));
            assertThat(settings.rule(RequestKind.VERIFICATION, Urgency.EMERGENCY)).isEqualTo(new DeadlineRule(2, Unit.HOURS));
            assertThat(page(get("/requests/settings/deadlines"), officer, 200)).contains("2 giờ").contains("Thử nghiệm");
        } finally {
            mvc.perform(rule("3", "HOURS", "Luật An ninh mạng 116/2025/QH15, Điều 25 khoản 2")
                    .with(TestActors.as(sysadmin)).with(csrf())).andExpect(status().is3xxRedirection());
        }
        assertThat(settings.rule(RequestKind.VERIFICATION, Urgency.EMERGENCY)).isEqualTo(new DeadlineRule(3, Unit.HOURS));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder req, String day, String kind, String name,
            String reference) {
        if (day != null) {
            req.param("day", day);
        }
        return req.param("kind", kind).param("name", name).param("legalReference", reference);
    }

    private static MockHttpServletRequestBuilder rule(String amount, String unit, String reference) {
        return post("/requests/settings/deadlines/VERIFICATION/EMERGENCY").param("amount", amount).param("unit", unit)
                .param("legalReference", reference);
    }

    private String page(MockHttpServletRequestBuilder req, Actor actor, int expected) throws Exception {
        var response = mvc.perform(req.with(TestActors.as(actor)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", req).isEqualTo(expected);
        return response.getContentAsString(UTF_8);
    }
}
