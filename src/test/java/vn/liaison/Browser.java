package vn.liaison;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, pointed at the test
 * application. Browser journeys use it; {@link #axeViolations()} runs axe-core on the current page.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public static Browser open(int port) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1366,900", "--lang=vi",
                    "--user-data-dir=" + Files.createTempDirectory("liaison-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public Browser type(By field, String text) {
        WebElement e = find(field);
        e.clear();
        e.sendKeys(text);
        return this;
    }

    public Browser click(By by) {
        waitUntil(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        // A page being replaced by the next one leaves stale elements behind: look again rather than fail.
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    public Browser waitForText(String text) {
        waitUntil(d -> d.findElement(By.tagName("body")).getText().contains(text) ? Boolean.TRUE : null);
        return this;
    }

    /** Runs axe-core on the current page and returns the serious and critical violations (id and help text). */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.id + ': ' + v.help + ' [' + v.nodes.map(n => n.target.join(' ')).join(', ') + ']')));
                """);
        return (List<String>) result;
    }

    private static String axeSource() {
        try (InputStream in = new ClassPathResource("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signs in as a demo account the way a newcomer does: the password, then the current code that the demo
     * sign-in page shows for that account. A code is accepted once, so when another test used the same code
     * moments ago this waits for the next one.
     */
    public Browser signIn(String username, String password) {
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.cssSelector("form[action$='/login'] button[type=submit]"));
        waitUntil(d -> d.getCurrentUrl().contains("/login/second-factor") ? Boolean.TRUE : null);
        String used = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            String code = demoCode(username);
            if (code.equals(used)) {
                sleep(2000);
                attempt--;
                continue;
            }
            type(By.id("code"), code);
            click(By.cssSelector("#code ~ button[type=submit], form button.btn-primary[type=submit]"));
            used = code;
            if (waitUntil(d -> d.getCurrentUrl().contains("/login/second-factor") && d.findElements(By.id("code")).isEmpty()
                    ? null : Boolean.TRUE) && !driver.getCurrentUrl().contains("/login")) {
                return this;
            }
        }
        throw new IllegalStateException("could not sign in as " + username + ": " + text());
    }

    /** The code the demo sign-in page shows for the account now. */
    public String demoCode(String username) {
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            var m = java.util.regex.Pattern.compile("<code>" + java.util.regex.Pattern.quote(username)
                    + "</code>.*?data-testid=\"demo-code\"[^>]*>(\\d{6})<", java.util.regex.Pattern.DOTALL).matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no demo code shown for " + username);
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Browser signOut() {
        click(By.cssSelector("form[action$='/logout'] button[type=submit]"));
        waitUntil(d -> d.getCurrentUrl().contains("/login") ? Boolean.TRUE : null);
        return this;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Map<String, Object> capabilities() {
        return ((ChromeDriver) driver).getCapabilities().asMap();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
