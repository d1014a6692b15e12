package vn.liaison.agreements;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.PersonView;
import vn.liaison.security.Actor;
import vn.liaison.security.AgencyLineage;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** Actors for the demo people (as the sign-in would build them), and the demo ids of agreements and agencies. */
final class DemoPeople {

    private final AgencyDirectory directory;
    private final AgencyLineage lineage;

    DemoPeople(AgencyDirectory directory, AgencyLineage lineage) {
        this.directory = directory;
        this.lineage = lineage;
    }

    static UUID agency(String code) {
        return UUID.nameUUIDFromBytes(("agency:" + code).getBytes(UTF_8));
    }

    static UUID agreement(String key) {
        return UUID.nameUUIDFromBytes(("agreement:" + key).getBytes(UTF_8));
    }

    static UUID unit(String agencyCode, String unitCode) {
        return UUID.nameUUIDFromBytes(("unit:" + agencyCode + "/" + unitCode).getBytes(UTF_8));
    }

    /** The demo person {@code role.code} with the role of the same name. */
    Actor as(String username) {
        String role = username.substring(0, username.indexOf('.')).replaceAll("\\d", "");
        Role r = switch (role) {
            case "officer" -> Role.OFFICER;
            case "leader" -> Role.LEADER;
            case "secretariat" -> Role.SECRETARIAT;
            case "admin" -> Role.AGENCY_ADMIN;
            default -> Role.AUDITOR;
        };
        return as(username, EnumSet.of(r));
    }

    Actor as(String username, Set<Role> roles) {
        UUID personId = UUID.nameUUIDFromBytes(("person:" + username).getBytes(UTF_8));
        PersonView p = directory.person(personId).orElseThrow(() -> new IllegalStateException("no demo person " + username));
        return new Actor(UUID.nameUUIDFromBytes(("account:" + username).getBytes(UTF_8)), username, personId, p.fullName(),
                p.agencyId(), directory.agency(p.agencyId()).orElseThrow().nameVi(), p.unitId(), p.clearance(), roles,
                lineage.actingFor(p.agencyId()), null, Set.of());
    }

    /** A person of an agency with the given clearance (for clearance checks). */
    Actor withClearance(String username, Classification clearance) {
        Actor a = as(username);
        return new Actor(a.accountId(), a.username(), a.personId(), a.displayName(), a.agencyId(), a.agencyName(),
                a.unitId(), clearance, a.roles(), a.actingFor(), null, Set.of());
    }
}
