package vn.liaison.attachments;

import java.util.List;
import java.util.UUID;

import vn.liaison.security.Role;
import vn.liaison.securitymatrix.EndpointCase;
import vn.liaison.securitymatrix.MatrixFixtures;
import vn.liaison.securitymatrix.Refusal;
import vn.liaison.securitymatrix.SecurityMatrixContribution;
import vn.liaison.shared.Classification;

/** The attachments module's endpoints: agencies' public keys, readable by everyone signed in and nobody else. */
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
        return List.of(
                cases(EndpointCase.get("/api/v1/signing-keys/{agencyId}", "/api/v1/signing-keys/" + agency), stranger),
                cases(EndpointCase.get("/api/v1/signing-keys/{agencyId}/{keyId}",
                        "/api/v1/signing-keys/" + agency + "/" + sig.keyId()), officer));
    }

    private static EndpointCase cases(EndpointCase c, vn.liaison.security.Actor allowed) {
        return c.allowed(allowed)
                .notApplicable(Refusal.OTHER_AGENCY, PUBLIC_KEYS)
                .notApplicable(Refusal.LOW_CLEARANCE, "public keys are not classified")
                .notApplicable(Refusal.WRONG_ROLE, "no role is needed to read a public key");
    }
}
