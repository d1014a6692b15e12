package vn.liaison.security;

import java.util.Set;
import java.util.UUID;

/**
 * Which agencies an agency acts for: itself and, transitively, every agency it succeeded by merger,
 * split or renaming. Implemented by the organizations module.
 */
public interface AgencyLineage {

    Set<UUID> actingFor(UUID agencyId);
}
