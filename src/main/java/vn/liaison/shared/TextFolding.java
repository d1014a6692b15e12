package vn.liaison.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search: decompose, strip combining marks, đ→d, lower case, collapse spaces,
 * so that "cong an" finds "Công an" whatever form (NFC or NFD) the text was typed in.
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Folds and joins the parts with spaces, skipping nulls: the stored search text of a record. */
    public static String foldAll(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(fold(p));
            }
        }
        return sb.toString();
    }
}
