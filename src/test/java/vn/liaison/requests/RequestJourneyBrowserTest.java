package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.liaison.Browser;
import vn.liaison.LiaisonTest;

/**
 * In real Chromium: an officer drafts a lookup with pasted numbers, a leader approves, the operator answers with
 * an attachment, the officer sees the signed answer verified, and the auditor's ledger shows every step.
 */
@LiaisonTest
class RequestJourneyBrowserTest {

    @Autowired
    org.springframework.beans.factory.ObjectProvider<vn.liaison.agreements.AgreementDirectory> agreementDirectory;

    /** Requests fall under agreements: until the agreements module is present nothing can be sent. */
    @org.junit.jupiter.api.BeforeEach
    void agreementsPresent() {
        org.junit.jupiter.api.Assumptions.assumeTrue(agreementDirectory.getIfAvailable() != null,
                "the agreements module (AgreementDirectory) is not in this build");
    }

    static final String PASSWORD = "Demo@2026-Liaison";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void officerLeaderOperatorAndAuditor() throws Exception {
        String subject = "Hành trình " + UUID.randomUUID().toString().substring(0, 8);
        String path;
        try (Browser b = Browser.open(port)) {
            b.signIn("officer.ca-hgg", PASSWORD);
            b.go("/requests/new");
            new Select(b.find(By.id("receiverAgencyId"))).selectByValue(RequestActors.agency("VNPT-HGG").toString());
            b.type(By.id("subject"), subject);
            b.type(By.id("pasted"), "0912 345 671\n+84 912 345 672\n84912345673");
            // the legal basis travels with the request: a scanned decision chosen on the form
            Path decision = Files.createTempFile("quyet-dinh-", ".pdf");
            Files.write(decision, "%PDF-1.4\n% quyet dinh\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            b.find(By.id("basisFiles")).sendKeys(decision.toAbsolutePath().toString());
            // checking the identifiers sends the identifier fields, not the basis documents chosen meanwhile
            JavascriptExecutor js = (JavascriptExecutor) b.driver();
            js.executeScript("window.checkParams = null; document.body.addEventListener('htmx:configRequest',"
                    + " e => { window.checkParams = Array.from(e.detail.formData.keys()); });");
            press(b, By.cssSelector("[data-testid=check-identifiers]"));
            b.waitUntil(d -> d.findElements(By.cssSelector("[data-testid=preview]")).isEmpty() ? null : Boolean.TRUE);
            @SuppressWarnings("unchecked")
            List<String> sent = (List<String>) js.executeScript("return window.checkParams;");
            assertThat(sent).contains("pasted", "pastedType").doesNotContain("basisFiles");
            assertThat(b.axeViolations()).as("axe on the request form").isEmpty();
            press(b, By.cssSelector("[data-testid=submit]"));
            b.waitUntil(d -> d.getCurrentUrl().matches(".*/requests/[0-9a-f-]{36}$") ? Boolean.TRUE : null);
            path = b.currentPath();
            assertThat(b.find(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("Chờ lãnh đạo duyệt");
            assertThat(b.find(By.cssSelector("[data-testid=tasks]")).getText()).contains("+84912345671", "+84912345672", "+84912345673");
            b.signOut();

            b.signIn("leader.ca-hgg", PASSWORD);
            b.go(path);
            press(b, By.cssSelector("[data-testid=action-APPROVE] button"));
            b.waitForText("Đã gửi");
            b.signOut();

            b.signIn("leader.vnpt-hgg", PASSWORD);
            b.go("/requests?tab=INCOMING");
            b.waitForText(subject);
            assertThat(b.axeViolations()).as("axe on the inbox").isEmpty();
            b.go(path);
            // the receiver has the basis documents with the request
            assertThat(b.find(By.cssSelector("[data-testid=files]")).getText()).contains(decision.getFileName().toString());
            press(b, By.cssSelector("[data-testid=action-ACKNOWLEDGE] button"));
            b.waitForText("Đã tiếp nhận");
            Path file = Files.createTempFile("ket-qua-", ".csv");
            Files.writeString(file, "so,chu\n+84912345671,Nguyễn Văn Hành Trình\n", StandardCharsets.UTF_8);
            b.find(By.id("answer-text")).sendKeys("Kết quả tra cứu kèm tệp");
            b.find(By.id("answer-files")).sendKeys(file.toAbsolutePath().toString());
            press(b, By.cssSelector("[data-testid=send-answer]"));
            b.waitForText("Đã trả lời");
            b.signOut();

            b.signIn("officer.ca-hgg", PASSWORD);
            b.go(path);
            assertThat(b.find(By.cssSelector("[data-testid=signature-valid]")).getText()).contains("hợp lệ");
            assertThat(b.find(By.cssSelector("[data-testid=files]")).getText()).contains(file.getFileName().toString());
            assertThat(b.axeViolations()).as("axe on the request page").isEmpty();
            b.signOut();

            String id = path.substring(path.lastIndexOf('/') + 1);
            b.signIn("auditor.ca-hgg", PASSWORD);
            b.go("/audit?targetType=request&targetId=" + id);
            String ledger = b.text();
            assertThat(ledger).contains("request.create", "request.submit", "request.approve");
        }
        String id = path.substring(path.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE target_id = ? ORDER BY id").param(id).query(String.class).list())
                .containsSubsequence("request.create", "request.basisDocuments", "request.submit", "request.approve",
                        "request.acknowledge", "request.answer");
    }

    /** Presses a button (scrolled into view and focused first). */
    private static void press(Browser b, By by) {
        var element = b.find(by);
        // a fixed element of the layout can cover the button in the headless window: click it as the keyboard would
        ((JavascriptExecutor) b.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus(); arguments[0].click();", element);
    }
}
