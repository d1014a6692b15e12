package vn.liaison.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names lose paths, control and direction characters, and keep their Vietnamese letters. */
class FileNamesTest {

    @Test
    void keepsVietnameseLetters() {
        assertThat(FileNames.sanitise("Kết luận giám định số 12.pdf")).isEqualTo("Kết luận giám định số 12.pdf");
    }

    @Test
    void composesDecomposedLetters() {
        String decomposed = "Ke\u0302\u0301t lua\u0323\u0302n.pdf";
        assertThat(FileNames.sanitise(decomposed)).isEqualTo("Kết luận.pdf");
    }

    @Test
    void dropsDirectories() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\an\\Desktop\\biên bản.docx")).isEqualTo("biên bản.docx");
    }

    @Test
    void dropsControlAndDirectionOverrideCharacters() {
        assertThat(FileNames.sanitise("report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
        assertThat(FileNames.sanitise("a\u0000b\r\nc.txt")).isEqualTo("abc.txt");
        assertThat(FileNames.sanitise("a<b>:\"|?*.txt")).isEqualTo("ab.txt");
    }

    @Test
    void noHiddenFilesAndNoEmptyNames() {
        assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
        assertThat(FileNames.sanitise("...")).isEqualTo("tep-dinh-kem");
        assertThat(FileNames.sanitise(null)).isEqualTo("tep-dinh-kem");
        assertThat(FileNames.sanitise("   ")).isEqualTo("tep-dinh-kem");
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String s = FileNames.sanitise("ế".repeat(300) + ".pdf");
        assertThat(s).endsWith(".pdf");
        assertThat(s.codePointCount(0, s.length())).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
    }
}
