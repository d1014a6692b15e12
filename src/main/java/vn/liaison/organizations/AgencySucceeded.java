package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.UUID;

/** Published when an agency is merged into, split into or renamed as another: the successor inherits open work. */
public record AgencySucceeded(UUID predecessorId, UUID successorId, SuccessionKind kind, LocalDate effectiveOn) {
}
