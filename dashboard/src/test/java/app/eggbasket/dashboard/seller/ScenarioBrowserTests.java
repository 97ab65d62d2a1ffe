package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser (headless Chromium): ines (70/20/10 over 2025) sees her dependence trend on the
 * overview, follows the link to the scenarios, picks the DaWanda template and then a closure of her own,
 * and sees the charts drawn, in English and French. Screenshots go to {@code target/screenshots}.
 * Skipped without chromedriver unless {@code eggbasket.browser.required=true} or {@code CI=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioBrowserTests {

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
        HeadlessChromium.requireOrSkip();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.open(1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
        HeadlessChromium.screenshot(browser, name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
