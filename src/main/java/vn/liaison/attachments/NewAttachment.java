package vn.liaison.attachments;

/** A file to store: its name, the content type the sender declared (checked against the bytes) and the bytes. */
public record NewAttachment(String fileName, String declaredContentType, byte[] content) {
}
