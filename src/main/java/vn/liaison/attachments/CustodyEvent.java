package vn.liaison.attachments;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of an evidence item's chain of custody: who did what, when and why, and the hash checked at that
 * moment against the hash recorded when the item was collected.
 */
public record CustodyEvent(UUID id, UUID attachmentId, UUID contextId, CustodyAction action, UUID actorAccountId,
        String actorName, UUID agencyId, String reason, String handedTo, String expectedSha256, String actualSha256,
        boolean hashMatches, Instant at) {
}
