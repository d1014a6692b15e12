package vn.liaison.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Vietnamese text for search: decompose, strip combining marks, đ→d, lower case, collapse spaces,
 * so that "cong an" finds "Công an" whatever form (NFC or NFD) the text was typed in.
 * <p>
 * It runs on every request created (the stored search text), so it walks the characters itself rather than
 * through regular expressions, and plain ASCII skips the decomposition; the result is the same as
 * {@code \p{M}+ → ""} then {@code \s+ → " "} and {@code trim()}, which {@code TextFoldingTest} checks.
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        return collapseSpaces(stripMarks(decomposed).toLowerCase(Locale.ROOT));
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

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String stripMarks(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 'đ') {
                sb.append('d');
            } else if (cp == 'Đ') {
                sb.append('D');
            } else if (!isMark(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Each run of the six characters {@code \s} means in a Java pattern becomes one space; then {@code trim()}. */
    private static String collapseSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                sb.append(c);
            } else if (!inRun) {
                sb.append(' ');
            }
            inRun = space;
        }
        return sb.toString().trim();
    }
}
