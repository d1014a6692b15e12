package vn.liaison.documents;

import java.time.LocalDate;
import java.util.List;

import vn.liaison.shared.Classification;

/**
 * An administrative document in the Decree 30/2020 layout: the governing body (may be null) and the issuing
 * body (top left), the national title (top right), number and symbol (e.g. {@code 12/KH-CAT}), place and date,
 * the type name (e.g. {@code KẾ HOẠCH}; null for a letter, công văn) and the summary (trích yếu), the body,
 * the signature block, the recipients (nơi nhận), and the optional classification and urgency marks.
 */
public record OfficialDocument(String governingBody, String issuingBody, String numberAndSymbol, String place,
        LocalDate date, String typeName, String subject, List<Block> body, SignatureBlock signature,
        List<String> recipients, Classification classification, Urgency urgency) {

    public OfficialDocument {
        body = List.copyOf(body);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        classification = classification == null ? Classification.UNCLASSIFIED : classification;
        urgency = urgency == null ? Urgency.NORMAL : urgency;
    }

    /** Urgency marks of Decree 30 (paper stamps: KHẨN, THƯỢNG KHẨN, HỎA TỐC). */
    public enum Urgency { NORMAL, KHAN, THUONG_KHAN, HOA_TOC }

    /** "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name: competence prefix with the head's title (may be null), position, name. */
    public record SignatureBlock(String competence, String position, String fullName) {
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Table, BulletList {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** The widest of the header and the rows, at least one: a short row is padded with empty cells. */
        public int columns() {
            int columns = Math.max(1, headers.size());
            for (List<String> row : rows) {
                columns = Math.max(columns, row.size());
            }
            return columns;
        }
    }

    public record BulletList(List<String> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }
}
