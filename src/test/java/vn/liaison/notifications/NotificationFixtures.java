package vn.liaison.notifications;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** People to act as in the notification tests: each test makes its own, so tests never share notifications. */
final class NotificationFixtures {

    static final UUID AGENCY = UUID.nameUUIDFromBytes("agency:CA-AGG".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private NotificationFixtures() {
    }

    static Actor person(UUID personId) {
        return new Actor(UUID.randomUUID(), "notifications-" + personId, personId, "Người thử nghiệm", AGENCY,
                "Công an tỉnh An Giang", null, Classification.UNCLASSIFIED, EnumSet.of(Role.OFFICER), Set.of(AGENCY),
                null, Set.of());
    }

    static Actor newPerson() {
        return person(UUID.randomUUID());
    }
}
