package vn.liaison.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

import vn.liaison.shared.Classification;

/**
 * The signed-in person (or the machine client behind an API token): the principal of every authentication.
 * {@code actingFor} is the agency itself plus every agency it succeeded, so a successor acts under its
 * predecessors' agreements and open work.
 *
 * @param tokenId   the API token in use, or null for an interactive session
 * @param scopes    the token's scopes (empty for a person: a person is limited by roles only)
 */
public record Actor(UUID accountId, String username, UUID personId, String displayName, UUID agencyId,
        String agencyName, UUID unitId, Classification clearance, Set<Role> roles, Set<UUID> actingFor,
        UUID tokenId, Set<ApiScope> scopes) implements Serializable, AuthenticatedPrincipal {

    public Actor {
        roles = Set.copyOf(roles);
        // The bootstrap system administrator may have no agency yet: it then acts for none.
        actingFor = actingFor == null || actingFor.isEmpty() ? (agencyId == null ? Set.of() : Set.of(agencyId))
                : Set.copyOf(actingFor);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** The name sessions and logs know the principal by. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean isMachine() {
        return tokenId != null;
    }

    /** True when a person, or a token holding the scope. */
    public boolean allows(ApiScope scope) {
        return !isMachine() || scopes.contains(scope);
    }
}
