package vn.liaison.web;

import java.util.List;
import java.util.UUID;

import vn.liaison.securitymatrix.EndpointCase;
import vn.liaison.securitymatrix.MatrixFixtures;
import vn.liaison.securitymatrix.Refusal;
import vn.liaison.securitymatrix.SecurityMatrixContribution;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** The security matrix cases of the web module and the sign-in page. */
public class WebMatrix implements SecurityMatrixContribution {

    @Override
    public List<EndpointCase> cases(MatrixFixtures f) {
        UUID agency = f.strangerAgency();
        return List.of(
                EndpointCase.get("/", "/")
                        .allowed(f.person(agency, null, Classification.UNCLASSIFIED, Role.OFFICER))
                        .notApplicable(Refusal.OTHER_AGENCY, "every signed-in person has a home page of their own agency")
                        .notApplicable(Refusal.LOW_CLEARANCE, "the home page shows only counts the person may see")
                        .notApplicable(Refusal.WRONG_ROLE, "every role has a home page"),
                EndpointCase.get("/login", "/login").publicEndpoint());
    }
}
