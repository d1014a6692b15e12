package vn.liaison.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.liaison.attachments.AttachmentView;
import vn.liaison.attachments.CustodyEvent;
import vn.liaison.attachments.SignatureValue;
import vn.liaison.shared.Classification;

/**
 * A request as the viewer may see it. {@code internalNote} is null unless the viewer acts for the sending agency;
 * internal comments of the other side and the sender's approval steps are left out for the receiver.
 */
public record RequestView(UUID id, String reference, RequestKind kind, String subject, String details,
        UUID senderAgencyId, String senderName, UUID senderUnitId, String senderUnitName, UUID receiverAgencyId,
        String receiverName, UUID receiverUnitId, String receiverUnitName, UUID agreementId, List<String> routedThrough,
        LegalBasis basis, String approvingLeaderName, Classification classification, Urgency urgency,
        String internalNote, LocalDate windowFrom, LocalDate windowTo, RequestStatus status, RequestStatus desiredStatus,
        boolean approvalPending, String approvedByName, Instant approvedAt, Instant sentAt, Instant dueAt,
        Instant effectiveDueAt, boolean paused, long pausedSeconds, Instant pausedSince, TimeLeft timeLeft,
        UUID assigneePersonId, String assigneeName, Outcome outcome, long generation, String createdByName,
        Instant createdAt, Side viewerSide, Set<RequestAction> allowedActions, List<Task> tasks, List<Event> events,
        List<Comment> comments, List<File> files, Answer answer) {

    public boolean can(String action) {
        return allowedActions.contains(RequestAction.valueOf(action));
    }

    /** An identifier, question or evidence item. */
    public record Task(UUID id, int position, String taskType, IdentifierType identifierType, String raw,
            String normalized, String qualifier) {
        public String display() {
            return qualifier == null || qualifier.isBlank() ? normalized : normalized + " (" + qualifier + ")";
        }
    }

    /** A step on the timeline. */
    public record Event(Instant at, String action, RequestStatus from, RequestStatus to, String actorName,
            String agencyName, Side side, String note) {
    }

    public record Comment(Instant at, String authorName, String agencyName, boolean internal, String body) {
    }

    /** A file of the request (basis, answer or evidence); evidence carries its chain of custody. */
    public record File(AttachmentView attachment, String purpose, List<CustodyEvent> custody, boolean intact) {
    }

    /** The answer with its signature and the check made just now. */
    public record Answer(Outcome outcome, RefusalReason refusalReason, String refusalText, String text,
            String answeredByName, Instant answeredAt, long generation, List<Result> results, SignatureValue signature,
            boolean signatureValid, String agencyName) {
    }

    public record Result(int position, String task, TaskResult result, String text) {
    }
}
