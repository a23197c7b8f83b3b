package io.kine.infra.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages, driven by Selenium with an explicit driver path
 * so nothing is downloaded. One per test class. Waits on conditions, never on time.
 */
final class Browser implements AutoCloseable {

    static final String DRIVER = System.getProperty("kine.chromedriver", "/usr/bin/chromedriver");
    static final String CHROMIUM = System.getProperty("kine.chromium", "/usr/lib/chromium/chromium");

    /**
     * Browser tests need Debian's chromium and chromium-driver. Without them the tests are
     * skipped with this message, unless {@code KINE_REQUIRE_BROWSER=true} (set by CI), where a
     * missing browser is a failure.
     */
    static void requireChromium() {
        boolean installed = Files.isExecutable(Path.of(DRIVER)) && Files.isExecutable(Path.of(CHROMIUM));
        String message = "Chromium or its driver is missing (" + CHROMIUM + ", " + DRIVER
                + "): apt-get install chromium chromium-driver";
        if ("true".equals(System.getenv("KINE_REQUIRE_BROWSER"))) {
            org.junit.jupiter.api.Assertions.assertTrue(installed, message);
        } else {
            org.junit.jupiter.api.Assumptions.assumeTrue(installed, message);
        }
    }

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("kine-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1280,900", "--force-prefers-reduced-motion", "--user-data-dir=" + profile, "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(DRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take keystrokes in the browser's locale format; setting the ISO value is exact. */
    void setValue(String css, String value) {
        script("arguments[0].value = arguments[1];", find(css), value);
    }

    void click(String css) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void waitForUrlContaining(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Runs axe-core on the current page and returns the serious and critical violations, as
     * "rule: first offending element" lines.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        script(axeSource());
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ': ' + v.nodes[0].html)))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    void screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
