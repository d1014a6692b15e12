package vn.liaison.security.web;

import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.security.ApiScope;
import vn.liaison.security.Role;
import vn.liaison.security.token.ApiTokenService;
import vn.liaison.security.token.CreatedToken;
import vn.liaison.security.token.NewToken;
import vn.liaison.security.token.TokenStatus;
import vn.liaison.security.token.TokenView;
import vn.liaison.shared.Classification;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/** API tokens of the caller's agency, and who the caller is. */
@RestController
@RequestMapping("/api/v1")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "lia_ + base64url(32 bytes)",
        description = "An API token created by an agency administrator (screen API tokens)")
@SecurityRequirement(name = "bearer")
@Tag(name = "Security", description = "API tokens and the calling actor")
class TokenApiController {

    private final AccessPolicy policy;
    private final ApiTokenService tokens;

    TokenApiController(AccessPolicy policy, ApiTokenService tokens) {
        this.policy = policy;
        this.tokens = tokens;
    }

    /** The body of a token request; {@code expiresInDays} defaults to 90 (at most 365), {@code clearance} to unclassified. */
    record TokenRequest(String name, Set<ApiScope> scopes, Integer expiresInDays, Classification clearance) {
    }

    /** Who is calling: a person or a token's client, with what it may do. */
    record Me(String username, String displayName, UUID agencyId, String agencyName, Set<Role> roles,
            Classification clearance, Set<UUID> actingFor, boolean machine, UUID tokenId, Set<ApiScope> scopes) {
    }

    @GetMapping("/me")
    @Operation(summary = "The calling person or token client")
    Me me() {
        Actor a = policy.requireActor();
        return new Me(a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.roles(), a.clearance(),
                a.actingFor(), a.isMachine(), a.tokenId(), a.scopes());
    }

    @GetMapping("/tokens")
    @Operation(summary = "The agency's API tokens (agency administrator), newest first; never their secrets")
    PageResult<TokenView> list(@RequestParam(required = false) TokenStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor a = policy.requireRole(Role.AGENCY_ADMIN, Role.SYSTEM_ADMIN);
        return tokens.list(a, status, PageRequest.of(page, size));
    }

    @PostMapping("/tokens")
    @Operation(summary = "Creates a token for the caller's agency; the secret is in this answer only")
    ResponseEntity<CreatedToken> create(@RequestBody TokenRequest body) {
        Actor a = policy.requireRole(Role.AGENCY_ADMIN);
        CreatedToken created = tokens.create(a, new NewToken(body.name(), body.scopes(), body.expiresInDays(),
                body.clearance()));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revokes a token of the caller's agency")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        Actor a = policy.requireRole(Role.AGENCY_ADMIN, Role.SYSTEM_ADMIN);
        tokens.revoke(a, id);
        return ResponseEntity.noContent().build();
    }
}
