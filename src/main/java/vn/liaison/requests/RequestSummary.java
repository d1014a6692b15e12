package vn.liaison.requests;

import java.time.Instant;
import java.util.UUID;

import vn.liaison.shared.Classification;

/** A line of the inbox. {@code timeLeft} is null when no clock runs (draft, answered, closed, cancelled). */
public record RequestSummary(UUID id, String reference, RequestKind kind, String subject, UUID senderAgencyId,
        String senderName, UUID receiverAgencyId, String receiverName, RequestStatus status, Urgency urgency,
        Classification classification, boolean approvalPending, Instant createdAt, Instant sentAt, Instant dueAt,
        TimeLeft timeLeft, String assigneeName, Outcome outcome, long generation) {
}
