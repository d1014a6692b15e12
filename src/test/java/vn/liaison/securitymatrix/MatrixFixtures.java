package vn.liaison.securitymatrix;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** What a contribution needs to build its cases: the application's beans (to find fixtures) and people to act as. */
public final class MatrixFixtures {

    private final ApplicationContext context;

    MatrixFixtures(ApplicationContext context) {
        this.context = context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * A person of an agency (and unit, may be null) with a clearance and roles. The person exists only for
     * the request: the policy decides from the principal alone, which is what the matrix checks.
     */
    public Actor person(UUID agencyId, UUID unitId, Classification clearance, Role... roles) {
        return new Actor(UUID.randomUUID(), "matrix-" + UUID.randomUUID(), UUID.randomUUID(), "Matrix person", agencyId,
                "Matrix agency", unitId, clearance, roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)),
                Set.of(agencyId), null, Set.of());
    }

    /** The same person, acting for its agency and the agencies it succeeded. */
    public Actor person(UUID agencyId, Set<UUID> actingFor, UUID unitId, Classification clearance, Role... roles) {
        return new Actor(UUID.randomUUID(), "matrix-" + UUID.randomUUID(), UUID.randomUUID(), "Matrix person", agencyId,
                "Matrix agency", unitId, clearance, roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)),
                actingFor, null, Set.of());
    }

    /** An agency that is party to nothing: its people must be refused everything agency-scoped. */
    public UUID strangerAgency() {
        return UUID.nameUUIDFromBytes("matrix:stranger-agency".getBytes());
    }
}
