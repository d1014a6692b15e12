package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.liaison.Browser;
import vn.liaison.LiaisonTest;

/**
 * In real Chromium: the platform administrator adds a day (first with a mistake shown beside the field), confirms
 * it in place through htmx, and the calendar, deadline and rule screens pass axe-core. The day (June 2099) is
 * removed afterwards.
 */
@LiaisonTest
class DeadlineSettingsBrowserTest {

    static final String PASSWORD = "Demo@2026-Liaison";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeadlineSettings settings;

    @Test
    void theAdministratorAddsAndConfirmsADayOnAccessibleScreens() {
        try (Browser b = Browser.open(port)) {
            b.signIn("sysadmin", PASSWORD);
            b.go("/requests/settings/holidays?year=2026");
            b.find(By.cssSelector("[data-testid=unconfirmed-warning]"));
            assertThat(b.axeViolations()).as("axe on the calendar").isEmpty();

            b.go("/requests/settings/holidays?year=2099");
            // a date input's typing order follows the browser's locale: set the value as the picker would
            ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("document.getElementById('day').value = '2099-06-01';");
            new Select(b.find(By.id("kind"))).selectByValue("WORKING_SATURDAY");
            b.type(By.id("name"), "Ngày thử trình duyệt");
            press(b, By.cssSelector("[data-testid=add-day] button[type=submit]"));
            b.find(By.id("kind-error"));
            assertThat(b.find(By.id("name")).getAttribute("value")).isEqualTo("Ngày thử trình duyệt");
            assertThat(b.axeViolations()).as("axe on the refused form").isEmpty();

            new Select(b.find(By.id("kind"))).selectByValue("HOLIDAY");
            press(b, By.cssSelector("[data-testid=add-day] button[type=submit]"));
            b.find(By.cssSelector("[data-testid='day-2099-06-01'] [data-testid=unconfirmed]"));
            press(b, By.cssSelector("[data-testid='day-2099-06-01'] form[action$='/confirm'] button"));
            b.waitUntil(d -> d.findElements(By.cssSelector("[data-testid='day-2099-06-01'] [data-testid=unconfirmed]")).isEmpty()
                    ? Boolean.TRUE : null);
            assertThat(b.find(By.cssSelector("[data-testid='day-2099-06-01']")).getText()).contains("Đã xác nhận");
            assertThat(b.axeViolations()).as("axe on the list after the htmx swap").isEmpty();

            b.go("/requests/settings/deadlines");
            b.find(By.cssSelector("[data-testid=deadline-rules]"));
            assertThat(b.axeViolations()).as("axe on the deadline rules").isEmpty();
            b.go("/requests/settings/deadlines/LOOKUP/NORMAL");
            b.find(By.id("amount"));
            assertThat(b.axeViolations()).as("axe on a rule").isEmpty();
        } finally {
            jdbc.sql("DELETE FROM request_holiday WHERE day = '2099-06-01'").update();
            settings.invalidate();
        }
    }

    private static void press(Browser b, By by) {
        var element = b.find(by);
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus(); arguments[0].click();", element);
    }
}
