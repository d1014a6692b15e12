package vn.liaison.documents;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Download answers for controllers: the right media type and an attachment with a UTF-8 file name. */
public final class DocumentResponses {

    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private DocumentResponses() {
    }

    public static ResponseEntity<byte[]> docx(byte[] bytes, String fileName) {
        return attachment(bytes, withExtension(fileName, ".docx"), DOCX);
    }

    public static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
        return attachment(bytes, withExtension(fileName, ".pdf"), MediaType.APPLICATION_PDF);
    }

    public static ResponseEntity<byte[]> xlsx(byte[] bytes, String fileName) {
        return attachment(bytes, withExtension(fileName, ".xlsx"), XLSX);
    }

    public static ResponseEntity<byte[]> attachment(byte[] bytes, String fileName, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentLength(bytes.length);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, UTF_8).build());
        // Generated files can carry classified content: never kept by browsers or proxies.
        headers.setCacheControl("no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        return ResponseEntity.ok().headers(headers).body(bytes);
    }

    /** A file name without path separators, quotes or control characters, ending in the extension. */
    static String withExtension(String fileName, String extension) {
        String name = DocumentText.clean(fileName).replaceAll("[\\\\/:*?\"<>|\\n]", "_").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? name : name + extension;
    }
}
