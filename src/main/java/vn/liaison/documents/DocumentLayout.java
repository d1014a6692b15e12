package vn.liaison.documents;

import java.util.ArrayList;
import java.util.List;

import vn.liaison.documents.OfficialDocument.Block;
import vn.liaison.shared.Classification;

/**
 * What goes where on a Decree 30/2020 page, worked out once so that the DOCX and the PDF say exactly the same:
 * every text here is cleaned and cased, and the writers only place and style it.
 */
record DocumentLayout(String governingBody, String issuingBody, String numberLine, String letterSubject,
        String classificationMark, String urgencyMark, String nationalTitle, String motto, String placeAndDate,
        String typeName, String subject, List<Block> body, String competence, String position, String signerName,
        List<String> recipients) {

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS_LABEL = "Nơi nhận:";
    static final String FILED = "- Lưu: VT.";

    static DocumentLayout of(OfficialDocument d) {
        boolean letter = DocumentText.isBlank(d.typeName());
        String subject = DocumentText.clean(d.subject()).strip();
        OfficialDocument.SignatureBlock s = d.signature();
        return new DocumentLayout(
                DocumentText.isBlank(d.governingBody()) ? null : DocumentText.upper(d.governingBody()).strip(),
                DocumentText.upper(d.issuingBody()).strip(),
                "Số: " + DocumentText.clean(d.numberAndSymbol()).strip(),
                letter && !subject.isEmpty() ? "V/v " + subject : null,
                classificationMark(d.classification()),
                urgencyMark(d.urgency()),
                NATIONAL_TITLE,
                MOTTO,
                d.date() == null ? "" : DocumentDates.vietnamese(DocumentText.clean(d.place()), d.date()),
                letter ? null : DocumentText.upper(d.typeName()).strip(),
                letter ? null : subject,
                d.body(),
                s == null || DocumentText.isBlank(s.competence()) ? null : DocumentText.upper(s.competence()).strip(),
                s == null || DocumentText.isBlank(s.position()) ? null : DocumentText.upper(s.position()).strip(),
                s == null ? "" : DocumentText.clean(s.fullName()).strip(),
                recipients(d.recipients()));
    }

    /** "- Như trên;" for each recipient, and the archive copy last ("- Lưu: VT."), once. */
    static List<String> recipients(List<String> given) {
        List<String> lines = new ArrayList<>();
        for (String r : given) {
            String text = DocumentText.clean(r).strip();
            if (text.startsWith("-")) {
                text = text.substring(1).strip();
            }
            if (text.isEmpty() || text.startsWith("Lưu")) {
                continue;
            }
            if (text.endsWith(";") || text.endsWith(".")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            lines.add("- " + text + ";");
        }
        lines.add(FILED);
        return List.copyOf(lines);
    }

    static String classificationMark(Classification c) {
        return switch (c) {
            case UNCLASSIFIED -> null;
            case MAT -> "MẬT";
            case TOI_MAT -> "TỐI MẬT";
            case TUYET_MAT -> "TUYỆT MẬT";
        };
    }

    static String urgencyMark(OfficialDocument.Urgency u) {
        return switch (u) {
            case NORMAL -> null;
            case KHAN -> "KHẨN";
            case THUONG_KHAN -> "THƯỢNG KHẨN";
            case HOA_TOC -> "HỎA TỐC";
        };
    }

    boolean isLetter() {
        return typeName == null;
    }
}
