package app.eggbasket.dashboard.seller;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium for the browser tests: started with the flags the project requires and a new
 * empty profile, screenshots kept under target/screenshots. Without Chromium the tests are skipped, unless
 * CI=true or -Deggbasket.browser.required=true, where they fail.
 */
public final class HeadlessChromium {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {
    }

    /** Call from {@code @BeforeAll}: skips the class without Chromium, or fails where browser tests are required. */
    public static void requireOrSkip() {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        boolean required = Boolean.getBoolean("eggbasket.browser.required")
                || "true".equalsIgnoreCase(System.getenv("CI"));
        if (!present && required) {
            fail("browser tests are required here (CI=true or eggbasket.browser.required=true) but "
                    + CHROMEDRIVER + " or " + CHROMIUM + " is missing");
        }
        assumeTrue(present, "headless Chromium not installed (apt-get install chromium chromium-driver)");
    }

    /** A new browser, English, 1280 pixels wide and {@code height} high, on a new empty profile. */
    public static WebDriver open(int height) throws IOException {
        return start(1280, height);
    }

    /**
     * A new browser the size of a phone, {@code width} × {@code height}: scrollbars hidden, as a phone's overlay
     * scrollbars take no width, so the page's client width is the window's.
     */
    public static WebDriver openPhone(int width, int height) throws IOException {
        return start(width, height, "--hide-scrollbars");
    }

    private static WebDriver start(int width, int height, String... extra) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("eggbasket-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments(extra);
        WebDriver browser = new ChromeDriver(options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
        return browser;
    }

    /** Logs in on the login page of {@code base} in the given language, and waits to leave it. */
    public static void logIn(WebDriver browser, String base, String username, String password, String lang) {
        browser.get(base + "/login?lang=" + lang);
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.cssSelector("form.form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Waits {@code millis} in the page (an entry animation, a resize), through the browser's own timer. */
    public static void pause(WebDriver browser, int millis) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10).plusMillis(millis))
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return new Promise(function (done) { setTimeout(function () { done(true); }, " + millis + "); });")));
    }

    public static void screenshot(WebDriver browser, String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
