package vn.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.liaison.Browser;
import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.security.AgencyLineage;
import vn.liaison.shared.Classification;
import vn.liaison.shared.ContentArea;

/**
 * In a real Chromium: a secretariat drafts a plan, the leaders of both parties approve it, an officer reports
 * progress, and the plan's export shows the report.
 */
@LiaisonTest
class PlanJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AgreementManagement agreements;

    @Autowired
    AgencyDirectory directory;

    @Autowired
    AgencyLineage lineage;

    @Test
    void draftApproveByBothSidesReportAndExport() throws Exception {
        DemoPeople people = new DemoPeople(directory, lineage);
        UUID police = DemoPeople.agency("CA-HTH");
        UUID dept = DemoPeople.agency("STTTT-HTH");
        AtomicReference<AgreementView> fixture = new AtomicReference<>();
        TestActors.runAs(people.as("secretariat.stttt-hth"), () -> {
            AgreementView v = agreements.create(new AgreementContent("B-" + UUID.randomUUID().toString().substring(0, 6),
                    "Quy chế phối hợp hành trình trình duyệt",
                    List.of(new PartyTerms(police, "Người ký A", "Giám đốc", "Chủ trì"),
                            new PartyTerms(dept, "Người ký B", "Giám đốc", "Phối hợp")),
                    null, "Hà Tĩnh", LocalDate.of(2026, 1, 15), null, Set.of("PRESS"),
                    EnumSet.of(ContentArea.INFORMATION_EXCHANGE), "Ngang cấp", "Trao đổi", List.of(),
                    Classification.UNCLASSIFIED, null, null));
            fixture.set(agreements.sign(v.id(), LocalDate.of(2026, 1, 15), "Hà Tĩnh", v.rowVersion()));
        });
        String note = "Đã trao đổi thông tin lần thứ nhất";
        try (Browser b = Browser.open(port)) {
            signIn(b, "secretariat.ca-hth");
            b.go("/agreements/" + fixture.get().id());
            click(b, By.cssSelector("[data-testid=new-plan] button[type=submit]"));
            b.waitUntil(d -> d.getCurrentUrl().contains("/plans/") ? Boolean.TRUE : null);
            String planPath = b.currentPath().replaceAll("[?#].*", "");
            b.type(By.id("title"), "Trao đổi thông tin giữa các phòng chức năng");
            new Select(b.find(By.id("contentArea"))).selectByValue("INFORMATION_EXCHANGE");
            new Select(b.find(By.id("leadAgencyId"))).selectByValue(police.toString());
            new Select(b.find(By.id("leadUnitId"))).selectByValue(DemoPeople.unit("CA-HTH", "PA05").toString());
            new Select(b.find(By.id("supportAgencyId"))).selectByValue(dept.toString());
            click(b, By.cssSelector("[data-testid=add-task]"));
            b.waitForText("Trao đổi thông tin giữa các phòng chức năng");
            click(b, By.cssSelector("[data-testid=submit-plan]"));
            b.waitForText("Đã trình lãnh đạo các bên phê duyệt.");
            assertThat(b.axeViolations()).as("axe on the plan page").isEmpty();

            for (String leader : List.of("leader.ca-hth", "leader.stttt-hth")) {
                signIn(b, leader);
                b.go(planPath);
                click(b, By.cssSelector("[data-testid=approve-plan]"));
                b.waitUntil(d -> d.findElements(By.cssSelector("[data-testid=approve-plan]")).isEmpty() ? Boolean.TRUE : null);
            }
            assertThat(b.find(By.cssSelector("[data-testid=plan-status]")).getText()).isEqualTo("Đã phê duyệt");
            assertThat(b.find(By.cssSelector("[data-testid=approvals]")).getText()).doesNotContain("Chờ phê duyệt");

            signIn(b, "officer.ca-hth");
            b.go(planPath);
            b.type(By.cssSelector("[data-testid=progress-form] input[name=percent]"), "40");
            b.type(By.cssSelector("[data-testid=progress-form] input[name=note]"), note);
            click(b, By.cssSelector("[data-testid=progress-form] button[type=submit]"));
            b.waitForText(note);
            assertThat(b.find(By.cssSelector("[data-testid=plan-status]")).getText()).isEqualTo("Đang thực hiện");

            String cookies = b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + planPath + "/export?format=pdf")).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            try (var doc = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains("KẾ HOẠCH", "Trao đổi thông tin giữa các phòng chức năng", "40%");
                assertThat(text).contains("lần thứ nhất");
            }
        }
    }

    /** Clicks after scrolling the element to the middle of the window (nothing covers it there). */
    private static void click(Browser b, By by) {
        org.openqa.selenium.WebElement e = b.find(by);
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    /** Signs in with the demo password and the person's current code, as the demo sign-in page shows them. */
    private static void signIn(Browser b, String username) {
        for (int attempt = 0; attempt < 3; attempt++) {
            b.driver().manage().deleteAllCookies();
            b.go("/login");
            String password = b.find(By.cssSelector("[data-testid=demo-password]")).getText().strip();
            String code = b.find(By.xpath("//tr[td/code[text()='" + username + "']]//span[@data-testid='demo-code']"))
                    .getText().strip();
            b.type(By.id("username"), username);
            b.type(By.id("password"), password);
            b.click(By.cssSelector("main form button[type=submit]"));
            b.type(By.id("code"), code);
            b.click(By.cssSelector("main form button.btn-primary[type=submit]"));
            b.waitUntil(d -> d.getCurrentUrl().contains("/login") && !d.findElements(By.id("code-error")).isEmpty()
                    || !d.getCurrentUrl().contains("/login") ? Boolean.TRUE : null);
            if (!b.currentPath().contains("/login")) {
                return;
            }
        }
        throw new IllegalStateException("could not sign in as " + username);
    }
}
