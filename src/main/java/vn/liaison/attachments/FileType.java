package vn.liaison.attachments;

import java.util.Set;

/**
 * The kinds of file the platform accepts, recognised by their bytes. Each kind lists the name extensions and the
 * declared content types that may honestly describe it: anything else is a disguise and is refused.
 */
enum FileType {
    PDF("application/pdf", Set.of("pdf"), Set.of("application/pdf", "application/x-pdf")),
    PNG("image/png", Set.of("png"), Set.of("image/png")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg", "jpe"), Set.of("image/jpeg", "image/pjpeg", "image/jpg")),
    GIF("image/gif", Set.of("gif"), Set.of("image/gif")),
    TEXT("text/plain", Set.of("txt", "text", "log"), Set.of("text/plain")),
    CSV("text/csv", Set.of("csv"), Set.of("text/csv", "text/plain", "application/csv", "text/comma-separated-values",
            // Windows browsers declare CSV files as Excel's.
            "application/vnd.ms-excel")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
            Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"),
            Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    ODT("application/vnd.oasis.opendocument.text", Set.of("odt"), Set.of("application/vnd.oasis.opendocument.text")),
    ODS("application/vnd.oasis.opendocument.spreadsheet", Set.of("ods"),
            Set.of("application/vnd.oasis.opendocument.spreadsheet")),
    ZIP("application/zip", Set.of("zip"), Set.of("application/zip", "application/x-zip-compressed", "multipart/x-zip"));

    private final String contentType;
    private final Set<String> extensions;
    private final Set<String> declaredTypes;

    FileType(String contentType, Set<String> extensions, Set<String> declaredTypes) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.declaredTypes = declaredTypes;
    }

    /** The content type recorded and served for this kind (never the one the sender declared). */
    String contentType() {
        return contentType;
    }

    boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    boolean acceptsDeclared(String declared) {
        return declaredTypes.contains(declared);
    }

    /** Office documents are ZIP archives too; a .zip name or a ZIP type describes them honestly. */
    boolean isZipFamily() {
        return this == ZIP || this == DOCX || this == XLSX || this == ODT || this == ODS;
    }

    static boolean knownExtension(String extension) {
        for (FileType t : values()) {
            if (t.extensions.contains(extension)) {
                return true;
            }
        }
        return false;
    }
}
