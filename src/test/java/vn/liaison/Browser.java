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
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
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

    public Map<String, Object> capabilities() {
        return ((ChromeDriver) driver).getCapabilities().asMap();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
