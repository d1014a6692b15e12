package vn.liaison.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import vn.liaison.EmbeddedDatabaseConfiguration;

/** The documents module starts on its own (with only the shared module) and renders an official document. */
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(EmbeddedDatabaseConfiguration.class)
class DocumentsModuleTest {

    @Autowired
    DocumentRenderer renderer;

    @Autowired
    ApplicationContext context;

    @Test
    void bootstrapsAloneAndRenders() throws IOException {
        assertThat(context.getBeanNamesForType(SpreadsheetWriter.class)).hasSize(1);
        assertThat(context.containsBean("accessPolicy")).as("no other module's beans").isFalse();
        OfficialDocument doc = new OfficialDocument("UBND TỈNH AN GIANG", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "05/KH-STTTT",
                "An Giang", LocalDate.of(2026, 2, 5), "KẾ HOẠCH", "Phối hợp bảo đảm an ninh, trật tự năm 2026",
                List.of(new OfficialDocument.Paragraph("Trao đổi thông tin thường xuyên, kịp thời.")),
                new OfficialDocument.SignatureBlock("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Thử"),
                List.of("Công an tỉnh An Giang"), null, null);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.docx(doc)));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ngày 05 tháng 02 năm 2026",
                    "Trao đổi thông tin thường xuyên, kịp thời.");
        }
    }
}
