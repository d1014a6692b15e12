package vn.liaison.agreements;

import java.time.Instant;
import java.util.UUID;

/** A record of one item of open work moved from a replaced agreement to its replacement. */
public record WorkMove(UUID fromAgreementId, UUID toAgreementId, String itemType, UUID itemId, UUID fromPlanId,
        UUID toPlanId, Instant movedAt, String movedBy) {
}
