package vn.liaison.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import vn.liaison.shared.Classification;

/** An account as administrators see it (never its secrets). */
public record AccountView(UUID id, String username, UUID personId, String displayName, UUID agencyId, UUID unitId,
        Classification clearance, Set<Role> roles, boolean enabled, boolean secondFactorEnrolled, Instant lockedUntil,
        Instant lastSignIn) {
}
