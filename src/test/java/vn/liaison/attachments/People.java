package vn.liaison.attachments;

import java.util.Set;
import java.util.UUID;

import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** People to act as in these tests: each of a fresh agency unless one is given, so tests never share keys. */
final class People {

    private People() {
    }

    static Actor officer() {
        return officerOf(UUID.randomUUID());
    }

    static Actor withRoles(UUID agencyId, Role... roles) {
        return new Actor(UUID.randomUUID(), "admin.test", UUID.randomUUID(), "Phạm Văn Dũng", agencyId,
                "Sở Thử nghiệm", null, Classification.MAT, Set.of(roles), Set.of(agencyId), null, Set.of());
    }

    static Actor officerOf(UUID agencyId) {
        return new Actor(UUID.randomUUID(), "officer.test", UUID.randomUUID(), "Trần Thị Bình", agencyId,
                "Công an tỉnh Thử nghiệm", null, Classification.MAT, Set.of(Role.OFFICER), Set.of(agencyId), null, Set.of());
    }
}
