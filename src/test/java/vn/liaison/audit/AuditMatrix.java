package vn.liaison.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.liaison.security.Role;
import vn.liaison.securitymatrix.EndpointCase;
import vn.liaison.securitymatrix.MatrixFixtures;
import vn.liaison.securitymatrix.Refusal;
import vn.liaison.securitymatrix.SecurityMatrixContribution;
import vn.liaison.shared.Classification;

/**
 * The security matrix cases of the audit module. Auditors read (and verify, and export) the ledger of their
 * agency; an auditor of another agency is refused an entry of this one; other roles are refused everything.
 */
public class AuditMatrix implements SecurityMatrixContribution {

    private static final String NO_CLEARANCE = "ledger entries carry no classification: an auditor of any clearance "
            + "reads the ledger of their agency (the ledger records actions, never classified content)";

    @Override
    public List<EndpointCase> cases(MatrixFixtures f) {
        UUID agency = UUID.nameUUIDFromBytes("matrix:audit-agency".getBytes());
        long entry = fixtureEntry(f, agency);
        var auditor = f.person(agency, null, Classification.UNCLASSIFIED, Role.AUDITOR);
        var strangerAuditor = f.person(f.strangerAgency(), null, Classification.UNCLASSIFIED, Role.AUDITOR);
        var officer = f.person(agency, null, Classification.TUYET_MAT, Role.OFFICER, Role.LEADER, Role.AGENCY_ADMIN);
        String scoped = "an auditor of another agency is not refused the list: they see only their own agency's entries";
        return List.of(
                EndpointCase.get("/audit", "/audit").allowed(auditor)
                        .notApplicable(Refusal.OTHER_AGENCY, scoped)
                        .notApplicable(Refusal.LOW_CLEARANCE, NO_CLEARANCE)
                        .refused(Refusal.WRONG_ROLE, officer),
                EndpointCase.get("/audit/entries/{id}", "/audit/entries/" + entry).allowed(auditor)
                        .refused(Refusal.OTHER_AGENCY, strangerAuditor)
                        .notApplicable(Refusal.LOW_CLEARANCE, NO_CLEARANCE)
                        .refused(Refusal.WRONG_ROLE, officer),
                EndpointCase.post("/audit/verifications", "/audit/verifications").allowed(auditor)
                        .notApplicable(Refusal.OTHER_AGENCY, "every chain is verified as a whole; the result names no agency's content")
                        .notApplicable(Refusal.LOW_CLEARANCE, NO_CLEARANCE)
                        .refused(Refusal.WRONG_ROLE, officer),
                EndpointCase.get("/audit/verifications", "/audit/verifications").allowed(auditor)
                        .notApplicable(Refusal.OTHER_AGENCY, "verification results concern the whole ledger, not an agency")
                        .notApplicable(Refusal.LOW_CLEARANCE, NO_CLEARANCE)
                        .refused(Refusal.WRONG_ROLE, officer),
                EndpointCase.get("/audit/export.csv", "/audit/export.csv").allowed(auditor)
                        .notApplicable(Refusal.OTHER_AGENCY, scoped)
                        .notApplicable(Refusal.LOW_CLEARANCE, NO_CLEARANCE)
                        .refused(Refusal.WRONG_ROLE, officer),
                EndpointCase.get("/api/v1/audit/entries", "/api/v1/audit/entries").allowed(auditor)
                        .notApplicable(Refusal.OTHER_AGENCY, scoped)
                        .notApplicable(Refusal.LOW_CLEARANCE, NO_CLEARANCE)
                        .refused(Refusal.WRONG_ROLE, officer),
                EndpointCase.get("/api/v1/audit/entries/{id}", "/api/v1/audit/entries/" + entry).allowed(auditor)
                        .refused(Refusal.OTHER_AGENCY, strangerAuditor)
                        .notApplicable(Refusal.LOW_CLEARANCE, NO_CLEARANCE)
                        .refused(Refusal.WRONG_ROLE, officer),
                EndpointCase.post("/api/v1/audit/verifications", "/api/v1/audit/verifications").allowed(auditor)
                        .notApplicable(Refusal.OTHER_AGENCY, "every chain is verified as a whole; the result names no agency's content")
                        .notApplicable(Refusal.LOW_CLEARANCE, NO_CLEARANCE)
                        .refused(Refusal.WRONG_ROLE, officer),
                EndpointCase.get("/api/v1/audit/verifications", "/api/v1/audit/verifications").allowed(auditor)
                        .notApplicable(Refusal.OTHER_AGENCY, "verification results concern the whole ledger, not an agency")
                        .notApplicable(Refusal.LOW_CLEARANCE, NO_CLEARANCE)
                        .refused(Refusal.WRONG_ROLE, officer),
                EndpointCase.get("/api/v1/audit/entries.csv", "/api/v1/audit/entries.csv").allowed(auditor)
                        .notApplicable(Refusal.OTHER_AGENCY, scoped)
                        .notApplicable(Refusal.LOW_CLEARANCE, NO_CLEARANCE)
                        .refused(Refusal.WRONG_ROLE, officer));
    }

    /** An entry of the matrix agency, written once (the cases are built more than once per run). */
    private static long fixtureEntry(MatrixFixtures f, UUID agency) {
        JdbcClient jdbc = f.bean(JdbcClient.class);
        String find = "SELECT id FROM audit_entry WHERE action = 'test.matrix-fixture' AND agency_id = ? ORDER BY id LIMIT 1";
        return jdbc.sql(find).param(agency).query(Long.class).optional().orElseGet(() -> {
            f.bean(AuditLedger.class).record(new AuditActor(null, "Matrix fixture", agency, null),
                    AuditRecord.of("test.matrix-fixture", "test", "matrix"));
            return jdbc.sql(find).param(agency).query(Long.class).single();
        });
    }
}
