package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded link between a predecessor and its successor. */
public record SuccessionView(UUID predecessorId, UUID successorId, SuccessionKind kind, LocalDate effectiveOn,
        String note) {
}
