package vn.liaison.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each kind, made in memory (DOCX and XLSX by Apache POI, ODT the way LibreOffice writes it). */
final class Samples {

    private Samples() {
    }

    /** A unique PDF (the random tail keeps tests from sharing blobs). */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + System.nanoTime() + new Random().nextLong()
                + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                randomTail());
    }

    static byte[] jpeg() {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0},
                randomTail());
    }

    static byte[] gif() {
        return concat("GIF89a".getBytes(StandardCharsets.US_ASCII), randomTail());
    }

    static byte[] text() {
        return ("Biên bản làm việc về số thuê bao 0912 345 678.\nNgày " + System.nanoTime() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csv() {
        return ("số thuê bao,ghi chú\n+84912345678,Nguyễn Văn A\n+84987654321," + System.nanoTime() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Kết luận giám định " + System.nanoTime());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Tra cứu").createRow(0).createCell(0).setCellValue("+84912345678 " + System.nanoTime());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] odt() {
        return odf("application/vnd.oasis.opendocument.text");
    }

    static byte[] ods() {
        return odf("application/vnd.oasis.opendocument.spreadsheet");
    }

    /** An ODF package: "mimetype" first and stored uncompressed, as the ODF specification requires. */
    private static byte[] odf(String mimetype) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            first.setCompressedSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            entry(zip, "content.xml", "<office:document-content>" + System.nanoTime() + "</office:document-content>");
            entry(zip, "META-INF/manifest.xml", "<manifest:manifest/>");
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "bang-chung/nhat-ky.txt", "nhật ký " + System.nanoTime());
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a Windows executable (the "MZ" header and the DOS stub message). */
    static byte[] exe() {
        return concat("MZ\u0090\u0000\u0003\u0000This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1),
                randomTail());
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] randomTail() {
        byte[] tail = new byte[64];
        new Random().nextBytes(tail);
        return tail;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
