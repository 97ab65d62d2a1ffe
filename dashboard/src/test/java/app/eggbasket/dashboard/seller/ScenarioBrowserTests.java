package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In a real browser (headless Chromium): ines (70/20/10 over 2025) sees her dependence trend on the
 * overview, follows the link to the scenarios, picks the DaWanda template and then a closure of her own,
 * and sees the charts drawn, in English and French. Screenshots go to {@code target/screenshots}.
 * Skipped without chromedriver unless {@code eggbasket.browser.required=true} or {@code CI=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioBrowserTests {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String CHART_HAS_DATA = "var el = document.getElementById(arguments[0]);"
            + "var chart = el && window.echarts && echarts.getInstanceByDom(el);"
            + "return !!chart && chart.getOption().series[0].data.length > 0;";

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void needsChromium() {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        boolean required = Boolean.getBoolean("eggbasket.browser.required") || "true".equalsIgnoreCase(System.getenv("CI"));
        if (!present && required) {
            fail("browser tests are required here but " + CHROMEDRIVER + " or " + CHROMIUM + " is missing");
        }
        assumeTrue(present, "headless Chromium not installed (apt-get install chromium chromium-driver)");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("eggbasket-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
        browser = new ChromeDriver(options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void sellerSeesHerTrendThenWhatAClosureWouldCost() throws IOException {
        browser.get(url("/"));
        browser.findElement(By.id("username")).sendKeys("ines");
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/sellers/ines"));

        waitForChart("chart-trend");
        Object controlled = ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-trend')).getOption().series[2].data[0];");
        assertThat(((Number) controlled).doubleValue()).isEqualTo(0.3);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('trend-card').scrollIntoView();");
        screenshot("scenario-1-overview-trend-en");

        browser.findElement(By.id("scenarios-link")).click();
        waitForChart("chart-scenario");
        assertThat(browser.findElement(By.id("scenario-result")).getText())
                .contains("A Little Market 2017 (59 days’ notice): if etsy closed the same way")
                .contains("€70.00 of revenue");
        screenshot("scenario-2-alm-en");

        new Select(browser.findElement(By.id("scenario-choice"))).selectByValue("closure");
        WebElementInput.set(browser, "substitution", "20");
        browser.findElement(By.cssSelector("#scenario-form button[type=submit]")).click();
        waitForChart("chart-scenario");
        assertThat(browser.findElement(By.id("scenario-result")).getText()).contains("€56.00 of revenue")
                .contains("with 20% of its sales won back");
        assertThat(browser.findElement(By.id("channels-after")).getText()).contains("own-shop").contains("€352.00");

        browser.get(browser.getCurrentUrl() + "&lang=fr");
        waitForChart("chart-scenario");
        assertThat(browser.findElement(By.id("scenario-result")).getText()).contains("Si etsy fermait")
                .contains("56,00 €");
        screenshot("scenario-3-closure-fr");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('scenario-chart-card').scrollIntoView();");
        screenshot("scenario-4-closure-chart-fr");
    }

    /** Sets a form input's value by name. */
    private static final class WebElementInput {
        static void set(WebDriver browser, String name, String value) {
            var input = browser.findElement(By.name(name));
            input.clear();
            input.sendKeys(value);
        }
    }

    private void waitForChart(String id) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(CHART_HAS_DATA, id)));
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "return new Promise(function (done) { setTimeout(function () { done(true); }, 1200); });")));
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
