package app.eggbasket.dashboard.seller;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

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

    /**
     * What a page looks like 390 px wide: by how many pixels it is wider than the window, and which elements stick
     * out of it, those of the top bar apart (tables scroll inside their .table-scroll box).
     */
    public record Narrow(long scrollWidth, long clientWidth, List<String> outsideHeader, List<String> inHeader) {

        public long overflow() {
            return scrollWidth - clientWidth;
        }
    }

    /** Measures the page 390 px wide and takes its screenshot {@code name}, then gives the window its width back. */
    public static Narrow narrow(WebDriver browser, String name) throws IOException {
        return narrow(browser, name, null);
    }

    /** The same, the screenshot taken with {@code shown} scrolled into view (null: the top of the page). */
    @SuppressWarnings("unchecked")
    public static Narrow narrow(WebDriver browser, String name, org.openqa.selenium.By shown) throws IOException {
        Dimension wide = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            JavascriptExecutor js = (JavascriptExecutor) browser;
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> ((Number) js.executeScript("return window.innerWidth;")).intValue() <= 390);
            js.executeScript("window.scrollTo(0, 0);");
            long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
            long client = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
            List<List<String>> wider = (List<List<String>>) js.executeScript(
                    "var outside = [], header = [], w = document.documentElement.clientWidth;"
                            + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                            + "if (r.right > w + 1 && !e.closest('.table-scroll')) {"
                            + "var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                            + " + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                            + " + (e.children.length === 0 && e.textContent.trim() ? ' \\'' + e.textContent.trim() + '\\'' : '')"
                            + " + ' right=' + Math.round(r.right);"
                            + "(e.closest('header.top') ? header : outside).push(name); } });"
                            + "return [outside, header];");
            if (shown != null) {
                js.executeScript("arguments[0].scrollIntoView();", browser.findElement(shown));
            }
            screenshot(browser, name);
            return new Narrow(scroll, client, wider.get(0), wider.get(1));
        } finally {
            browser.manage().window().setSize(wide);
        }
    }

    /** Waits up to 20 seconds, as the browser tests do for a page to answer. */
    public static WebDriverWait waitOn(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** The browsers one test opens, all closed by {@link #close()} (call it from {@code @AfterEach}). */
    public static final class Browsers implements AutoCloseable {

        private final List<WebDriver> open = new java.util.ArrayList<>();

        /** A new browser, 1280 pixels wide and {@code height} high (see {@link HeadlessChromium#open}). */
        public WebDriver open(int height) throws IOException {
            WebDriver browser = HeadlessChromium.open(height);
            open.add(browser);
            return browser;
        }

        @Override
        public void close() {
            open.forEach(WebDriver::quit);
            open.clear();
        }
    }
}
