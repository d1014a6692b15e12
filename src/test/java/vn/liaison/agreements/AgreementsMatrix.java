package vn.liaison.agreements;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.securitymatrix.EndpointCase;
import vn.liaison.securitymatrix.MatrixFixtures;
import vn.liaison.securitymatrix.Refusal;
import vn.liaison.securitymatrix.SecurityMatrixContribution;
import vn.liaison.shared.Classification;

/**
 * The security matrix cases of the agreements module. Record endpoints use the ministries' agreement (classified
 * Mật) and its 2025 plan, so the clearance refusal applies; "allowed" calls that would change the demo data are
 * made to fail after the access checks (a conflict, a stale version, a date in the future), which changes nothing.
 */
public class AgreementsMatrix implements SecurityMatrixContribution {

    static UUID id(String s) {
        return UUID.nameUUIDFromBytes(s.getBytes(UTF_8));
    }

    @Override
    public List<EndpointCase> cases(MatrixFixtures f) {
        UUID bca = id("agency:BCA");
        UUID btttt = id("agency:BTTTT");
        UUID bkhcn = id("agency:BKHCN");
        UUID agreement = id("agreement:BCA-BTTTT-2021");
        UUID plan = id("plan:01/QC-BCA-BTTTT/2025");
        UUID task = id("task:" + plan + "/Phối hợp phát hiện, xử lý thông tin xấu độc, sai sự thật trên không gian mạng");
        UUID stranger = f.strangerAgency();

        Actor officer = f.person(bca, null, Classification.MAT, Role.OFFICER);
        Actor leader = f.person(bca, null, Classification.TOI_MAT, Role.LEADER);
        Actor secretariat = f.person(bca, null, Classification.MAT, Role.SECRETARIAT);
        Actor successorLeader = f.person(bkhcn, Set.of(bkhcn, btttt), null, Classification.TOI_MAT, Role.LEADER);
        Actor lowOfficer = f.person(bca, null, Classification.UNCLASSIFIED, Role.OFFICER);
        Actor lowLeader = f.person(bca, null, Classification.UNCLASSIFIED, Role.LEADER);
        Actor lowSecretariat = f.person(bca, null, Classification.UNCLASSIFIED, Role.SECRETARIAT);
        Actor strangerOfficer = f.person(stranger, null, Classification.TOI_MAT, Role.OFFICER);
        Actor strangerLeader = f.person(stranger, null, Classification.TOI_MAT, Role.LEADER);
        Actor strangerSecretariat = f.person(stranger, null, Classification.TOI_MAT, Role.SECRETARIAT);
        Actor sysadmin = f.person(bca, null, Classification.TOI_MAT, Role.SYSTEM_ADMIN);

        String a = "/api/v1/agreements/" + agreement;
        String p = "/api/v1/plans/" + plan;
        String t = "/api/v1/tasks/" + task;
        String terms = """
                {"number":"M/QC","title":"Ma trận","parties":[{"agencyId":"%s"},{"agencyId":"%s"}],"effectiveFrom":"2026-01-15",
                 "effectiveTo":"2025-01-01","contentAreas":["INFORMATION_EXCHANGE"],"rowVersion":987654,"summary":"x"}"""
                .formatted(bca, btttt);
        String taskBody = """
                {"title":"Ma trận","contentArea":"INFORMATION_EXCHANGE","leadAgencyId":"%s","startDate":"2025-05-01",
                 "dueDate":"2025-04-01","rowVersion":987654}""".formatted(bca);
        String agreementForm = "number=M&title=M&parties[0].agencyId=" + bca + "&parties[1].agencyId=" + btttt
                + "&effectiveFrom=2026-01-15&effectiveTo=2025-01-01&contentAreas=INFORMATION_EXCHANGE&rowVersion=987654&summary=x";
        String taskForm = "title=M&contentArea=INFORMATION_EXCHANGE&leadAgencyId=" + bca + "&startDate=2025-05-01&dueDate=2025-04-01";

        List<EndpointCase> c = new ArrayList<>();
        // ---- API: agreements
        c.add(everyone(EndpointCase.get("/api/v1/agreements", "/api/v1/agreements"), officer,
                "the list holds only the caller's own agreements (a stranger gets an empty page)"));
        c.add(EndpointCase.post("/api/v1/agreements", "/api/v1/agreements").json(terms).allowed(secretariat)
                .refused(Refusal.OTHER_AGENCY, strangerSecretariat).refused(Refusal.WRONG_ROLE, officer)
                .notApplicable(Refusal.LOW_CLEARANCE, "a new draft has no level the author must be cleared for"));
        c.add(read(EndpointCase.get("/api/v1/agreements/{id}", a), officer, lowOfficer, strangerOfficer));
        c.add(write(EndpointCase.put("/api/v1/agreements/{id}", a).json(terms), secretariat, lowSecretariat,
                strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/api/v1/agreements/{id}/signature", a + "/signature")
                .json("{\"signingDate\":\"2021-11-24\",\"rowVersion\":987654}"), secretariat, lowSecretariat,
                strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/api/v1/agreements/{id}/signed-text", a + "/signed-text")
                .form("rowVersion=987654"), secretariat, lowSecretariat, strangerSecretariat, officer));
        c.add(read(EndpointCase.get("/api/v1/agreements/{id}/signed-text", a + "/signed-text"), null, lowOfficer,
                strangerOfficer).allowedSkipped("no demo agreement has a signed text (answer would be 404)"));
        c.add(read(EndpointCase.get("/api/v1/agreements/{id}/versions", a + "/versions"), officer, lowOfficer, strangerOfficer));
        c.add(write(EndpointCase.post("/api/v1/agreements/{id}/versions", a + "/versions").json(terms), secretariat,
                lowSecretariat, strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/api/v1/agreements/{id}/termination", a + "/termination")
                .json("{\"terminatedOn\":\"2026-01-01\",\"reason\":\"x\",\"rowVersion\":987654}"), leader, lowLeader,
                strangerLeader, officer));
        c.add(read(EndpointCase.get("/api/v1/agreements/{id}/timeline", a + "/timeline"), officer, lowOfficer, strangerOfficer));
        c.add(read(EndpointCase.get("/api/v1/agreements/{id}/moves", a + "/moves"), officer, lowOfficer, strangerOfficer));
        c.add(read(EndpointCase.get("/api/v1/agreements/{id}/review-host", a + "/review-host?year=2026"), officer,
                lowOfficer, strangerOfficer));
        c.add(read(EndpointCase.get("/api/v1/agreements/{id}/plans", a + "/plans"), officer, lowOfficer, strangerOfficer));
        c.add(read(EndpointCase.get("/api/v1/agreements/{id}/document", a + "/document?format=docx"), officer, lowOfficer,
                strangerOfficer));
        // ---- API: plans
        c.add(write(EndpointCase.post("/api/v1/plans", "/api/v1/plans")
                .json("{\"agreementId\":\"" + agreement + "\",\"year\":2025,\"title\":\"x\"}"), secretariat, lowSecretariat,
                strangerSecretariat, officer));
        c.add(read(EndpointCase.get("/api/v1/plans/{id}", p), officer, lowOfficer, strangerOfficer));
        c.add(read(EndpointCase.get("/api/v1/plans/{id}/tasks", p + "/tasks"), officer, lowOfficer, strangerOfficer));
        c.add(write(EndpointCase.post("/api/v1/plans/{id}/tasks", p + "/tasks").json(taskBody), secretariat,
                lowSecretariat, strangerSecretariat, officer));
        c.add(read(EndpointCase.get("/api/v1/plans/{id}/approvals", p + "/approvals"), officer, lowOfficer, strangerOfficer));
        c.add(write(EndpointCase.post("/api/v1/plans/{id}/approvals", p + "/approvals").json("{}"), successorLeader,
                lowLeader, strangerLeader, officer));
        c.add(write(EndpointCase.post("/api/v1/plans/{id}/submission", p + "/submission"), secretariat, lowSecretariat,
                strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/api/v1/plans/{id}/status", p + "/status").json("{\"status\":\"IN_PROGRESS\"}"),
                leader, lowLeader, strangerLeader, officer));
        c.add(read(EndpointCase.get("/api/v1/plans/{id}/document", p + "/document?format=xlsx"), officer, lowOfficer,
                strangerOfficer));
        // ---- API: tasks
        c.add(everyone(EndpointCase.get("/api/v1/tasks/mine", "/api/v1/tasks/mine"), officer,
                "the list holds only tasks of the caller's own agency"));
        c.add(read(EndpointCase.get("/api/v1/tasks/{id}", t), officer, lowOfficer, strangerOfficer));
        c.add(write(EndpointCase.put("/api/v1/tasks/{id}", t).json(taskBody), secretariat, lowSecretariat,
                strangerSecretariat, officer));
        c.add(write(EndpointCase.delete("/api/v1/tasks/{id}", t), secretariat, lowSecretariat, strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/api/v1/tasks/{id}/approvals", t + "/approvals").json("{}"), leader, lowLeader,
                strangerLeader, secretariat));
        c.add(write(EndpointCase.post("/api/v1/tasks/{id}/cancellation", t + "/cancellation")
                .json("{\"reason\":\"matrix\"}"), null, lowLeader, strangerLeader, secretariat)
                .allowedSkipped("cancelling would close a demo task the other cases use; AgreementsIntegrationTest cancels one"));
        c.add(read(EndpointCase.get("/api/v1/tasks/{id}/progress", t + "/progress"), officer, lowOfficer, strangerOfficer));
        c.add(write(EndpointCase.post("/api/v1/tasks/{id}/progress", t + "/progress")
                .json("{\"reportedOn\":\"2099-01-01\",\"percent\":10,\"note\":\"x\"}"), officer, lowOfficer,
                strangerOfficer, secretariat));
        // ---- API: sectors
        c.add(everyone(EndpointCase.get("/api/v1/sectors", "/api/v1/sectors"), officer, "reference data for everyone"));
        c.add(EndpointCase.post("/api/v1/sectors", "/api/v1/sectors")
                .json("{\"code\":\"PRESS\",\"nameVi\":\"Báo chí\",\"nameEn\":\"Press\"}").allowed(sysadmin)
                .refused(Refusal.WRONG_ROLE, leader)
                .notApplicable(Refusal.OTHER_AGENCY, "reference data of the whole system, no agency")
                .notApplicable(Refusal.LOW_CLEARANCE, "reference data is not classified"));

        // ---- screens: agreements
        String s = "/agreements/" + agreement;
        c.add(everyone(EndpointCase.get("/agreements", "/agreements"), officer,
                "the list shows only the caller's own agreements"));
        c.add(EndpointCase.get("/agreements/new", "/agreements/new").allowed(secretariat)
                .refused(Refusal.WRONG_ROLE, officer)
                .notApplicable(Refusal.OTHER_AGENCY, "an empty form; saving checks that the author's agency is a party")
                .notApplicable(Refusal.LOW_CLEARANCE, "an empty form holds nothing classified"));
        c.add(EndpointCase.post("/agreements", "/agreements").form(agreementForm).allowed(secretariat)
                .refused(Refusal.OTHER_AGENCY, strangerSecretariat).refused(Refusal.WRONG_ROLE, officer)
                .notApplicable(Refusal.LOW_CLEARANCE, "a new draft has no level the author must be cleared for"));
        c.add(read(EndpointCase.get("/agreements/{id}", s), officer, lowOfficer, strangerOfficer));
        c.add(write(EndpointCase.get("/agreements/{id}/edit", s + "/edit"), secretariat, lowSecretariat,
                strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/agreements/{id}/edit", s + "/edit").form(agreementForm), secretariat,
                lowSecretariat, strangerSecretariat, officer));
        c.add(write(EndpointCase.get("/agreements/{id}/amend", s + "/amend"), secretariat, lowSecretariat,
                strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/agreements/{id}/amend", s + "/amend").form(agreementForm), secretariat,
                lowSecretariat, strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/agreements/{id}/sign", s + "/sign").form("signingDate=2021-11-24&rowVersion=987654"),
                secretariat, lowSecretariat, strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/agreements/{id}/terminate", s + "/terminate")
                .form("terminatedOn=2026-01-01&reason=x&rowVersion=987654"), leader, lowLeader, strangerLeader, officer));
        c.add(write(EndpointCase.post("/agreements/{id}/signed-text", s + "/signed-text").form("rowVersion=987654"),
                secretariat, lowSecretariat, strangerSecretariat, officer));
        c.add(read(EndpointCase.get("/agreements/{id}/signed-text", s + "/signed-text"), null, lowOfficer, strangerOfficer)
                .allowedSkipped("no demo agreement has a signed text (answer would be 404)"));
        c.add(read(EndpointCase.get("/agreements/{id}/export", s + "/export?format=pdf"), officer, lowOfficer, strangerOfficer));
        c.add(write(EndpointCase.post("/agreements/{id}/plans", s + "/plans").form("year=2025&title=x"), secretariat,
                lowSecretariat, strangerSecretariat, officer));
        // ---- screens: plans and tasks
        String sp = "/plans/" + plan;
        String st = "/tasks/" + task;
        c.add(read(EndpointCase.get("/plans/{id}", sp), officer, lowOfficer, strangerOfficer));
        c.add(write(EndpointCase.post("/plans/{id}/tasks", sp + "/tasks").form(taskForm), secretariat, lowSecretariat,
                strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/plans/{id}/approve", sp + "/approve").form("rowVersion=987654"), leader, lowLeader,
                strangerLeader, officer));
        c.add(write(EndpointCase.post("/plans/{id}/submit", sp + "/submit"), secretariat, lowSecretariat,
                strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/plans/{id}/start", sp + "/start"), leader, lowLeader, strangerLeader, officer));
        c.add(write(EndpointCase.post("/plans/{id}/close", sp + "/close"), null, lowLeader, strangerLeader, officer)
                .allowedSkipped("closing would end the demo plan other tests read"));
        c.add(read(EndpointCase.get("/plans/{id}/export", sp + "/export?format=docx"), officer, lowOfficer, strangerOfficer));
        c.add(write(EndpointCase.post("/tasks/{id}/approve", st + "/approve"), leader, lowLeader, strangerLeader, secretariat));
        c.add(write(EndpointCase.post("/tasks/{id}/delete", st + "/delete"), secretariat, lowSecretariat,
                strangerSecretariat, officer));
        c.add(write(EndpointCase.post("/tasks/{id}/progress", st + "/progress")
                .form("reportedOn=2099-01-01&percent=10&note=x"), officer, lowOfficer, strangerOfficer, secretariat));
        c.add(read(EndpointCase.get("/tasks/{id}/files/{attachmentId}", st + "/files/" + UUID.randomUUID()), null,
                lowOfficer, strangerOfficer).allowedSkipped("no demo progress report carries a file (answer would be 404)"));
        c.add(everyone(EndpointCase.get("/my-tasks", "/my-tasks"), officer,
                "the list holds only tasks of the caller's own agency"));
        c.add(EndpointCase.get("/sectors", "/sectors").allowed(sysadmin).refused(Refusal.WRONG_ROLE, leader)
                .notApplicable(Refusal.OTHER_AGENCY, "reference data of the whole system, no agency")
                .notApplicable(Refusal.LOW_CLEARANCE, "reference data is not classified"));
        c.add(EndpointCase.post("/sectors", "/sectors").form("code=PRESS&nameVi=B&nameEn=P").allowed(sysadmin)
                .refused(Refusal.WRONG_ROLE, leader)
                .notApplicable(Refusal.OTHER_AGENCY, "reference data of the whole system, no agency")
                .notApplicable(Refusal.LOW_CLEARANCE, "reference data is not classified"));
        return c;
    }

    /** A read of the classified agreement or its plan: any staff of a party, cleared to Mật. */
    private static EndpointCase read(EndpointCase c, Actor allowed, Actor low, Actor other) {
        if (allowed != null) {
            c.allowed(allowed);
        }
        return c.refused(Refusal.OTHER_AGENCY, other).refused(Refusal.LOW_CLEARANCE, low)
                .notApplicable(Refusal.WRONG_ROLE, "every member of a party's staff may read its agreements and plans");
    }

    /** A change: the right role of a party, cleared to the agreement's level. */
    private static EndpointCase write(EndpointCase c, Actor allowed, Actor low, Actor other, Actor wrongRole) {
        if (allowed != null) {
            c.allowed(allowed);
        }
        return c.refused(Refusal.OTHER_AGENCY, other).refused(Refusal.LOW_CLEARANCE, low)
                .refused(Refusal.WRONG_ROLE, wrongRole);
    }

    private static EndpointCase everyone(EndpointCase c, Actor allowed, String why) {
        return c.allowed(allowed).notApplicable(Refusal.OTHER_AGENCY, why)
                .notApplicable(Refusal.LOW_CLEARANCE, "rows above the caller's clearance are left out")
                .notApplicable(Refusal.WRONG_ROLE, "every role may see its own list");
    }
}
