package vn.liaison.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dated progress report of a task: percent, what was done, who reported for which agency, and attached files. */
public record ProgressReport(UUID id, UUID taskId, LocalDate reportedOn, int percent, String note, UUID reporterId,
        String reporterName, UUID reporterAgencyId, Instant recordedAt, List<Attached> attachments) {

    public ProgressReport {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file attached to a report, with its SHA-256 as the attachment store computed it. */
    public record Attached(UUID attachmentId, String fileName, String sha256) {
    }
}
