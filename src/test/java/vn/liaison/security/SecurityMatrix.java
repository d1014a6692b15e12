package vn.liaison.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.liaison.security.token.ApiTokenService;
import vn.liaison.security.token.NewToken;
import vn.liaison.securitymatrix.EndpointCase;
import vn.liaison.securitymatrix.MatrixFixtures;
import vn.liaison.securitymatrix.Refusal;
import vn.liaison.securitymatrix.SecurityMatrixContribution;
import vn.liaison.shared.Classification;

/** The security matrix cases of the security module: sign-in steps, one's own account, API tokens. */
public class SecurityMatrix implements SecurityMatrixContribution {

    private static final String NOT_CLASSIFIED = "tokens and accounts are not classified records; a token's clearance is capped by its creator's";

    @Override
    public List<EndpointCase> cases(MatrixFixtures f) {
        UUID agency = UUID.nameUUIDFromBytes("matrix:security-agency".getBytes());
        UUID other = f.strangerAgency();
        Actor admin = f.person(agency, null, Classification.MAT, Role.AGENCY_ADMIN);
        Actor officer = f.person(agency, null, Classification.MAT, Role.OFFICER);
        Actor otherAdmin = f.person(other, null, Classification.MAT, Role.AGENCY_ADMIN);
        ApiTokenService tokens = f.bean(ApiTokenService.class);
        UUID pageToken = tokens.create(admin, new NewToken("matrix page", Set.of(ApiScope.ORGANIZATIONS_READ), 30, null)).token().id();
        UUID apiToken = tokens.create(admin, new NewToken("matrix api", Set.of(ApiScope.ORGANIZATIONS_READ), 30, null)).token().id();
        String form = "name=matrix&scopes=ORGANIZATIONS_READ&expiresInDays=30&clearance=UNCLASSIFIED";
        String json = "{\"name\":\"matrix\",\"scopes\":[\"ORGANIZATIONS_READ\"],\"expiresInDays\":30}";
        return List.of(
                EndpointCase.get("/login/demo-codes", "/login/demo-codes").publicEndpoint(),
                EndpointCase.get("/login/second-factor", "/login/second-factor").publicEndpoint(),
                EndpointCase.post("/login/second-factor", "/login/second-factor").form("code=123456").publicEndpoint(),
                EndpointCase.get("/login/enrol", "/login/enrol").publicEndpoint(),
                EndpointCase.post("/login/enrol", "/login/enrol").form("code=123456").publicEndpoint(),

                own(EndpointCase.get("/account", "/account").allowed(officer)),
                own(EndpointCase.post("/account/password", "/account/password")
                        .form("currentPassword=x&newPassword=yyyyyyyyyyyyyy&confirmPassword=yyyyyyyyyyyyyy")
                        .allowedSkipped("changes a real account's password: AccountPageTest signs in and changes its own")),
                own(EndpointCase.post("/account/recovery-codes", "/account/recovery-codes")
                        .allowedSkipped("replaces a real account's codes: AccountPageTest does it for its own account")),
                own(EndpointCase.get("/api/v1/me", "/api/v1/me").allowed(officer)),

                agencyOwn(EndpointCase.get("/security/tokens", "/security/tokens").allowed(admin).refused(Refusal.WRONG_ROLE, officer)),
                agencyOwn(EndpointCase.post("/security/tokens", "/security/tokens").form(form).allowed(admin)
                        .refused(Refusal.WRONG_ROLE, officer)),
                EndpointCase.post("/security/tokens/{id}/revoke", "/security/tokens/" + pageToken + "/revoke")
                        .allowed(admin).refused(Refusal.WRONG_ROLE, officer).refused(Refusal.OTHER_AGENCY, otherAdmin)
                        .notApplicable(Refusal.LOW_CLEARANCE, NOT_CLASSIFIED),
                agencyOwn(EndpointCase.get("/api/v1/tokens", "/api/v1/tokens").allowed(admin).refused(Refusal.WRONG_ROLE, officer)),
                agencyOwn(EndpointCase.post("/api/v1/tokens", "/api/v1/tokens").json(json).allowed(admin)
                        .refused(Refusal.WRONG_ROLE, officer)),
                EndpointCase.delete("/api/v1/tokens/{id}", "/api/v1/tokens/" + apiToken)
                        .allowed(admin).refused(Refusal.WRONG_ROLE, officer).refused(Refusal.OTHER_AGENCY, otherAdmin)
                        .notApplicable(Refusal.LOW_CLEARANCE, NOT_CLASSIFIED));
    }

    private static EndpointCase own(EndpointCase c) {
        return c.notApplicable(Refusal.OTHER_AGENCY, "concerns only the signed-in person's own account")
                .notApplicable(Refusal.LOW_CLEARANCE, NOT_CLASSIFIED)
                .notApplicable(Refusal.WRONG_ROLE, "every role has an account of its own");
    }

    private static EndpointCase agencyOwn(EndpointCase c) {
        return c.notApplicable(Refusal.OTHER_AGENCY, "lists and creates only the caller's own agency's tokens")
                .notApplicable(Refusal.LOW_CLEARANCE, NOT_CLASSIFIED);
    }
}
