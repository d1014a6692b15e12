package vn.liaison.attachments;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import vn.liaison.shared.DomainException;

/**
 * Decides what a file is from its bytes alone (magic numbers, ZIP directory entries, UTF-8 validity), then checks
 * that its name's extension and its declared content type agree. Never trusts the name or the declared type: an
 * executable named report.pdf or a web page named photo.png is refused with the reason.
 */
final class FileTypeDetector {

    private static final String OCTET_STREAM = "application/octet-stream";

    private FileTypeDetector() {
    }

    /** The accepted type of the file, or a refusal naming what is wrong. */
    static FileType check(String fileName, String declaredContentType, byte[] content) {
        FileType detected = detect(content, extension(fileName));
        String extension = extension(fileName);
        if (!extension.isEmpty()) {
            boolean matches = detected.hasExtension(extension) || extension.equals("zip") && detected.isZipFamily();
            if (!matches) {
                if (!FileType.knownExtension(extension)) {
                    throw DomainException.invalid("file", "attachments.file.extensionNotAllowed", extension);
                }
                throw DomainException.invalid("file", "attachments.file.disguised", extension, detected.contentType());
            }
        }
        String declared = normalise(declaredContentType);
        if (declared != null) {
            boolean matches = detected.acceptsDeclared(declared)
                    || detected.isZipFamily() && FileType.ZIP.acceptsDeclared(declared)
                    || detected == FileType.TEXT && declared.equals("text/csv");
            if (!matches) {
                throw DomainException.invalid("file", "attachments.file.declaredMismatch", declared, detected.contentType());
            }
        }
        return detected;
    }

    /** What the bytes are; refuses kinds outside the allow-list. {@code extension} only tells CSV from plain text. */
    static FileType detect(byte[] b, String extension) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return FileType.PDF;
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return FileType.PNG;
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return FileType.JPEG;
        }
        if (startsWith(b, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return FileType.GIF;
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4}) || startsWith(b, new byte[] {'P', 'K', 5, 6})) {
            return zipKind(b);
        }
        if (startsWith(b, new byte[] {'M', 'Z'}) || startsWith(b, new byte[] {0x7F, 'E', 'L', 'F'})
                || startsWith(b, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE})
                || startsWith(b, new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE})
                || startsWith(b, "#!".getBytes(StandardCharsets.US_ASCII))) {
            throw DomainException.invalid("file", "attachments.file.executable");
        }
        String text = utf8(b);
        if (text == null) {
            throw DomainException.invalid("file", "attachments.file.typeNotAllowed");
        }
        if (looksLikeMarkup(text)) {
            throw DomainException.invalid("file", "attachments.file.markup");
        }
        return extension.equals("csv") ? FileType.CSV : FileType.TEXT;
    }

    /** Kinds of ZIP told apart by their entries, read from the central directory without inflating anything. */
    private static FileType zipKind(byte[] b) {
        Set<String> names = ZipDirectory.entryNames(b);
        if (names == null) {
            throw DomainException.invalid("file", "attachments.file.corruptZip");
        }
        if (names.contains("word/document.xml")) {
            return FileType.DOCX;
        }
        if (names.contains("xl/workbook.xml")) {
            return FileType.XLSX;
        }
        if (names.contains("mimetype")) {
            String mimetype = ZipDirectory.storedFirstEntry(b, "mimetype");
            if ("application/vnd.oasis.opendocument.text".equals(mimetype)) {
                return FileType.ODT;
            }
            if ("application/vnd.oasis.opendocument.spreadsheet".equals(mimetype)) {
                return FileType.ODS;
            }
        }
        return FileType.ZIP;
    }

    private static String utf8(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean looksLikeMarkup(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        head = head.toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype") || head.startsWith("<html") || head.startsWith("<script")
                || head.startsWith("<svg") || head.startsWith("<?xml") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<iframe");
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The declared type without parameters, in lower case; null when nothing useful was declared. */
    private static String normalise(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String t = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return t.isEmpty() || t.equals(OCTET_STREAM) ? null : t;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Just enough of the ZIP format (APPNOTE 4.3.12, 4.3.16) to list entry names: no decompression, so no zip bomb. */
    static final class ZipDirectory {

        private static final int END_SIGNATURE = 0x06054b50;
        private static final int CENTRAL_SIGNATURE = 0x02014b50;
        private static final int LOCAL_SIGNATURE = 0x04034b50;

        private ZipDirectory() {
        }

        /** The entry names, or null when the directory cannot be read. */
        static Set<String> entryNames(byte[] b) {
            ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
            int end = -1;
            for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
                if (buf.getInt(i) == END_SIGNATURE) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return null;
            }
            int count = Short.toUnsignedInt(buf.getShort(end + 10));
            long offset = Integer.toUnsignedLong(buf.getInt(end + 16));
            Set<String> names = new HashSet<>();
            long p = offset;
            for (int i = 0; i < count; i++) {
                if (p < 0 || p + 46 > b.length || buf.getInt((int) p) != CENTRAL_SIGNATURE) {
                    return null;
                }
                int nameLength = Short.toUnsignedInt(buf.getShort((int) p + 28));
                int extraLength = Short.toUnsignedInt(buf.getShort((int) p + 30));
                int commentLength = Short.toUnsignedInt(buf.getShort((int) p + 32));
                if (p + 46 + nameLength > b.length) {
                    return null;
                }
                names.add(new String(b, (int) p + 46, nameLength, StandardCharsets.UTF_8));
                p += 46L + nameLength + extraLength + commentLength;
            }
            return names;
        }

        /** The content of the first entry when it has that name and is stored uncompressed (as ODF requires). */
        static String storedFirstEntry(byte[] b, String name) {
            ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
            if (b.length < 30 || buf.getInt(0) != LOCAL_SIGNATURE || buf.getShort(8) != 0) {
                return null;
            }
            int size = buf.getInt(18);
            int nameLength = Short.toUnsignedInt(buf.getShort(26));
            int extraLength = Short.toUnsignedInt(buf.getShort(28));
            int start = 30 + nameLength + extraLength;
            if (size < 0 || size > 200 || start + size > b.length
                    || !name.equals(new String(b, 30, nameLength, StandardCharsets.UTF_8))) {
                return null;
            }
            return new String(b, start, size, StandardCharsets.US_ASCII).trim();
        }
    }
}
