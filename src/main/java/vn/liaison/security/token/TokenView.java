package vn.liaison.security.token;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.liaison.security.ApiScope;
import vn.liaison.shared.Classification;

/** A token as its agency's administrator sees it: never the secret, only its first characters. */
public record TokenView(UUID id, UUID agencyId, String name, String prefix, List<ApiScope> scopes,
        Classification clearance, UUID createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt,
        Instant lastUsedAt, TokenStatus status) {
}
