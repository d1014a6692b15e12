package vn.liaison.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.liaison.shared.Classification;

/**
 * A request to draft. The sender agency is the actor's; {@code requestedDueAt} is optional (the rule of kind and
 * urgency applies otherwise); {@code questions} are for a forensic assessment, {@code items} for evidence;
 * {@code basisAttachmentIds} are files already stored through the attachment store. {@code idempotencyKey}
 * (API) makes a retried creation return the first request.
 */
public record NewRequest(RequestKind kind, UUID senderUnitId, UUID receiverAgencyId, UUID receiverUnitId, String subject,
        String details, LegalBasis basis, Classification classification, Urgency urgency, Instant requestedDueAt,
        String internalNote, LocalDate windowFrom, LocalDate windowTo, List<IdentifierInput> identifiers,
        List<String> questions, List<String> items, List<UUID> basisAttachmentIds, String idempotencyKey) {

    public NewRequest {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        questions = questions == null ? List.of() : questions.stream().filter(q -> q != null && !q.isBlank()).toList();
        items = items == null ? List.of() : items.stream().filter(q -> q != null && !q.isBlank()).toList();
        basisAttachmentIds = basisAttachmentIds == null ? List.of() : List.copyOf(basisAttachmentIds);
    }

    /** The same request with other identifiers. */
    public NewRequest withIdentifiers(List<IdentifierInput> other) {
        return new NewRequest(kind, senderUnitId, receiverAgencyId, receiverUnitId, subject, details, basis, classification,
                urgency, requestedDueAt, internalNote, windowFrom, windowTo, other, questions, items, basisAttachmentIds,
                idempotencyKey);
    }

    /**
     * Every field, in a fixed order: two different requests never share it. Written out by hand because it is taken
     * on every create with an idempotency key, and a record's own {@code toString} is slow; {@code NewRequestTest}
     * checks that no field is left out.
     */
    String fingerprint() {
        Fingerprint f = new Fingerprint().add(kind).add(senderUnitId).add(receiverAgencyId).add(receiverUnitId).add(subject)
                .add(details).add(basis != null);
        if (basis != null) {
            f.add(basis.reference()).add(basis.date()).add(basis.legalType()).add(basis.authority())
                    .add(basis.approvingLeaderId()).add(basis.validUntil());
        }
        f.add(classification).add(urgency).add(requestedDueAt).add(internalNote).add(windowFrom).add(windowTo)
                .add(identifiers.size());
        for (IdentifierInput i : identifiers) {
            f.add(i == null ? null : i.type()).add(i == null ? null : i.value()).add(i == null ? null : i.qualifier());
        }
        return f.addAll(questions).addAll(items).addAll(basisAttachmentIds).add(idempotencyKey).toString();
    }
}
