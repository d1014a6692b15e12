package vn.liaison.requests;

import static vn.liaison.securitymatrix.Refusal.LOW_CLEARANCE;
import static vn.liaison.securitymatrix.Refusal.OTHER_AGENCY;
import static vn.liaison.securitymatrix.Refusal.WRONG_ROLE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import vn.liaison.TestActors;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.securitymatrix.EndpointCase;
import vn.liaison.securitymatrix.MatrixFixtures;
import vn.liaison.securitymatrix.SecurityMatrixContribution;
import vn.liaison.shared.Classification;

/**
 * Every endpoint of the requests module. The fixture is a classified (Mật) lookup from CA-HGG to VNPT-HGG, sent
 * and answered with a file, made here through the service. Changes are sent with a stale generation, so the
 * allowed person passes every access check and gets a 409/412 (nothing changes), while the refused get 403.
 */
public class RequestsMatrix implements SecurityMatrixContribution {

    /** The multipart creation (request part and basis files); MockMvc hands the handler no parts, so it answers 422. */
    private static final String MULTIPART_CREATE = "--matrix\r\nContent-Disposition: form-data; name=\"request\"\r\n"
            + "Content-Type: application/json\r\n\r\n{\"kind\":\"LOOKUP\",\"subject\":\"x\"}\r\n--matrix--\r\n";

    private static <T> T as(Actor actor, Supplier<T> body) {
        AtomicReference<T> out = new AtomicReference<>();
        TestActors.runAs(actor, () -> out.set(body.get()));
        return out.get();
    }

    @Override
    public List<EndpointCase> cases(MatrixFixtures f) {
        RequestActors people = new RequestActors(f.bean(AccountManagement.class));
        RequestService service = f.bean(RequestService.class);
        RequestQueries queries = f.bean(RequestQueries.class);
        Actor senderLeader = people.demo("leader.ca-hgg");
        Actor receiverLeader = people.demo("leader.vnpt-hgg");
        UUID caHgg = RequestActors.agency("CA-HGG");
        UUID vnptHgg = RequestActors.agency("VNPT-HGG");
        try {
            f.bean(vn.liaison.agreements.AgreementDirectory.class);
        } catch (org.springframework.beans.factory.NoSuchBeanDefinitionException absent) {
            return withoutFixture(f, people);
        }
        RequestService.Created c = as(senderLeader, () -> service.create(new NewRequest(RequestKind.LOOKUP, null, vnptHgg,
                null, "Ma trận bảo mật", null, null, Classification.MAT, Urgency.NORMAL, null, "nội bộ", null, null,
                List.of(new IdentifierInput(IdentifierType.PHONE, "0912 777 000", null)), List.of(), List.of(), List.of(), null)));
        as(senderLeader, () -> service.submit(c.id(), null));
        as(senderLeader, () -> service.approve(c.id(), null));
        as(receiverLeader, () -> service.acknowledge(c.id(), null));
        as(receiverLeader, () -> service.answer(c.id(), null, new AnswerCommand(Outcome.DISCLOSED, null, null,
                List.of(new AnswerCommand.TaskAnswer(1, TaskResult.FOUND, "x")), "kết quả",
                List.of(new NewAttachment("kq.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))))));
        UUID id = c.id();
        UUID file = as(senderLeader, () -> queries.view(id)).files().get(0).attachment().id();

        Actor stranger = f.person(RequestActors.agency("CA-AGG"), null, Classification.TOI_MAT, Role.LEADER);
        Actor lowSender = f.person(caHgg, null, Classification.UNCLASSIFIED, Role.LEADER);
        Actor lowReceiver = f.person(vnptHgg, null, Classification.UNCLASSIFIED, Role.LEADER);
        Actor auditor = f.person(caHgg, null, Classification.TOI_MAT, Role.AUDITOR);
        Actor receiverAuditor = f.person(vnptHgg, null, Classification.TOI_MAT, Role.AUDITOR);
        Actor officer = f.person(caHgg, null, Classification.TOI_MAT, Role.OFFICER);
        String base = "/requests/" + id;
        String api = "/api/v1/requests/" + id;
        String stale = "generation=999&reason=x&personId=" + receiverLeader.personId();

        List<EndpointCase> cases = new ArrayList<>();
        // lists: every person has an inbox showing only what they may see
        for (EndpointCase l : List.of(EndpointCase.get("/requests", "/requests"),
                EndpointCase.get("/requests/export.xlsx", "/requests/export.xlsx"),
                EndpointCase.get("/requests/new", "/requests/new"),
                EndpointCase.get("/api/v1/requests", "/api/v1/requests"))) {
            cases.add(l.allowed(senderLeader)
                    .notApplicable(OTHER_AGENCY, "an inbox lists only the caller's agency's requests")
                    .notApplicable(LOW_CLEARANCE, "the list leaves out what the caller is not cleared for")
                    .notApplicable(WRONG_ROLE, "every staff member has an inbox (drafting is checked on creation)"));
        }
        cases.add(EndpointCase.post("/requests/identifiers/preview", "/requests/identifiers/preview")
                .form("pasted=0912345678&pastedType=PHONE").allowed(officer)
                .notApplicable(OTHER_AGENCY, "checks typed text against rules; touches no record")
                .notApplicable(LOW_CLEARANCE, "touches no record")
                .notApplicable(WRONG_ROLE, "touches no record"));
        cases.add(EndpointCase.post("/requests", "/requests").form("kind=LOOKUP&subject=x").allowed(officer)
                .notApplicable(OTHER_AGENCY, "a request is drafted for the caller's own agency")
                .notApplicable(LOW_CLEARANCE, "a classification above the caller's clearance is refused beside the field")
                .refused(WRONG_ROLE, auditor));
        cases.add(EndpointCase.post("/api/v1/requests", "/api/v1/requests")
                .json("{\"kind\":\"LOOKUP\",\"subject\":\"x\"}").allowed(officer)
                .notApplicable(OTHER_AGENCY, "a request is drafted for the caller's own agency")
                .notApplicable(LOW_CLEARANCE, "a classification above the caller's clearance is refused (422)")
                .refused(WRONG_ROLE, auditor));
        cases.add(EndpointCase.post("/api/v1/requests", "/api/v1/requests").multipart(MULTIPART_CREATE).allowed(officer)
                .notApplicable(OTHER_AGENCY, "a request and its basis documents are drafted for the caller's own agency")
                .notApplicable(LOW_CLEARANCE, "a classification above the caller's clearance is refused (422)")
                .refused(WRONG_ROLE, auditor));
        for (EndpointCase s : List.of(EndpointCase.get("/requests/statistics", "/requests/statistics"),
                EndpointCase.get("/api/v1/requests/statistics", "/api/v1/requests/statistics?from=2026-01-01&to=2026-12-31"))) {
            cases.add(s.allowed(senderLeader)
                    .notApplicable(OTHER_AGENCY, "figures count only the caller's agency's requests")
                    .notApplicable(LOW_CLEARANCE, "figures are counts without content")
                    .refused(WRONG_ROLE, officer));
        }
        // one request: read
        for (EndpointCase r : List.of(EndpointCase.get("/requests/{id}", base),
                EndpointCase.get("/requests/{id}/letter.docx", base + "/letter.docx"),
                EndpointCase.get("/requests/{id}/letter.pdf", base + "/letter.pdf"),
                EndpointCase.get("/requests/{id}/files/{attachmentId}", base + "/files/" + file),
                EndpointCase.get("/api/v1/requests/{id}", api))) {
            cases.add(r.allowed(senderLeader).refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowSender)
                    .refused(WRONG_ROLE, auditor));
        }
        cases.add(EndpointCase.post("/requests/{id}/comments", base + "/comments").form("body=x").allowed(senderLeader)
                .refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowSender).refused(WRONG_ROLE, auditor));
        cases.add(EndpointCase.post("/api/v1/requests/{id}/comments", api + "/comments").json("{\"body\":\"x\"}")
                .allowed(senderLeader).refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowSender)
                .refused(WRONG_ROLE, auditor));
        // steps on the page (stale generation: the allowed person gets 409, nothing changes)
        cases.add(EndpointCase.post("/requests/{id}/step/{action}", base + "/step/CLOSE").form(stale).allowed(senderLeader)
                .refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowSender).refused(WRONG_ROLE, auditor));
        cases.add(EndpointCase.post("/requests/{id}/answer", base + "/answer").form(stale + "&outcome=NO_DATA")
                .allowed(receiverLeader).refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowReceiver)
                .refused(WRONG_ROLE, receiverAuditor));
        // steps through the API (no If-Match: the allowed person gets 428 after the access checks)
        for (String step : List.of("submit", "approve", "send-before-approval", "close")) {
            cases.add(EndpointCase.post("/api/v1/requests/{id}/" + step, api + "/" + step).allowed(senderLeader)
                    .refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowSender)
                    .refused(WRONG_ROLE, step.equals("approve") ? officerOf(f, caHgg) : auditor));
        }
        cases.add(EndpointCase.post("/api/v1/requests/{id}/cancel", api + "/cancel").json("{\"reason\":\"x\"}")
                .allowed(senderLeader).refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowSender)
                .refused(WRONG_ROLE, auditor));
        cases.add(EndpointCase.post("/api/v1/requests/{id}/resubmit", api + "/resubmit").json("{\"reason\":\"x\"}")
                .allowed(senderLeader).refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowSender)
                .refused(WRONG_ROLE, auditor));
        cases.add(EndpointCase.post("/api/v1/requests/{id}/acknowledge", api + "/acknowledge").allowed(receiverLeader)
                .refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowReceiver).refused(WRONG_ROLE, receiverAuditor));
        cases.add(EndpointCase.post("/api/v1/requests/{id}/assign", api + "/assign")
                .json("{\"personId\":\"" + receiverLeader.personId() + "\"}").allowed(receiverLeader)
                .refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowReceiver).refused(WRONG_ROLE, receiverAuditor));
        cases.add(EndpointCase.post("/api/v1/requests/{id}/answer", api + "/answer").json("{\"outcome\":\"NO_DATA\"}")
                .allowed(receiverLeader).refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowReceiver)
                .refused(WRONG_ROLE, receiverAuditor));
        cases.add(EndpointCase.post("/api/v1/requests/{id}/return", api + "/return").json("{\"reason\":\"x\"}")
                .allowed(receiverLeader).refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, lowReceiver)
                .refused(WRONG_ROLE, receiverAuditor));
        return cases;
    }

    private static Actor officerOf(MatrixFixtures f, UUID agency) {
        return f.person(agency, null, Classification.TOI_MAT, Role.OFFICER);
    }

    /**
     * Without the agreements module no request can exist: every endpoint is still covered, the refusals are checked
     * against an unknown request (403/404) and the allowed checks are skipped with that reason.
     */
    private static List<EndpointCase> withoutFixture(MatrixFixtures f, RequestActors people) {
        String why = "the agreements module is not in this build, so no request can be created as a fixture";
        UUID id = UUID.randomUUID();
        Actor stranger = f.person(RequestActors.agency("CA-AGG"), null, Classification.TOI_MAT, Role.LEADER);
        Actor low = f.person(RequestActors.agency("CA-HGG"), null, Classification.UNCLASSIFIED, Role.LEADER);
        Actor auditor = f.person(RequestActors.agency("CA-HGG"), null, Classification.TOI_MAT, Role.AUDITOR);
        Actor leader = people.demo("leader.ca-hgg");
        Actor officer = f.person(RequestActors.agency("CA-HGG"), null, Classification.TOI_MAT, Role.OFFICER);
        List<EndpointCase> cases = new ArrayList<>();
        for (EndpointCase l : List.of(EndpointCase.get("/requests", "/requests"),
                EndpointCase.get("/requests/export.xlsx", "/requests/export.xlsx"),
                EndpointCase.get("/requests/new", "/requests/new"),
                EndpointCase.get("/api/v1/requests", "/api/v1/requests"))) {
            cases.add(l.allowed(leader).notApplicable(OTHER_AGENCY, "an inbox lists only the caller's agency's requests")
                    .notApplicable(LOW_CLEARANCE, "the list leaves out what the caller is not cleared for")
                    .notApplicable(WRONG_ROLE, "every staff member has an inbox"));
        }
        cases.add(EndpointCase.post("/requests/identifiers/preview", "/requests/identifiers/preview")
                .form("pasted=0912345678&pastedType=PHONE").allowed(officer)
                .notApplicable(OTHER_AGENCY, "touches no record").notApplicable(LOW_CLEARANCE, "touches no record")
                .notApplicable(WRONG_ROLE, "touches no record"));
        cases.add(EndpointCase.post("/requests", "/requests").form("kind=LOOKUP&subject=x").allowed(officer)
                .notApplicable(OTHER_AGENCY, "drafted for the caller's own agency")
                .notApplicable(LOW_CLEARANCE, "refused beside the field").refused(WRONG_ROLE, auditor));
        cases.add(EndpointCase.post("/api/v1/requests", "/api/v1/requests").json("{\"kind\":\"LOOKUP\",\"subject\":\"x\"}")
                .allowed(officer).notApplicable(OTHER_AGENCY, "drafted for the caller's own agency")
                .notApplicable(LOW_CLEARANCE, "refused (422)").refused(WRONG_ROLE, auditor));
        cases.add(EndpointCase.post("/api/v1/requests", "/api/v1/requests").multipart(MULTIPART_CREATE)
                .allowed(officer).notApplicable(OTHER_AGENCY, "drafted for the caller's own agency")
                .notApplicable(LOW_CLEARANCE, "refused (422)").refused(WRONG_ROLE, auditor));
        for (EndpointCase s : List.of(EndpointCase.get("/requests/statistics", "/requests/statistics"),
                EndpointCase.get("/api/v1/requests/statistics", "/api/v1/requests/statistics?from=2026-01-01&to=2026-12-31"))) {
            cases.add(s.allowed(leader).notApplicable(OTHER_AGENCY, "counts only the caller's agency's requests")
                    .notApplicable(LOW_CLEARANCE, "counts without content").refused(WRONG_ROLE, officer));
        }
        String base = "/requests/" + id;
        String api = "/api/v1/requests/" + id;
        List<EndpointCase> one = new ArrayList<>(List.of(EndpointCase.get("/requests/{id}", base),
                EndpointCase.get("/requests/{id}/letter.docx", base + "/letter.docx"),
                EndpointCase.get("/requests/{id}/letter.pdf", base + "/letter.pdf"),
                EndpointCase.get("/requests/{id}/files/{attachmentId}", base + "/files/" + UUID.randomUUID()),
                EndpointCase.get("/api/v1/requests/{id}", api),
                EndpointCase.post("/requests/{id}/comments", base + "/comments").form("body=x"),
                EndpointCase.post("/api/v1/requests/{id}/comments", api + "/comments").json("{\"body\":\"x\"}"),
                EndpointCase.post("/requests/{id}/step/{action}", base + "/step/CLOSE").form("generation=1"),
                EndpointCase.post("/requests/{id}/answer", base + "/answer").form("generation=1&outcome=NO_DATA"),
                EndpointCase.post("/api/v1/requests/{id}/cancel", api + "/cancel").json("{\"reason\":\"x\"}"),
                EndpointCase.post("/api/v1/requests/{id}/resubmit", api + "/resubmit").json("{\"reason\":\"x\"}"),
                EndpointCase.post("/api/v1/requests/{id}/acknowledge", api + "/acknowledge"),
                EndpointCase.post("/api/v1/requests/{id}/assign", api + "/assign").json("{\"personId\":\"" + UUID.randomUUID() + "\"}"),
                EndpointCase.post("/api/v1/requests/{id}/answer", api + "/answer").json("{\"outcome\":\"NO_DATA\"}"),
                EndpointCase.post("/api/v1/requests/{id}/return", api + "/return").json("{\"reason\":\"x\"}")));
        for (String step : List.of("submit", "approve", "send-before-approval", "close")) {
            one.add(EndpointCase.post("/api/v1/requests/{id}/" + step, api + "/" + step));
        }
        for (EndpointCase c : one) {
            cases.add(c.allowedSkipped(why).refused(OTHER_AGENCY, stranger).refused(LOW_CLEARANCE, low)
                    .refused(WRONG_ROLE, auditor));
        }
        return cases;
    }
}
