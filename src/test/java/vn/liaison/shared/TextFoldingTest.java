package vn.liaison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Search folding: what it makes of Vietnamese, and that the hand-written walk equals the rule written as patterns. */
class TextFoldingTest {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The rule as first written, with regular expressions: the reference the faster walk must match. */
    private static String reference(String text) {
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    @Test
    void foldsVietnameseInEitherNormalForm() {
        assertThat(TextFolding.fold("Công an tỉnh Hà Giang")).isEqualTo("cong an tinh ha giang");
        assertThat(TextFolding.fold(Normalizer.normalize("Đường dây nóng  Tuyệt mật", Normalizer.Form.NFD)))
                .isEqualTo("duong day nong tuyet mat");
        assertThat(TextFolding.fold("  \tYC-2026-000123 \n")).isEqualTo("yc-2026-000123");
        assertThat(TextFolding.fold(null)).isEmpty();
        assertThat(TextFolding.foldAll("Bộ Công an", null, " ", "BCA")).isEqualTo("bo cong an bca");
    }

    @Test
    void matchesThePatternRuleOnAnyText() {
        String alphabet = "aAzZ09 -_/.@+\t\n\r\f\u000B\u0001\u00A0\u2003đĐăâêôơưĂÂÊÔƠƯáàảãạếềểễệ\u0300\u0301\u0303\u0309\u0323"
                + "ΣσςİıßǅΩ\uD834\uDD65\uD83D\uDE00";
        Random random = new Random(20261122);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                sb.append(c);
                if (Character.isHighSurrogate(c) && at + 1 < alphabet.length()) {
                    sb.append(alphabet.charAt(at + 1));
                }
            }
            String text = sb.toString();
            assertThat(TextFolding.fold(text)).as("fold of %s", text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(reference(text));
        }
    }
}
