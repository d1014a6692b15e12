package vn.liaison.organizations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.Actor;
import vn.liaison.security.AgencyLineage;
import vn.liaison.security.Role;

/** The organizations API: diacritic-insensitive search, a merger, and the 400/403/409/422 answers. */
@LiaisonTest
@RecordApplicationEvents
class OrganizationApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyLineage lineage;

    @Autowired
    ApplicationEvents events;

    final Actor officer = OrgActors.of("CA-AGG", Role.OFFICER);
    final Actor sysadmin = OrgActors.sysadmin();

    @Test
    void searchIgnoresDiacriticsAndCase() throws Exception {
        for (String q : new String[] {"cong an an giang", "Công an tỉnh An Giang", "CONG AN  AN GIANG", "ca-agg", "cong an an gi"}) {
            mvc.perform(get("/api/v1/agencies").param("q", q).with(TestActors.as(officer)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].nameVi", hasItem("Công an tỉnh An Giang")))
                    .andExpect(jsonPath("$.items[*].nameVi", not(hasItem("Công an tỉnh Lào Cai"))))
                    .andExpect(jsonPath("$.items[*].nameVi", not(hasItem("Công an tỉnh Hà Giang"))));
        }
        String code = OrgActors.unique("DN");
        mvc.perform(post("/api/v1/agencies").with(TestActors.as(sysadmin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code":"%s","nameVi":"Sở Thông tin và Truyền thông tỉnh Đồng Nai (thử)","kind":"PROVINCIAL_ICT_DEPARTMENT",
                         "level":"PROVINCIAL","validFrom":"2008-04-01"}""".formatted(code)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/agencies").param("q", "so thong tin dong nai").with(TestActors.as(officer)))
                .andExpect(jsonPath("$.items[*].code", hasItem(code)));
        mvc.perform(get("/api/v1/agencies").param("q", "ĐỒNG NAI").with(TestActors.as(officer)))
                .andExpect(jsonPath("$.items[*].code", hasItem(code)));
        // People: "dang khanh" finds the fictional "Đặng Khánh Linh" for staff who may see them.
        mvc.perform(get("/api/v1/people").param("q", "dang khanh").with(TestActors.as(sysadmin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].fullName", hasItem("Đặng Khánh Linh")));
    }

    @Test
    void filtersByStatusActiveOnKindAndParent() throws Exception {
        mvc.perform(get("/api/v1/agencies").param("status", "FORMER").param("size", "200").with(TestActors.as(officer)))
                .andExpect(jsonPath("$.items[*].code", hasItem("BTTTT")))
                .andExpect(jsonPath("$.items[*].code", not(hasItem("BKHCN"))));
        mvc.perform(get("/api/v1/agencies").param("activeOn", "2024-12-31").param("kind", "MINISTRY").with(TestActors.as(officer)))
                .andExpect(jsonPath("$.items[*].code", hasItem("BTTTT")));
        mvc.perform(get("/api/v1/agencies").param("parentId", DemoOrganizations.agencyId("BCA").toString())
                        .param("size", "200").with(TestActors.as(officer)))
                .andExpect(jsonPath("$.items[*].code", hasItem("CA-HGG")))
                .andExpect(jsonPath("$.items[*].code", not(hasItem("STTTT-HGG"))));
        mvc.perform(get("/api/v1/agencies").param("size", "2").param("page", "1").param("status", "ALL").with(TestActors.as(officer)))
                .andExpect(jsonPath("$.page").value(1)).andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void mergerThroughTheApi() throws Exception {
        String a = create(OrgActors.unique("MA"), "Cơ quan sáp nhập qua API");
        String b = create(OrgActors.unique("MB"), "Cơ quan tiếp nhận qua API");
        mvc.perform(post("/api/v1/agencies/{id}/successions", a).with(TestActors.as(sysadmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MERGER\",\"effectiveOn\":\"2025-03-01\",\"successorIds\":[\"" + b + "\"]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].id").value(b));
        mvc.perform(get("/api/v1/agencies/{id}", a).with(TestActors.as(officer)))
                .andExpect(jsonPath("$.validTo").value("2025-02-28")).andExpect(jsonPath("$.successorIds[0]").value(b));
        org.assertj.core.api.Assertions.assertThat(lineage.actingFor(UUID.fromString(b))).contains(UUID.fromString(a));
        org.assertj.core.api.Assertions.assertThat(events.stream(AgencySucceeded.class))
                .anyMatch(e -> e.predecessorId().toString().equals(a) && e.successorId().toString().equals(b));
        // Merging it again, or into itself, is a rule violation (422) naming the field.
        mvc.perform(post("/api/v1/agencies/{id}/successions", b).with(TestActors.as(sysadmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MERGER\",\"effectiveOn\":\"2025-06-01\",\"successorIds\":[\"" + b + "\"]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("successorIds"));
    }

    @Test
    void badInputAnswers400And422AndAStaleVersion409() throws Exception {
        String id = create(OrgActors.unique("BI"), "Cơ quan kiểm tra đầu vào");
        // malformed JSON and missing fields: 400
        mvc.perform(post("/api/v1/agencies").with(TestActors.as(sysadmin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{not json")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/agencies").with(TestActors.as(sysadmin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"\",\"kind\":\"MINISTRY\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("nameVi")));
        mvc.perform(get("/api/v1/agencies").param("kind", "SPACESHIP").with(TestActors.as(officer)))
                .andExpect(status().isBadRequest());
        // end before start: 422 beside validTo
        mvc.perform(put("/api/v1/agencies/{id}", id).with(TestActors.as(sysadmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(change(id, 0, "2010-01-01", "2009-12-31")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("validTo"));
        // a good update bumps the version; sending the old one again is stale: 409
        mvc.perform(put("/api/v1/agencies/{id}", id).with(TestActors.as(sysadmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(change(id, 0, "2010-01-01", null)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.shortName").value("Đã sửa"));
        mvc.perform(put("/api/v1/agencies/{id}", id).with(TestActors.as(sysadmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(change(id, 0, "2010-01-01", null)))
                .andExpect(status().isConflict());
        // a code already used: 409 beside the code
        mvc.perform(post("/api/v1/agencies").with(TestActors.as(sysadmin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"BCA\",\"nameVi\":\"Trùng mã\",\"kind\":\"OTHER\",\"level\":\"LOCAL\",\"validFrom\":\"2020-01-01\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void peopleAreForTheirOwnAgencyAndClearanceForItsAdministrators() throws Exception {
        UUID ca = DemoOrganizations.agencyId("CA-AGG");
        UUID person = DemoOrganizations.personId("officer.ca-agg");
        mvc.perform(get("/api/v1/people/{id}", person).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.clearance").value(nullValue()));
        mvc.perform(get("/api/v1/people/{id}", person).with(TestActors.as(OrgActors.of("CA-AGG", Role.AGENCY_ADMIN))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.clearance").value("MAT"));
        mvc.perform(get("/api/v1/people/{id}", person).with(TestActors.as(OrgActors.of("CA-LCI", Role.LEADER))))
                .andExpect(status().isForbidden());
        // Without an agency filter, only the reader's own agency's people are listed.
        mvc.perform(get("/api/v1/people").param("size", "200").with(TestActors.as(officer)))
                .andExpect(jsonPath("$.items[*].agencyId", not(hasItem(DemoOrganizations.agencyId("CA-LCI").toString()))))
                .andExpect(jsonPath("$.items[*].agencyId", hasItem(ca.toString())));
        // Focal points are everybody's: partners find each other's contacts.
        mvc.perform(get("/api/v1/agencies/{id}/focal-points", ca).with(TestActors.as(OrgActors.of("STTTT-LCI", Role.OFFICER))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].area", hasItem("INFORMATION_EXCHANGE")));
    }

    @Test
    void anAgencyAdministratorManagesOnlyTheirOwnAgencysPeople() throws Exception {
        UUID ca = DemoOrganizations.agencyId("CA-AGG");
        Actor admin = OrgActors.of("CA-AGG", Role.AGENCY_ADMIN);
        String created = mvc.perform(post("/api/v1/people").with(TestActors.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyId\":\"" + ca + "\",\"fullName\":\"Quách Văn Thử\",\"position\":\"Cán bộ\","
                                + "\"clearance\":\"MAT\",\"email\":\"thu.quach@congan-angiang.example.vn\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String update = "{\"version\":0,\"fullName\":\"Quách Văn Thử\",\"position\":\"Phó Trưởng phòng\",\"clearance\":\"TOI_MAT\",\"active\":true}";
        mvc.perform(put("/api/v1/people/{id}", id).with(TestActors.as(OrgActors.of("CA-LCI", Role.AGENCY_ADMIN))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(update)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/people/{id}", id).with(TestActors.as(OrgActors.of("CA-AGG", Role.OFFICER))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(update)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/people/{id}", id).with(TestActors.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk()).andExpect(jsonPath("$.position").value("Phó Trưởng phòng"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/people/{id}", id).with(TestActors.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(update)).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/people").with(TestActors.as(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyId\":\"" + ca + "\",\"fullName\":\"X\",\"clearance\":\"MAT\",\"unitId\":\""
                                + DemoOrganizations.unitId("CA-LCI", "PA05") + "\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("unitId"));
        mvc.perform(get("/api/v1/units").param("agencyId", ca.toString()).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].nameVi", hasItem(containsString("An ninh mạng"))));
    }

    private String create(String code, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/agencies").with(TestActors.as(sysadmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"nameVi\":\"" + name
                                + "\",\"kind\":\"OTHER\",\"level\":\"LOCAL\",\"validFrom\":\"2010-01-01\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String change(String id, long version, String from, String to) throws Exception {
        String current = mvc.perform(get("/api/v1/agencies/{id}", id).with(TestActors.as(officer))).andReturn().getResponse()
                .getContentAsString();
        String code = JsonPath.read(current, "$.code");
        String name = JsonPath.read(current, "$.nameVi");
        return "{\"version\":" + version + ",\"code\":\"" + code + "\",\"nameVi\":\"" + name + "\",\"shortName\":\"Đã sửa\","
                + "\"kind\":\"OTHER\",\"level\":\"LOCAL\",\"validFrom\":\"" + from + "\""
                + (to == null ? "" : ",\"validTo\":\"" + to + "\"") + "}";
    }
}
