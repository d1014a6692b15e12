package vn.liaison.organizations;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** People of the demo agencies to act as in tests (the policy decides from the principal alone). */
final class OrgActors {

    private OrgActors() {
    }

    static Actor of(UUID agency, Set<UUID> actingFor, Role first, Role... more) {
        return new Actor(UUID.randomUUID(), "test-" + UUID.randomUUID(), UUID.randomUUID(), "Người kiểm thử", agency,
                "Cơ quan thử", null, Classification.TOI_MAT, EnumSet.of(first, more), actingFor, null, Set.of());
    }

    static Actor of(String code, Role first, Role... more) {
        UUID agency = DemoOrganizations.agencyId(code);
        return of(agency, Set.of(agency), first, more);
    }

    static Actor sysadmin() {
        return of("BCA", Role.SYSTEM_ADMIN, Role.AGENCY_ADMIN, Role.AUDITOR);
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L, 36).toUpperCase();
    }
}
