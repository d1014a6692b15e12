package vn.liaison.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.securitymatrix.EndpointCase;
import vn.liaison.securitymatrix.MatrixFixtures;
import vn.liaison.securitymatrix.Refusal;
import vn.liaison.securitymatrix.SecurityMatrixContribution;
import vn.liaison.shared.Classification;
import vn.liaison.shared.ContentArea;

/** The security matrix cases of the organizations module's pages and API. */
public class OrganizationsMatrix implements SecurityMatrixContribution {

    private static final String DIRECTORY = "every signed-in person may read the agency directory, units and focal points";
    private static final String UNCLASSIFIED = "agencies, units, people and focal points are not classified records; "
            + "a person's clearance is left out (not refused) for non-administrators, see OrganizationPagesTest";
    private static final String SYSTEM_WIDE = "managing agencies is system-wide: only the role matters (see WRONG_ROLE)";
    private static final String ANY_STAFF = "every staff member of the agency may read its people";

    @Override
    public List<EndpointCase> cases(MatrixFixtures f) {
        UUID ca = DemoOrganizations.agencyId("CA-AGG");
        UUID other = DemoOrganizations.agencyId("CA-LCI");
        UUID unit = DemoOrganizations.unitId("CA-AGG", "PA05");
        UUID person = DemoOrganizations.personId("officer.ca-agg");
        Actor officer = f.person(ca, unit, Classification.MAT, Role.OFFICER);
        Actor admin = f.person(ca, null, Classification.MAT, Role.AGENCY_ADMIN);
        Actor otherAdmin = f.person(other, null, Classification.TOI_MAT, Role.AGENCY_ADMIN);
        Actor otherOfficer = f.person(other, null, Classification.TOI_MAT, Role.OFFICER, Role.LEADER);
        Actor sysadmin = f.person(DemoOrganizations.agencyId("BCA"), null, Classification.TOI_MAT, Role.SYSTEM_ADMIN,
                Role.AGENCY_ADMIN);
        Actor notSysadmin = f.person(ca, null, Classification.TOI_MAT, Role.AGENCY_ADMIN, Role.LEADER);
        String focalBody = f.bean(AgencyDirectory.class).focalPoints(ca).stream()
                .map(fp -> "area_" + fp.area().name() + "=" + fp.personId()).collect(Collectors.joining("&"));
        UUID focalPerson = f.bean(AgencyDirectory.class).focalPoint(ca, ContentArea.INFORMATION_EXCHANGE).orElseThrow().personId();
        String agencyJson = """
                {"code":"MATRIX-X","nameVi":"Cơ quan thử","kind":"OTHER","level":"LOCAL","validFrom":"2020-01-01"}""";
        String agencyChange = """
                {"version":-1,"code":"CA-AGG","nameVi":"Công an tỉnh An Giang","kind":"PROVINCIAL_POLICE","level":"PROVINCIAL","parentId":"%s","validFrom":"1976-02-20"}"""
                .formatted(DemoOrganizations.agencyId("BCA"));
        String selfMerger = """
                {"kind":"MERGER","effectiveOn":"2026-01-01","successorIds":["%s"]}""".formatted(ca);
        String unitCreate = """
                {"agencyId":"%s","nameVi":"Đội thử","kind":"TEAM","parentUnitId":"%s"}""".formatted(ca, UUID.randomUUID());
        String unitChange = """
                {"version":-1,"nameVi":"Phòng thử","kind":"DEPARTMENT","active":true}""";
        String personCreate = """
                {"agencyId":"%s","fullName":"Người thử","clearance":"UNCLASSIFIED","unitId":"%s"}""".formatted(ca, UUID.randomUUID());
        String personChange = """
                {"version":-1,"fullName":"Người thử","clearance":"UNCLASSIFIED","active":true}""";

        List<EndpointCase> cases = new ArrayList<>();
        // ---- pages: directory ----
        cases.add(read(EndpointCase.get("/agencies", "/agencies?q=cong+an"), officer));
        cases.add(read(EndpointCase.get("/agencies/{id}", "/agencies/" + ca), officer));
        // ---- pages: agencies and successions (system administrator) ----
        cases.add(sys(EndpointCase.get("/agencies/new", "/agencies/new"), sysadmin, notSysadmin));
        cases.add(sys(EndpointCase.post("/agencies", "/agencies").form("code=&nameVi="), sysadmin, notSysadmin));
        cases.add(sys(EndpointCase.get("/agencies/{id}/edit", "/agencies/" + ca + "/edit"), sysadmin, notSysadmin));
        cases.add(sys(EndpointCase.post("/agencies/{id}/edit", "/agencies/" + ca + "/edit").form("code=&version=0"),
                sysadmin, notSysadmin));
        cases.add(sys(EndpointCase.get("/agencies/{id}/successions/new", "/agencies/" + ca + "/successions/new"),
                sysadmin, notSysadmin));
        cases.add(sys(EndpointCase.post("/agencies/{id}/successions", "/agencies/" + ca + "/successions").form("note=x"),
                sysadmin, notSysadmin));
        // ---- pages: units, focal points, people (agency administrator) ----
        cases.add(adm(EndpointCase.get("/agencies/{agencyId}/units/new", "/agencies/" + ca + "/units/new"), admin,
                otherAdmin, officer));
        cases.add(adm(EndpointCase.post("/agencies/{agencyId}/units", "/agencies/" + ca + "/units").form("nameVi="),
                admin, otherAdmin, officer));
        cases.add(adm(EndpointCase.get("/agencies/{agencyId}/units/{unitId}/edit",
                "/agencies/" + ca + "/units/" + unit + "/edit"), admin, otherAdmin, officer));
        cases.add(adm(EndpointCase.post("/agencies/{agencyId}/units/{unitId}/edit",
                "/agencies/" + ca + "/units/" + unit + "/edit").form("nameVi=&version=0"), admin, otherAdmin, officer));
        cases.add(adm(EndpointCase.get("/agencies/{agencyId}/focal-points/edit", "/agencies/" + ca + "/focal-points/edit"),
                admin, otherAdmin, officer));
        cases.add(adm(EndpointCase.post("/agencies/{agencyId}/focal-points", "/agencies/" + ca + "/focal-points")
                .form(focalBody), admin, otherAdmin, officer));
        cases.add(EndpointCase.get("/agencies/{agencyId}/people", "/agencies/" + ca + "/people").allowed(officer)
                .refused(Refusal.OTHER_AGENCY, otherOfficer).notApplicable(Refusal.LOW_CLEARANCE, UNCLASSIFIED)
                .notApplicable(Refusal.WRONG_ROLE, ANY_STAFF));
        cases.add(adm(EndpointCase.get("/agencies/{agencyId}/people/new", "/agencies/" + ca + "/people/new"), admin,
                otherAdmin, officer));
        cases.add(adm(EndpointCase.post("/agencies/{agencyId}/people", "/agencies/" + ca + "/people").form("fullName="),
                admin, otherAdmin, officer));
        cases.add(EndpointCase.get("/people/{id}", "/people/" + person).allowed(officer)
                .refused(Refusal.OTHER_AGENCY, otherOfficer).notApplicable(Refusal.LOW_CLEARANCE, UNCLASSIFIED)
                .notApplicable(Refusal.WRONG_ROLE, ANY_STAFF));
        cases.add(adm(EndpointCase.get("/people/{id}/edit", "/people/" + person + "/edit"), admin, otherAdmin, officer));
        cases.add(adm(EndpointCase.post("/people/{id}/edit", "/people/" + person + "/edit").form("fullName=&version=0"),
                admin, otherAdmin, officer));
        cases.add(EndpointCase.post("/people/{id}/move", "/people/" + person + "/move").form("targetAgencyId=" + other)
                .allowedSkipped("moving would change a fixture person; moving after a merger is tested in SuccessionTest")
                .refused(Refusal.OTHER_AGENCY, otherAdmin).refused(Refusal.WRONG_ROLE, otherOfficer)
                .notApplicable(Refusal.LOW_CLEARANCE, UNCLASSIFIED));
        cases.add(adm(EndpointCase.post("/people/{id}/account", "/people/" + person + "/account").form("username=X"),
                admin, otherAdmin, officer));
        cases.add(adm(EndpointCase.post("/people/{id}/account/roles", "/people/" + person + "/account/roles").form(""),
                admin, otherAdmin, officer));
        cases.add(adm(EndpointCase.post("/people/{id}/account/enabled", "/people/" + person + "/account/enabled")
                .form("enabled=true"), null, otherAdmin, officer)
                .allowedSkipped("enabling a demo account changes the security module's fixtures"));
        cases.add(adm(EndpointCase.post("/people/{id}/account/unlock", "/people/" + person + "/account/unlock"), admin,
                otherAdmin, officer));
        cases.add(adm(EndpointCase.post("/people/{id}/account/reset-second-factor",
                "/people/" + person + "/account/reset-second-factor"), null, otherAdmin, officer)
                .allowedSkipped("resetting would make a demo account enrol again"));
        // ---- API ----
        cases.add(read(EndpointCase.get("/api/v1/agencies", "/api/v1/agencies?q=cong%20an"), officer));
        cases.add(sys(EndpointCase.post("/api/v1/agencies", "/api/v1/agencies").json(agencyJson), null, notSysadmin)
                .allowedSkipped("creating changes the shared directory; tested in OrganizationApiTest"));
        cases.add(read(EndpointCase.get("/api/v1/agencies/{id}", "/api/v1/agencies/" + ca), officer));
        cases.add(sys(EndpointCase.put("/api/v1/agencies/{id}", "/api/v1/agencies/" + ca).json(agencyChange), sysadmin,
                notSysadmin));
        cases.add(sys(EndpointCase.post("/api/v1/agencies/{id}/successions", "/api/v1/agencies/" + ca + "/successions")
                .json(selfMerger), sysadmin, notSysadmin));
        cases.add(read(EndpointCase.get("/api/v1/agencies/{id}/focal-points", "/api/v1/agencies/" + ca + "/focal-points"),
                officer));
        cases.add(adm(EndpointCase.put("/api/v1/agencies/{id}/focal-points/{area}",
                "/api/v1/agencies/" + ca + "/focal-points/INFORMATION_EXCHANGE").json("{\"personId\":\"" + focalPerson + "\"}"),
                admin, otherAdmin, officer));
        cases.add(read(EndpointCase.get("/api/v1/units", "/api/v1/units?agencyId=" + ca), officer));
        cases.add(adm(EndpointCase.post("/api/v1/units", "/api/v1/units").json(unitCreate), admin, otherAdmin, officer));
        cases.add(read(EndpointCase.get("/api/v1/units/{id}", "/api/v1/units/" + unit), officer));
        cases.add(adm(EndpointCase.put("/api/v1/units/{id}", "/api/v1/units/" + unit).json(unitChange), admin, otherAdmin,
                officer));
        cases.add(EndpointCase.get("/api/v1/people", "/api/v1/people?agencyId=" + ca).allowed(officer)
                .refused(Refusal.OTHER_AGENCY, otherOfficer).notApplicable(Refusal.LOW_CLEARANCE, UNCLASSIFIED)
                .notApplicable(Refusal.WRONG_ROLE, ANY_STAFF));
        cases.add(adm(EndpointCase.post("/api/v1/people", "/api/v1/people").json(personCreate), admin, otherAdmin, officer));
        cases.add(EndpointCase.get("/api/v1/people/{id}", "/api/v1/people/" + person).allowed(officer)
                .refused(Refusal.OTHER_AGENCY, otherOfficer).notApplicable(Refusal.LOW_CLEARANCE, UNCLASSIFIED)
                .notApplicable(Refusal.WRONG_ROLE, ANY_STAFF));
        cases.add(adm(EndpointCase.put("/api/v1/people/{id}", "/api/v1/people/" + person).json(personChange), admin,
                otherAdmin, officer));
        return cases;
    }

    private static EndpointCase read(EndpointCase c, Actor allowed) {
        return c.allowed(allowed).notApplicable(Refusal.OTHER_AGENCY, DIRECTORY)
                .notApplicable(Refusal.LOW_CLEARANCE, UNCLASSIFIED).notApplicable(Refusal.WRONG_ROLE, DIRECTORY);
    }

    private static EndpointCase sys(EndpointCase c, Actor allowed, Actor wrongRole) {
        if (allowed != null) {
            c.allowed(allowed);
        }
        return c.refused(Refusal.WRONG_ROLE, wrongRole).notApplicable(Refusal.OTHER_AGENCY, SYSTEM_WIDE)
                .notApplicable(Refusal.LOW_CLEARANCE, UNCLASSIFIED);
    }

    private static EndpointCase adm(EndpointCase c, Actor allowed, Actor otherAgencyAdmin, Actor officer) {
        if (allowed != null) {
            c.allowed(allowed);
        }
        return c.refused(Refusal.OTHER_AGENCY, otherAgencyAdmin).refused(Refusal.WRONG_ROLE, officer)
                .notApplicable(Refusal.LOW_CLEARANCE, UNCLASSIFIED);
    }
}
