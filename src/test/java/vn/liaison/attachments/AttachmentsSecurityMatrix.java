package vn.liaison.attachments;

import java.util.List;
import java.util.UUID;

import vn.liaison.security.Role;
import vn.liaison.securitymatrix.EndpointCase;
import vn.liaison.securitymatrix.MatrixFixtures;
import vn.liaison.securitymatrix.Refusal;
import vn.liaison.securitymatrix.SecurityMatrixContribution;
import vn.liaison.shared.Classification;

/**
 * The attachments module's endpoints: agencies' public keys, readable by everyone signed in and nobody else;
 * rotation, for the agency's administrators only.
 */
public class AttachmentsSecurityMatrix implements SecurityMatrixContribution {

    private static final String PUBLIC_KEYS = "public keys are public: every signed-in person or token may fetch any "
            + "agency's, so that anyone shown a signed answer can verify it";

    @Override
    public List<EndpointCase> cases(MatrixFixtures fixtures) {
        UUID agency = UUID.nameUUIDFromBytes("matrix:attachments-signer".getBytes());
        SignatureValue sig = fixtures.bean(AgencySignatures.class).sign(agency, "matrix".getBytes());
        // Someone of an agency that has nothing to do with the signer, with the lowest clearance and no role.
        var stranger = fixtures.person(fixtures.strangerAgency(), null, Classification.UNCLASSIFIED);
        var officer = fixtures.person(fixtures.strangerAgency(), null, Classification.UNCLASSIFIED, Role.OFFICER);
        // Rotation changes only this contribution's own agency's key; retired keys stay readable, so the cases
        // above keep passing whatever order the matrix runs in.
        UUID rotating = UUID.nameUUIDFromBytes("matrix:attachments-rotating".getBytes());
        EndpointCase rotate = EndpointCase.post("/api/v1/signing-keys/{agencyId}/rotate",
                        "/api/v1/signing-keys/" + rotating + "/rotate")
                .allowed(fixtures.person(rotating, null, Classification.UNCLASSIFIED, Role.AGENCY_ADMIN))
                .refused(Refusal.OTHER_AGENCY,
                        fixtures.person(fixtures.strangerAgency(), null, Classification.TUYET_MAT, Role.AGENCY_ADMIN))
                .refused(Refusal.WRONG_ROLE,
                        fixtures.person(rotating, null, Classification.TUYET_MAT, Role.OFFICER, Role.LEADER))
                .notApplicable(Refusal.LOW_CLEARANCE, "signing keys are not classified; rotation needs the agency "
                        + "administrator role, whatever the clearance");
        return List.of(
                cases(EndpointCase.get("/api/v1/signing-keys/{agencyId}", "/api/v1/signing-keys/" + agency), stranger),
                cases(EndpointCase.get("/api/v1/signing-keys/{agencyId}/{keyId}",
                        "/api/v1/signing-keys/" + agency + "/" + sig.keyId()), officer),
                rotate);
    }

    private static EndpointCase cases(EndpointCase c, vn.liaison.security.Actor allowed) {
        return c.allowed(allowed)
                .notApplicable(Refusal.OTHER_AGENCY, PUBLIC_KEYS)
                .notApplicable(Refusal.LOW_CLEARANCE, "public keys are not classified")
                .notApplicable(Refusal.WRONG_ROLE, "no role is needed to read a public key");
    }
}
