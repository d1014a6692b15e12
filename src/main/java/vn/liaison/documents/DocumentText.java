package vn.liaison.documents;

import java.util.Locale;

/** Text as it goes into a file: null-safe, without characters XML cannot carry, upper-cased the Vietnamese way. */
final class DocumentText {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private DocumentText() {
    }

    /** Keeps line feeds and every character XML 1.0 allows; drops the rest, carriage returns included (users paste anything). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replace("\t", " ");
    }

    static String upper(String text) {
        return clean(text).toUpperCase(VIETNAMESE);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
