package vn.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.liaison.Browser;
import vn.liaison.LiaisonTest;

/**
 * The foundation in a real Chromium: an agency administrator signs in with the second factor, switches the
 * language, finds and opens their agency, changes it (a new unit), and the agency's auditor finds the change in
 * the ledger. Every page visited on the way passes axe-core without serious violations.
 */
@LiaisonTest
class FoundationJourneyBrowserTest {

    private static final String PASSWORD = "Demo@2026-Liaison";

    @LocalServerPort
    int port;

    @Test
    void signInSwitchLanguageChangeAnAgencyAndSeeItInTheLedger() {
        String unitName = "Tổ kiểm thử hành trình " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin.ca-agg", PASSWORD);
            assertThat(browser.find(By.cssSelector("main h1")).getText()).startsWith("Xin chào");
            assertThat(browser.find(By.cssSelector("[data-testid=signed-in]")).getText()).contains("Công an tỉnh An Giang");
            assertThat(browser.axeViolations()).as("home page").isEmpty();

            browser.click(By.linkText("English"));
            assertThat(browser.find(By.cssSelector("main h1")).getText()).startsWith("Welcome");

            browser.go("/agencies");
            browser.type(By.id("q"), "cong an an giang");
            browser.find(By.id("q")).sendKeys(Keys.ENTER);
            browser.waitForText("An Giang");
            assertThat(browser.axeViolations()).as("agency list").isEmpty();
            browser.click(By.xpath("//main//table//a[contains(., 'An Giang') and contains(., 'Police')]"));
            browser.waitForText("Provincial police");
            assertThat(browser.axeViolations()).as("agency page").isEmpty();

            browser.click(By.cssSelector("a[href$='/units/new']"));
            browser.type(By.id("nameVi"), unitName);
            browser.type(By.id("nameEn"), "Journey test team");
            new Select(browser.find(By.id("kind"))).selectByValue("TEAM");
            browser.click(By.cssSelector("main form button[type=submit]"));
            // Back on the agency page, which names units in the reader's language (English now).
            browser.waitForText("Journey test team");
            browser.signOut();

            browser.signIn("auditor.ca-agg", PASSWORD);
            browser.go("/audit?action=unit.create");
            browser.waitForText("unit.create");
            assertThat(browser.axeViolations()).as("ledger").isEmpty();
            browser.click(By.cssSelector("main table tbody tr:first-child td a"));
            browser.waitForText(unitName);
            assertThat(browser.text()).contains("unit.create", "Journey test team");
        }
    }
}
