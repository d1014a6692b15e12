package vn.liaison.attachments;

import java.time.Instant;
import java.util.UUID;

/** A stored file: its id, SHA-256 (hex), name, checked content type, size, and who stored it when. */
public record AttachmentView(UUID id, String sha256, String fileName, String contentType, long size,
        UUID uploadedBy, String uploadedByName, UUID agencyId, Instant uploadedAt) {
}
