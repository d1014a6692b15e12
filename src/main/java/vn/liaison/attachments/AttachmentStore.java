package vn.liaison.attachments;

import java.util.List;
import java.util.UUID;

/**
 * Content-addressed storage of files, encrypted at rest (AES-GCM, key from configuration). Callers check who
 * may see the record a file belongs to before they read it; the store checks size, type and integrity.
 */
public interface AttachmentStore {

    /** Stores the file (refused with a clear reason when too large, empty, of a type not allowed or disguised). */
    AttachmentView store(NewAttachment attachment);

    AttachmentView view(UUID attachmentId);

    List<AttachmentView> views(List<UUID> attachmentIds);

    /** The decrypted bytes, after checking them against the recorded SHA-256 (a mismatch is refused loudly). */
    byte[] read(UUID attachmentId);

    /** Recomputes the stored content's SHA-256 and compares it with the recorded one. */
    boolean verify(UUID attachmentId);
}
