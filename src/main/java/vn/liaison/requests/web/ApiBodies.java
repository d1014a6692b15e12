package vn.liaison.requests.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.liaison.requests.IdentifierType;
import vn.liaison.requests.LegalBasis;
import vn.liaison.requests.Outcome;
import vn.liaison.requests.RefusalReason;
import vn.liaison.requests.RequestKind;
import vn.liaison.requests.TaskResult;
import vn.liaison.requests.Urgency;
import vn.liaison.shared.Classification;

/** The JSON bodies of the requests API. */
final class ApiBodies {

    private ApiBodies() {
    }

    record IdentifierBody(IdentifierType type, String value, String qualifier) {
    }

    record CreateBody(RequestKind kind, UUID senderUnitId, UUID receiverAgencyId, UUID receiverUnitId, String subject,
            String details, LegalBasis basis, Classification classification, Urgency urgency, Instant requestedDueAt,
            String internalNote, LocalDate windowFrom, LocalDate windowTo, List<IdentifierBody> identifiers,
            List<String> questions, List<String> items, List<UUID> basisAttachmentIds) {
    }

    record ReasonBody(String reason) {
    }

    record AssignBody(UUID personId) {
    }

    record CommentBody(String body, Boolean internal) {
    }

    record FileBody(String fileName, String contentType, String base64) {
    }

    record ResultBody(int position, TaskResult result, String text) {
    }

    record AnswerBody(Outcome outcome, RefusalReason refusalReason, String refusalText, List<ResultBody> results,
            String text, List<FileBody> attachments) {
    }

    record CreatedBody(UUID id, String reference, long generation) {
    }
}
