package vn.liaison.agreements;

import java.time.Instant;
import java.util.UUID;

/** A leader's sign-off for one party: who (person id and name) and when. */
public record Approval(UUID agencyId, UUID approverId, String approverName, Instant approvedAt) {
}
