package vn.liaison.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.liaison.documents.OfficialDocument.Paragraph;

class DocumentRendererTest {

    private final DocumentRenderer renderer = new PoiDocumentRenderer();

    @Test
    void docxCarriesTheDecree30PartsAndTheVietnameseTextExactly() throws IOException {
        byte[] bytes = renderer.docx(SampleDocuments.plan());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "ỦY BAN NHÂN DÂN TỈNH AN GIANG", "CÔNG AN TỈNH AN GIANG", "Số: 12/KH-CAT",
                    "An Giang, ngày 05 tháng 02 năm 2026", "KẾ HOẠCH", "Phối hợp bảo đảm an ninh thông tin năm 2026",
                    SampleDocuments.HEADING, SampleDocuments.BODY, "- " + SampleDocuments.ITEM, SampleDocuments.CELL,
                    "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Đức", "Nơi nhận:", "- Như trên;",
                    "- Sở Khoa học và Công nghệ tỉnh An Giang;", "- Lưu: VT.", "MẬT", "KHẨN");

            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageSz size = sect.getPgSz();
            assertThat(new BigInteger(size.getW().toString())).isEqualTo(BigInteger.valueOf(11906));
            assertThat(new BigInteger(size.getH().toString())).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar m = sect.getPgMar();
            assertThat(List.of(m.getTop(), m.getBottom(), m.getLeft(), m.getRight()).stream().map(Object::toString))
                    .containsExactly("1134", "1134", "1701", "850");
            assertThat(sect.isSetTitlePg()).as("first page has its own header (no page number)").isTrue();
            assertThat(doc.getHeaderList()).hasSize(2);

            XWPFRun national = runWith(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(national.isBold()).isTrue();
            assertThat(national.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(runWith(doc, "An Giang, ngày 05 tháng 02 năm 2026").isItalic()).isTrue();
            assertThat(runWith(doc, "CÔNG AN TỈNH AN GIANG").isBold()).isTrue();
            assertThat(runWith(doc, "ỦY BAN NHÂN DÂN TỈNH AN GIANG").isBold()).isFalse();
            assertThat(runWith(doc, "MẬT").getCTR().getRPr().getBdrList()).as("classification mark is boxed").isNotEmpty();
            XWPFRun label = runWith(doc, "Nơi nhận:");
            assertThat(label.isBold() && label.isItalic()).isTrue();
            assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(runWith(doc, "- Lưu: VT.").getFontSizeAsDouble()).isEqualTo(11.0);
        }
    }

    @Test
    void aLetterHasItsSubjectUnderTheNumber() throws IOException {
        byte[] bytes = renderer.docx(SampleDocuments.letter("Cung cấp thông tin thuê bao", "Đề nghị đơn vị hỗ trợ."));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("Số: 345/CAT-PA05", "V/v Cung cấp thông tin thuê bao",
                    "An Giang, ngày 24 tháng 11 năm 2021".replace("2021", "2026"), "GIÁM ĐỐC", "Trần Thị Hữu",
                    "- Viễn thông An Giang;", "- Lưu: VT.");
            assertThat(text).doesNotContain("MẬT", "KHẨN");
        }
    }

    @Test
    void pdfCarriesTheSameVietnameseTextWithEmbeddedFonts() throws IOException {
        byte[] bytes = renderer.pdf(SampleDocuments.plan());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = normalise(new PDFTextStripper().getText(pdf));
            assertThat(text).doesNotContain("#");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "CÔNG AN TỈNH AN GIANG", "Số: 12/KH-CAT", "An Giang, ngày 05 tháng 02 năm 2026", "KẾ HOẠCH",
                    SampleDocuments.HEADING, normalise(SampleDocuments.BODY), "KT. GIÁM ĐỐC", "Nguyễn Văn Đức",
                    "Nơi nhận:", "- Lưu: VT.", "MẬT", "KHẨN");
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSerif");
                    fonts++;
                }
            }
            assertThat(fonts).as("regular, bold and italic faces in use").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void pagesAfterTheFirstAreNumbered() throws IOException {
        List<OfficialDocument.Block> body = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            body.add(new Paragraph("Đoạn " + i + ": " + SampleDocuments.BODY));
        }
        OfficialDocument longOne = new OfficialDocument(null, "Công an tỉnh An Giang", "12/BC-CAT", "An Giang",
                java.time.LocalDate.of(2026, 3, 15), "Báo cáo", "Tình hình năm 2026", body,
                new OfficialDocument.SignatureBlock(null, "Giám đốc", "Nguyễn Văn Đức"), List.of(), null, null);
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(longOne))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf).strip()).startsWith("2");
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf).strip()).startsWith("CÔNG AN TỈNH AN GIANG");
            assertThat(normalise(new PDFTextStripper().getText(pdf))).contains("An Giang, ngày 15 tháng 3 năm 2026");
        }
    }

    @Test
    void hostileTextIsRenderedAsText() throws IOException {
        String hostile = "<script>alert('x')</script> & \"Công ty A&B\" </p></body> \u0000\u0007 ]]>";
        String longWord = "Đ".repeat(50) + "ệ".repeat(250);
        OfficialDocument doc = SampleDocuments.letter("Kiểm tra <b>đậm</b> & 'ký tự'", hostile + " " + longWord);
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(doc))) {
            String text = normalise(new PDFTextStripper().getText(pdf)).replace("\n", "");
            assertThat(text).contains("<script>alert('x')</script> & \"Công ty A&B\" </p></body>",
                    "V/v Kiểm tra <b>đậm</b> & 'ký tự'", "ĐĐĐĐĐ", "ệệệệệ");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.docx(doc)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("<script>alert('x')</script> & \"Công ty A&B\"", longWord)
                    .doesNotContain("\u0000");
        }
    }

    @Test
    void theSameDocumentRendersToTheSameBytes() throws IOException {
        assertThat(renderer.pdf(SampleDocuments.plan())).isEqualTo(renderer.pdf(SampleDocuments.plan()));
        byte[] docx = renderer.docx(SampleDocuments.plan());
        assertThat(docx).isEqualTo(renderer.docx(SampleDocuments.plan()));
        // Zip entries carry a fixed time, not the time of writing, so renderings a second apart match too.
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
            int entries = 0;
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal().getYear()).as(e.getName()).isEqualTo(2000);
                entries++;
            }
            assertThat(entries).isGreaterThan(3);
        }
    }

    private static XWPFRun runWith(XWPFDocument doc, String text) {
        return doc.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream())
                .flatMap(c -> c.getParagraphs().stream()).flatMap(p -> p.getRuns().stream())
                .filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text));
    }

    /** PDF text comes out in lines; the tests compare words, so join the lines of a paragraph. */
    private static String normalise(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replaceAll("[ \\t]*\\r?\\n[ \\t]*", " ")
                .replaceAll(" {2,}", " ");
    }
}
