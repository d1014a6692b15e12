package vn.liaison.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import vn.liaison.LiaisonTest;

/** The fragments other modules include: texts from the bundles, and a loud red alert for every failed check. */
@LiaisonTest
class FragmentsTest {

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    ApplicationContext context;

    @Autowired
    ConversionService conversions;

    @Autowired
    CustodyLog custody;

    @Autowired
    AttachmentStore store;

    @Autowired
    LocalBlobStore blobs;

    private final String sha = "a".repeat(64);

    @Test
    void custodyTableShowsChecksAndALoudMismatch() {
        var officer = People.officer();
        AttachmentView item = AttachmentStoreTest.as(officer,
                () -> store.store(new NewAttachment("bang-chung.txt", "text/plain", Samples.text())));
        UUID request = UUID.randomUUID();
        AttachmentStoreTest.as(officer, () -> custody.record(item.id(), request, CustodyAction.COLLECTED,
                "Thu thập tại hiện trường", null));
        String intact = render("custody", Map.of("events", custody.history(item.id())), Locale.forLanguageTag("vi"));
        assertThat(intact).contains("Thu thập tại hiện trường").contains("Thu thập").contains("Trần Thị Bình")
                .contains("Công an tỉnh Thử nghiệm").contains("Khớp").doesNotContain("MÃ BĂM KHÔNG KHỚP");

        Tamper.flipByte(blobs, item.sha256(), 15);
        AttachmentStoreTest.as(officer, () -> custody.record(item.id(), request, CustodyAction.HANDED_OVER,
                "Bàn giao cho cơ quan yêu cầu", "Phòng An ninh mạng"));
        String broken = render("custody", Map.of("events", custody.history(item.id())), Locale.forLanguageTag("vi"));
        assertThat(broken).contains("MÃ BĂM KHÔNG KHỚP").contains("alert-danger").contains("Phòng An ninh mạng")
                .contains("Không đọc được nội dung lưu trữ").contains("table-danger");
        assertThat(render("custody", Map.of("events", custody.history(item.id())), Locale.ENGLISH))
                .contains("HASH MISMATCH").contains("Handed over");
    }

    @Test
    void emptyCustody() {
        assertThat(render("custody", Map.of("events", List.of()), Locale.ENGLISH)).contains("No custody events yet.");
    }

    @Test
    void signatureBadge() {
        SignatureValue sig = new SignatureValue("SHA256withECDSA", "0123456789abcdef", "AAAA", Instant.parse("2026-03-01T01:02:03Z"));
        assertThat(render("signatureBadge", Map.of("valid", true, "signature", sig), Locale.forLanguageTag("vi")))
                .contains("Chữ ký hợp lệ").contains("text-bg-success").contains("0123456789abcdef")
                .contains("SHA256withECDSA").contains("01/03/2026 08:02:03").doesNotContain("KHÔNG");
        assertThat(render("signatureBadge", Map.of("valid", false, "signature", sig), Locale.forLanguageTag("vi")))
                .contains("Chữ ký KHÔNG hợp lệ").contains("alert-danger");
        assertThat(render("signatureBadge", Map.of("valid", false, "signature", sig), Locale.ENGLISH))
                .contains("Signature NOT valid");
    }

    @Test
    void fileRowsShowSizeTypeAndTheFullHash() {
        AttachmentView small = new AttachmentView(UUID.randomUUID(), sha, "Kết luận.pdf", "application/pdf", 12_800,
                UUID.randomUUID(), "Trần Thị Bình", UUID.randomUUID(), Instant.parse("2026-03-01T01:02:03Z"));
        AttachmentView large = new AttachmentView(UUID.randomUUID(), "b".repeat(64), "Ảnh.png", "image/png",
                3 * 1024 * 1024 + 512 * 1024, UUID.randomUUID(), "Lê Văn C", UUID.randomUUID(), Instant.now());
        String html = render("files", Map.of("views", List.of(small, large)), Locale.forLanguageTag("vi"));
        assertThat(html).contains("Kết luận.pdf").contains("12,5 KB").contains("3,5 MB").contains("application/pdf")
                .contains("aaaaaaaaaaaa…").contains("SHA-256 đầy đủ: " + sha).contains("Tên tệp");
        assertThat(render("files", Map.of("views", List.of(small)), Locale.ENGLISH)).contains("12.5 KB").contains("File name");
        assertThat(render("files", Map.of("views", List.of()), Locale.ENGLISH)).contains("No attachments.");
    }

    private String render(String fragment, Map<String, Object> variables, Locale locale) {
        Context ctx = new Context(locale);
        ctx.setVariables(variables);
        ctx.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
        try {
            return templates.process("attachments/fragments", Set.of(fragment), ctx);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }
}
