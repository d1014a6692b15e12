package vn.liaison.attachments;

import java.text.Normalizer;

/**
 * Makes a sender's file name safe to store, show and offer for download: no directories, no control or
 * direction-override characters (which hide a real extension, "report\u202Efdp.exe"), no characters file
 * systems reject; Vietnamese letters are kept (NFC, so "ế" is one character).
 */
final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final String FALLBACK = "tep-dinh-kem";

    private FileNames() {
    }

    static String sanitise(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE || "<>:\"|?*".indexOf(cp) >= 0) {
                return;
            }
            out.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
        });
        String s = out.toString().replaceAll(" {2,}", " ").strip();
        // Leading dots would make a hidden file (or "..").
        while (s.startsWith(".")) {
            s = s.substring(1).stripLeading();
        }
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        if (s.codePointCount(0, s.length()) > MAX_LENGTH) {
            String ext = FileTypeDetector.extension(s);
            String tail = ext.isEmpty() ? "" : "." + ext;
            String base = s.substring(0, s.length() - tail.length());
            int keep = MAX_LENGTH - tail.length();
            base = base.substring(0, base.offsetByCodePoints(0, Math.max(1, Math.min(keep, base.codePointCount(0, base.length())))));
            s = base.strip() + tail;
        }
        return s.isEmpty() ? FALLBACK : s;
    }
}
