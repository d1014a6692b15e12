package vn.liaison.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.liaison.documents.OfficialDocument.Block;
import vn.liaison.documents.OfficialDocument.BulletList;
import vn.liaison.documents.OfficialDocument.Heading;
import vn.liaison.documents.OfficialDocument.Paragraph;
import vn.liaison.documents.OfficialDocument.Table;

/** Writes a {@link DocumentLayout} as a DOCX in the Decree 30/2020 layout (Phụ lục I) with Apache POI. */
final class DocxWriter {

    static final String FONT = "Times New Roman";
    // Twips (1/1440 inch): A4 and the margins of Decree 30 (top and bottom 20 mm, left 30 mm, right 15 mm).
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    private static final int HEADER_DISTANCE = 567;
    private static final int FIRST_LINE_INDENT = 567;
    private static final int SPACING_AFTER = 120;

    byte[] write(DocumentLayout layout, LocalDate date) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            pageNumbers(doc);
            header(doc, layout);
            title(doc, layout);
            for (Block block : layout.body()) {
                block(doc, block);
            }
            closing(doc, layout);
            properties(doc, date);
            doc.write(out);
            return ZipTimestamps.fixed(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = sectPr(doc);
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
    }

    /** Page numbers centred in the top margin from page 2; the first page has its own, empty header. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader other = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = other.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR r = field.addNewR();
        CTRPr rpr = r.addNewRPr();
        rpr.addNewRFonts().setAscii(FONT);
        rpr.getRFontsArray(0).setHAnsi(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(26));
        r.addNewT().setStringValue("2");
        CTSectPr sect = sectPr(doc);
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    private static void header(XWPFDocument doc, DocumentLayout l) {
        XWPFTable t = borderless(doc.createTable(1, 2));
        XWPFTableCell left = cell(t, 0, 0, "40%");
        XWPFTableCell right = cell(t, 0, 1, "60%");

        XWPFParagraph p = first(left);
        if (l.governingBody() != null) {
            run(p, l.governingBody(), 12, false, false);
            p = next(left, ParagraphAlignment.CENTER);
        }
        run(p, l.issuingBody(), 12, true, false);
        run(next(left, ParagraphAlignment.CENTER), l.numberLine(), 13, false, false);
        if (l.letterSubject() != null) {
            run(next(left, ParagraphAlignment.CENTER), l.letterSubject(), 12, false, false);
        }
        if (l.classificationMark() != null) {
            boxed(run(next(left, ParagraphAlignment.CENTER), l.classificationMark(), 13, true, false));
        }
        if (l.urgencyMark() != null) {
            XWPFRun r = run(next(left, ParagraphAlignment.CENTER), l.urgencyMark(), 13, true, false);
            boxed(r);
            r.setColor("C00000");
        }

        run(first(right), l.nationalTitle(), 12, true, false);
        run(next(right, ParagraphAlignment.CENTER), l.motto(), 13, true, false);
        run(next(right, ParagraphAlignment.CENTER), l.placeAndDate(), 13, false, true);
    }

    private static void title(XWPFDocument doc, DocumentLayout l) {
        if (l.isLetter()) {
            spacer(doc);
            return;
        }
        XWPFParagraph type = doc.createParagraph();
        type.setAlignment(ParagraphAlignment.CENTER);
        type.setSpacingBefore(240);
        run(type, l.typeName(), 14, true, false);
        if (!l.subject().isEmpty()) {
            XWPFParagraph subject = doc.createParagraph();
            subject.setAlignment(ParagraphAlignment.CENTER);
            subject.setSpacingAfter(240);
            run(subject, l.subject(), 14, true, false);
        }
    }

    private static void block(XWPFDocument doc, Block block) {
        if (block instanceof Heading h) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(FIRST_LINE_INDENT);
            p.setSpacingBefore(SPACING_AFTER);
            p.setSpacingAfter(SPACING_AFTER);
            run(p, DocumentText.clean(h.text()), 14, true, false);
        } else if (block instanceof Paragraph para) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(FIRST_LINE_INDENT);
            p.setSpacingAfter(SPACING_AFTER);
            run(p, DocumentText.clean(para.text()), 14, false, false);
        } else if (block instanceof BulletList list) {
            for (String item : list.items()) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(FIRST_LINE_INDENT);
                p.setSpacingAfter(60);
                run(p, "- " + DocumentText.clean(item), 14, false, false);
            }
        } else if (block instanceof Table table) {
            table(doc, table);
        }
    }

    private static void table(XWPFDocument doc, Table table) {
        int columns = table.columns();
        XWPFTable t = doc.createTable(table.rows().size() + 1, columns);
        t.setWidth("100%");
        for (var border : List.<java.util.function.Consumer<XWPFBorderType>>of(
                b -> t.setTopBorder(b, 4, 0, "000000"), b -> t.setBottomBorder(b, 4, 0, "000000"),
                b -> t.setLeftBorder(b, 4, 0, "000000"), b -> t.setRightBorder(b, 4, 0, "000000"),
                b -> t.setInsideHBorder(b, 4, 0, "000000"), b -> t.setInsideVBorder(b, 4, 0, "000000"))) {
            border.accept(XWPFBorderType.SINGLE);
        }
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            String text = c < table.headers().size() ? DocumentText.clean(table.headers().get(c)) : "";
            run(first(head.getCell(c)), text, 13, true, false);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                String text = c < row.size() ? DocumentText.clean(row.get(c)) : "";
                XWPFParagraph p = first(t.getRow(r + 1).getCell(c));
                p.setAlignment(ParagraphAlignment.LEFT);
                run(p, text, 13, false, false);
            }
        }
        spacer(doc);
    }

    private static void closing(XWPFDocument doc, DocumentLayout l) {
        spacer(doc);
        XWPFTable t = borderless(doc.createTable(1, 2));
        XWPFTableCell left = cell(t, 0, 0, "45%");
        XWPFTableCell right = cell(t, 0, 1, "55%");

        XWPFParagraph label = first(left);
        label.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun labelRun = run(label, DocumentLayout.RECIPIENTS_LABEL, 12, true, true);
        labelRun.setItalic(true);
        for (String recipient : l.recipients()) {
            run(next(left, ParagraphAlignment.LEFT), recipient, 11, false, false);
        }

        XWPFParagraph p = first(right);
        if (l.competence() != null) {
            run(p, l.competence(), 14, true, false);
            p = next(right, ParagraphAlignment.CENTER);
        }
        if (l.position() != null) {
            run(p, l.position(), 14, true, false);
            p = next(right, ParagraphAlignment.CENTER);
        }
        // Room for the signature (and, on paper, the seal overlapping it on the left).
        for (int i = 0; i < 3; i++) {
            p = next(right, ParagraphAlignment.CENTER);
        }
        run(p, l.signerName(), 14, true, false);
    }

    private static void properties(XWPFDocument doc, LocalDate date) {
        // A fixed creation time keeps two renderings of the same document alike.
        Date when = Date.from((date == null ? LocalDate.of(2000, 1, 1) : date).atStartOfDay().toInstant(ZoneOffset.UTC));
        var core = doc.getProperties().getCoreProperties();
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setCreator("Liaison");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static CTSectPr sectPr(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    private static XWPFTable borderless(XWPFTable t) {
        t.setWidth("100%");
        t.setTopBorder(XWPFBorderType.NIL, 0, 0, "auto");
        t.setBottomBorder(XWPFBorderType.NIL, 0, 0, "auto");
        t.setLeftBorder(XWPFBorderType.NIL, 0, 0, "auto");
        t.setRightBorder(XWPFBorderType.NIL, 0, 0, "auto");
        t.setInsideHBorder(XWPFBorderType.NIL, 0, 0, "auto");
        t.setInsideVBorder(XWPFBorderType.NIL, 0, 0, "auto");
        return t;
    }

    private static XWPFTableCell cell(XWPFTable t, int row, int column, String width) {
        XWPFTableCell cell = t.getRow(row).getCell(column);
        cell.setWidthType(TableWidthType.PCT);
        cell.setWidth(width);
        return cell;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    private static XWPFParagraph next(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        return p;
    }

    private static void spacer(XWPFDocument doc) {
        doc.createParagraph().setSpacingAfter(0);
    }

    /** One run; line breaks in the text become line breaks in the paragraph. */
    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    private static void boxed(XWPFRun r) {
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTBorder border = rpr.addNewBdr();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(8));
        border.setSpace(BigInteger.valueOf(2));
        border.setColor("000000");
    }
}
