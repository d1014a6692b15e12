package vn.liaison.requests;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import vn.liaison.security.AccountManagement;
import vn.liaison.security.AccountView;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** The demo people as actors (from their accounts), and made-up people for refusals. */
final class RequestActors {

    private final AccountManagement accounts;

    RequestActors(AccountManagement accounts) {
        this.accounts = accounts;
    }

    static UUID agency(String code) {
        return UUID.nameUUIDFromBytes(("agency:" + code).getBytes(UTF_8));
    }

    static UUID person(String username) {
        return UUID.nameUUIDFromBytes(("person:" + username).getBytes(UTF_8));
    }

    Actor demo(String username) {
        AccountView a = accounts.accountOfPerson(person(username)).orElseThrow(() -> new IllegalStateException(username));
        return new Actor(a.id(), a.username(), a.personId(), a.displayName(), a.agencyId(), "", a.unitId(), a.clearance(),
                a.roles(), Set.of(a.agencyId()), null, Set.of());
    }

    /** The actor as sign-in makes it: acting for its agency and every agency that agency succeeded. */
    static Actor withLineage(Actor a, Set<UUID> lineage) {
        return new Actor(a.accountId(), a.username(), a.personId(), a.displayName(), a.agencyId(), a.agencyName(),
                a.unitId(), a.clearance(), a.roles(), lineage, a.tokenId(), a.scopes());
    }

    /** The demo person, with another clearance. */
    Actor withClearance(String username, Classification clearance) {
        Actor a = demo(username);
        return new Actor(a.accountId(), a.username(), a.personId(), a.displayName(), a.agencyId(), a.agencyName(),
                a.unitId(), clearance, a.roles(), a.actingFor(), null, Set.of());
    }

    /** A person of an agency with roles and no unit. */
    static Actor stranger(String agencyCode, Classification clearance, Role... roles) {
        return new Actor(UUID.randomUUID(), "x", UUID.randomUUID(), "Người lạ", agency(agencyCode), "", null, clearance,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), Set.of(agency(agencyCode)), null, Set.of());
    }
}
