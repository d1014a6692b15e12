package vn.liaison.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.liaison.shared.DomainException;

/** File types are told by their bytes; names and declared types that disagree with the bytes are refused. */
class FileTypeDetectorTest {

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of("ket-luan.pdf", "application/pdf", (Supplier<byte[]>) Samples::pdf, FileType.PDF),
                Arguments.of("ảnh chụp.png", "image/png", (Supplier<byte[]>) Samples::png, FileType.PNG),
                Arguments.of("anh.JPG", "image/jpeg", (Supplier<byte[]>) Samples::jpeg, FileType.JPEG),
                Arguments.of("hinh.gif", "image/gif", (Supplier<byte[]>) Samples::gif, FileType.GIF),
                Arguments.of("bien-ban.txt", "text/plain; charset=UTF-8", (Supplier<byte[]>) Samples::text, FileType.TEXT),
                Arguments.of("so-thue-bao.csv", "application/vnd.ms-excel", (Supplier<byte[]>) Samples::csv, FileType.CSV),
                Arguments.of("ket-luan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        (Supplier<byte[]>) Samples::docx, FileType.DOCX),
                Arguments.of("tra-cuu.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        (Supplier<byte[]>) Samples::xlsx, FileType.XLSX),
                Arguments.of("van-ban.odt", "application/vnd.oasis.opendocument.text", (Supplier<byte[]>) Samples::odt,
                        FileType.ODT),
                Arguments.of("bang.ods", null, (Supplier<byte[]>) Samples::ods, FileType.ODS),
                Arguments.of("chung-cu.zip", "application/zip", (Supplier<byte[]>) Samples::zip, FileType.ZIP),
                // No declared type, or the browsers' "don't know", leaves the bytes to decide.
                Arguments.of("ket-luan.pdf", "application/octet-stream", (Supplier<byte[]>) Samples::pdf, FileType.PDF),
                Arguments.of("khong-duoi", "", (Supplier<byte[]>) Samples::png, FileType.PNG),
                // An office document is an honest ZIP too.
                Arguments.of("ket-luan.zip", "application/zip", (Supplier<byte[]>) Samples::docx, FileType.DOCX));
    }

    @ParameterizedTest(name = "{0} ({1}) is {3}")
    @MethodSource("allowed")
    void eachAllowedTypeIsAccepted(String name, String declared, Supplier<byte[]> content, FileType expected) {
        assertThat(FileTypeDetector.check(name, declared, content.get())).isEqualTo(expected);
    }

    @Test
    void anExecutableNamedPdfIsRefused() {
        assertRefused("report.pdf", "application/pdf", Samples.exe(), "attachments.file.executable");
        assertRefused("report.pdf", null, "\u007fELF\u0002\u0001\u0001".getBytes(StandardCharsets.ISO_8859_1),
                "attachments.file.executable");
        assertRefused("chay.txt", "text/plain", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8),
                "attachments.file.executable");
    }

    @Test
    void htmlNamedPngOrTxtIsRefused() {
        assertRefused("photo.png", "image/png", Samples.html(), "attachments.file.markup");
        assertRefused("ghi-chu.txt", "text/plain", Samples.html(), "attachments.file.markup");
        assertRefused("anh.svg", "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8),
                "attachments.file.markup");
    }

    @Test
    void aZipNamedPdfIsDisguised() {
        DomainException e = assertRefused("report.pdf", "application/pdf", Samples.zip(), "attachments.file.disguised");
        assertThat(e.args()).containsExactly("pdf", "application/zip");
    }

    @Test
    void aPdfNamedPngIsDisguised() {
        assertRefused("anh.png", null, Samples.pdf(), "attachments.file.disguised");
    }

    @Test
    void aDeclaredTypeThatDisagreesWithTheBytesIsRefused() {
        DomainException e = assertRefused("ket-luan.pdf", "image/png", Samples.pdf(), "attachments.file.declaredMismatch");
        assertThat(e.args()).containsExactly("image/png", "application/pdf");
        assertRefused("tep", "text/html", Samples.text(), "attachments.file.declaredMismatch");
    }

    @Test
    void extensionsOutsideTheAllowListAreRefusedWhateverTheBytes() {
        assertRefused("setup.exe", null, Samples.pdf(), "attachments.file.extensionNotAllowed");
        assertRefused("trang.html", null, Samples.text(), "attachments.file.extensionNotAllowed");
    }

    @Test
    void binaryTextAndUnknownBytesAreRefused() {
        assertRefused("du-lieu.txt", "text/plain", "abc\u0000def".getBytes(StandardCharsets.UTF_8),
                "attachments.file.typeNotAllowed");
        assertRefused("du-lieu.txt", null, new byte[] {(byte) 0xC3, (byte) 0x28, 'a'}, "attachments.file.typeNotAllowed");
        assertRefused("du-lieu.bin", null, new byte[] {1, 2, 3, (byte) 0xFE}, "attachments.file.typeNotAllowed");
    }

    @Test
    void aBrokenZipIsRefused() {
        byte[] broken = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertRefused("a.zip", null, broken, "attachments.file.corruptZip");
    }

    @Test
    void aZipDirectoryIsReadWithoutInflating() {
        assertThat(FileTypeDetector.ZipDirectory.entryNames(Samples.docx())).contains("word/document.xml");
        assertThat(FileTypeDetector.ZipDirectory.storedFirstEntry(Samples.odt(), "mimetype"))
                .isEqualTo("application/vnd.oasis.opendocument.text");
    }

    private static DomainException assertRefused(String name, String declared, byte[] content, String key) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> FileTypeDetector.check(name, declared, content));
        assertThat(t).as("%s must be refused", name).isInstanceOf(DomainException.class);
        DomainException e = (DomainException) t;
        assertThat(e.messageKey()).isEqualTo(key);
        assertThat(e.field()).isEqualTo("file");
        assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
        return e;
    }

    @Test
    void refusalsAreDomainExceptions() {
        assertThatThrownBy(() -> FileTypeDetector.check("x.pdf", null, Samples.exe())).isInstanceOf(DomainException.class);
    }
}
