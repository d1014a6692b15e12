package vn.liaison.organizations;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** The screens: search, history as it was, forms that keep their input, who sees people and clearances, accounts. */
@LiaisonTest
class OrganizationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement management;

    final Actor officer = OrgActors.of("CA-AGG", Role.OFFICER);
    final Actor admin = OrgActors.of("CA-AGG", Role.AGENCY_ADMIN);
    final Actor sysadmin = OrgActors.sysadmin();

    @Test
    void directorySearchesWithoutDiacriticsInBothLanguages() throws Exception {
        mvc.perform(get("/agencies").param("q", "cong an an giang").with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("\">Công an tỉnh An Giang</a>"),
                        not(containsString("\">Công an tỉnh Hà Giang</a>")), not(containsString("\">Công an tỉnh Hà Tĩnh</a>")))));
        mvc.perform(get("/agencies").param("q", "so thong tin").param("status", "ALL").param("lang", "en")
                        .with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Agencies"), containsString(">Hà Giang Department of Information and Communications</a>"))));
    }

    @Test
    void aFormerAgencyReadsAsItWasAndLinksToItsSuccessor() throws Exception {
        UUID btttt = DemoOrganizations.agencyId("BTTTT");
        UUID bkhcn = DemoOrganizations.agencyId("BKHCN");
        mvc.perform(get("/agencies/{id}", btttt).with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bộ Thông tin và Truyền thông"), containsString("28/02/2025"),
                        containsString("/agencies/" + bkhcn), containsString("Bộ Khoa học và Công nghệ"),
                        containsString("data-testid=\"former-badge\""))));
        mvc.perform(get("/agencies/{id}", bkhcn).with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/agencies/" + btttt), containsString("01/03/2025"),
                        not(containsString("data-testid=\"former-badge\"")))));
    }

    @Test
    void agencyFormKeepsTheInputAndShowsTheErrorBesideTheField() throws Exception {
        String code = OrgActors.unique("KEEP");
        mvc.perform(post("/agencies").with(TestActors.as(sysadmin)).with(csrf())
                        .param("code", code).param("nameVi", "Cơ quan giữ dữ liệu nhập").param("kind", "OTHER")
                        .param("level", "LOCAL").param("validFrom", "2020-05-01").param("validTo", "2020-04-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + code + "\""),
                        containsString("value=\"Cơ quan giữ dữ liệu nhập\""), containsString("value=\"2020-04-30\""),
                        containsString("id=\"validTo-error\""),
                        containsString("Ngày kết thúc không được trước ngày bắt đầu."))));
        mvc.perform(post("/agencies").with(TestActors.as(sysadmin)).with(csrf())
                        .param("code", code).param("nameVi", "").param("validFrom", "không phải ngày"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + code + "\""),
                        containsString("id=\"nameVi-error\""), containsString("Trường này là bắt buộc."),
                        containsString("Giá trị không đúng định dạng."))));
        mvc.perform(get("/agencies").param("q", code).param("status", "ALL").with(TestActors.as(officer)))
                .andExpect(content().string(not(containsString(code + "<"))));
    }

    @Test
    void successionFormExplainsARefusalBesideTheSuccessors() throws Exception {
        UUID ca = DemoOrganizations.agencyId("CA-AGG");
        mvc.perform(post("/agencies/{id}/successions", ca).with(TestActors.as(sysadmin)).with(csrf())
                        .param("kind", "MERGER").param("effectiveOn", "2026-01-01").param("note", "ghi chú giữ lại"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"successorIds-error\""),
                        containsString("Sáp nhập cần đúng một cơ quan kế thừa"), containsString("giữ lại"))));
        mvc.perform(get("/agencies/{id}", ca).with(TestActors.as(officer)))
                .andExpect(content().string(not(containsString("data-testid=\"former-badge\""))));
    }

    @Test
    void peopleAreShownToTheirOwnAgencyAndClearancesToItsAdministrators() throws Exception {
        UUID ca = DemoOrganizations.agencyId("CA-AGG");
        mvc.perform(get("/agencies/{id}/people", ca).with(TestActors.as(OrgActors.of("CA-LCI", Role.LEADER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agencies/{id}/people", ca).with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("officer.ca-agg@congan-angiang.example.vn"),
                        not(containsString("Mức được tiếp cận bí mật")))));
        mvc.perform(get("/agencies/{id}/people", ca).with(TestActors.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mức được tiếp cận bí mật")));
        UUID person = DemoOrganizations.personId("leader.ca-agg");
        mvc.perform(get("/people/{id}", person).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("data-testid=\"clearance\""))));
        mvc.perform(get("/people/{id}", person).with(TestActors.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("data-testid=\"clearance\""),
                        containsString("Tối mật"))));
    }

    @Test
    void anotherAgencysAdministratorIsRefusedAndTheirOwnKeepsInput() throws Exception {
        UUID ca = DemoOrganizations.agencyId("CA-AGG");
        mvc.perform(post("/agencies/{id}/people", ca).with(TestActors.as(OrgActors.of("CA-LCI", Role.AGENCY_ADMIN))).with(csrf())
                .param("fullName", "Người lạ").param("clearance", "MAT")).andExpect(status().isForbidden());
        mvc.perform(post("/agencies/{id}/people", ca).with(TestActors.as(admin)).with(csrf())
                        .param("fullName", "Vương Thị Giữ").param("email", "không-phải-thư").param("clearance", "MAT"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Vương Thị Giữ\""), containsString("id=\"email-error\""),
                        containsString("Địa chỉ thư điện tử không hợp lệ."))));
    }

    @Test
    void administratorGivesAPersonAnAccountAndSeesThePasswordOnce() throws Exception {
        UUID ca = DemoOrganizations.agencyId("CA-AGG");
        AtomicReference<PersonView> created = new AtomicReference<>();
        TestActors.runAs(admin, () -> created.set(management.createPerson(ca, new PersonData("Kiều Văn Tài Khoản",
                "Cán bộ", DemoOrganizations.unitId("CA-AGG", "PA05"), null, null, Classification.MAT, true))));
        UUID person = created.get().id();
        mvc.perform(get("/people/{id}", person).with(TestActors.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"account\"")));
        mvc.perform(get("/people/{id}", person).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("data-testid=\"account\""))));
        String username = OrgActors.unique("test.acc").toLowerCase();
        mvc.perform(post("/people/{id}/account", person).with(TestActors.as(admin)).with(csrf())
                        .param("username", username).param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"initial-password\"")));
        mvc.perform(get("/people/{id}", person).with(TestActors.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(username), not(containsString("data-testid=\"initial-password\"")))));
        // An agency administrator may not hand out the system administrator role.
        mvc.perform(post("/people/{id}/account/roles", person).with(TestActors.as(admin)).with(csrf())
                        .param("roles", "SYSTEM_ADMIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ quản trị hệ thống mới được cấp vai trò quản trị hệ thống.")));
    }

    @Test
    void homePageShowsTheModulesFigures() throws Exception {
        mvc.perform(get("/").with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cơ quan đang hoạt động"), containsString("Cán bộ của cơ quan tôi"),
                        containsString("href=\"/agencies\""))));
    }
}
