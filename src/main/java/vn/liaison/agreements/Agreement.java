package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.liaison.shared.DomainException;

/**
 * An agreement and its life. The state machine lives here so every path (screen, API, job) obeys it: a draft
 * is edited in place; signing makes it immutable; an amendment adds a version; it ends by expiry, termination
 * or replacement.
 */
final class Agreement {

    final UUID id;
    AgreementContent content;
    AgreementStatus status;
    int version;
    long rowVersion;
    UUID signedTextId;
    String signedTextSha256;
    String signedTextName;
    UUID replacedById;
    LocalDate terminatedOn;
    String terminationReason;

    Agreement(UUID id, AgreementContent content) {
        this.id = id;
        this.content = content;
        this.status = AgreementStatus.DRAFT;
        this.version = 1;
    }

    void edit(AgreementContent next) {
        if (!status.editable()) {
            throw DomainException.conflict("agreements.error.signedImmutable");
        }
        this.content = next;
    }

    void attachSignedText(UUID attachmentId, String sha256, String fileName) {
        if (!status.editable()) {
            throw DomainException.conflict("agreements.error.signedImmutable");
        }
        this.signedTextId = attachmentId;
        this.signedTextSha256 = sha256;
        this.signedTextName = fileName;
    }

    /** Signing fixes the date and place; the parties' existence on that day was checked against the directory. */
    void sign(LocalDate signingDate, String place) {
        moveTo(AgreementStatus.IN_FORCE);
        if (signingDate == null) {
            throw DomainException.invalid("signingDate", "agreements.error.required");
        }
        if (content.effectiveTo() != null && signingDate.isAfter(content.effectiveTo())) {
            throw DomainException.invalid("signingDate", "agreements.error.signedAfterEnd");
        }
        content = new AgreementContent(content.number(), content.title(), content.parties(), signingDate,
                place != null && !place.isBlank() ? place : content.signingPlace(), content.effectiveFrom(),
                content.effectiveTo(), content.sectors(), content.contentAreas(), content.principles(), content.forms(),
                content.focalPoints(), content.classification(), content.crossLevelReason(), content.replacesId());
        status = AgreementStatus.IN_FORCE;
    }

    /** An amendment keeps the parties and the replaced agreement; it adds a version. */
    void amend(AgreementContent next) {
        if (status != AgreementStatus.IN_FORCE) {
            throw DomainException.conflict("agreements.error.amendNotInForce");
        }
        if (!List.copyOf(next.partyIds()).equals(content.partyIds())) {
            throw DomainException.invalid("parties", "agreements.error.amendParties");
        }
        if (next.snapshot().equals(content.snapshot())) {
            throw DomainException.invalid("summary", "agreements.error.amendNothing");
        }
        this.content = new AgreementContent(next.number(), next.title(), next.parties(), content.signingDate(),
                content.signingPlace(), next.effectiveFrom(), next.effectiveTo(), next.sectors(), next.contentAreas(),
                next.principles(), next.forms(), next.focalPoints(), next.classification(), next.crossLevelReason(),
                content.replacesId());
        version++;
    }

    void terminate(LocalDate on, String reason) {
        moveTo(AgreementStatus.TERMINATED);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "agreements.error.required");
        }
        if (on == null || on.isBefore(content.effectiveFrom())) {
            throw DomainException.invalid("terminatedOn", "agreements.error.terminatedBeforeStart");
        }
        status = AgreementStatus.TERMINATED;
        terminatedOn = on;
        terminationReason = reason.strip();
    }

    /** Due when the last day of validity has passed. */
    boolean expiryDue(LocalDate today) {
        return status == AgreementStatus.IN_FORCE && content.effectiveTo() != null && content.effectiveTo().isBefore(today);
    }

    void expire(LocalDate today) {
        moveTo(AgreementStatus.EXPIRED);
        if (!expiryDue(today)) {
            throw DomainException.conflict("agreements.error.notYetExpired");
        }
        status = AgreementStatus.EXPIRED;
    }

    void replacedBy(UUID replacementId) {
        AgreementRules.checkReplaceable(status, replacedById, replacementId);
        moveTo(AgreementStatus.REPLACED);
        status = AgreementStatus.REPLACED;
        replacedById = replacementId;
    }

    private void moveTo(AgreementStatus next) {
        if (!status.canMoveTo(next)) {
            throw DomainException.conflict("agreements.error.transition", status.name(), next.name());
        }
    }
}
