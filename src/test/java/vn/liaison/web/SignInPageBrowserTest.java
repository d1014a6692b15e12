package vn.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.liaison.Browser;
import vn.liaison.LiaisonTest;

/** The sign-in page in real Chromium: both languages, no serious accessibility violations. */
@LiaisonTest
class SignInPageBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void signInPageIsAccessibleInBothLanguages() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            assertThat(browser.find(By.cssSelector("h1")).getText()).contains("Đăng nhập");
            assertThat(browser.axeViolations()).isEmpty();
            browser.go("/login?lang=en");
            assertThat(browser.find(By.cssSelector("h1")).getText()).contains("Sign in");
            assertThat(browser.axeViolations()).isEmpty();
        }
    }
}
