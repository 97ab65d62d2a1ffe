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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller's first visit in a real browser (headless Chromium): log in, upload the Etsy export,
 * read the per-file result, open the overview and see both charts drawn with data, in English and
 * in French. Screenshots go to {@code target/screenshots}. Skipped without chromedriver, unless
 * {@code eggbasket.browser.required=true} or the environment variable {@code CI=true}, which make its absence a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SellerJourneyBrowserTests {

    private static final String SELLER = "atelier-brigitte";
    private static final Path DATA = TestData.emptyDataDirWithSeller("brigitte", SELLER);

    private static final String CHART_HAS_DATA = "var el = document.getElementById(arguments[0]);"
            + "var chart = el && window.echarts && echarts.getInstanceByDom(el);"
            + "return !!chart && chart.getOption().series[0].data.length > 0;";

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.requireOrSkip();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.open(1000);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void sellerUploadsHerEtsyExportAndSeesHerDependenceInEnglishAndFrench() throws IOException {
        logIn();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        assertThat(browser.getCurrentUrl()).endsWith("/sellers/" + SELLER);
        assertThat(browser.findElement(By.id("empty-state")).getText()).contains("No sales yet");

        browser.get(url("/sellers/" + SELLER + "/uploads"));
        Path sample = TestData.etsySample(TestData.ETSY_2022).toAbsolutePath();
        browser.findElement(By.id("files")).sendKeys(sample.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#file-rows tbody tr")));
        assertThat(browser.findElement(By.cssSelector("#file-rows .file-name")).getText()).isEqualTo(TestData.ETSY_2022);
        browser.findElement(By.id("upload-submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-results")));
        String result = browser.findElement(By.cssSelector("#upload-results tr.accepted")).getText();
        assertThat(result).contains(TestData.ETSY_2022).contains("Etsy").contains("Etsy (Marketplace)");
        assertThat(browser.findElement(By.cssSelector("#upload-results .result-accepted")).getText()).isEqualTo("8");
        assertThat(browser.findElement(By.id("upload-history")).getText()).contains(TestData.ETSY_2022);
        screenshot("1-upload-result-en");

        browser.get(url("/sellers/" + SELLER));
        waitForCharts(wait);
        assertThat(browser.findElement(By.id("kpi-revenue")).getText()).isEqualTo("US$279.51");
        assertThat(browser.findElement(By.id("risk-card")).getText())
                .contains("100% of your revenue depends on Etsy")
                .contains("you would lose about US$279.51 a month")
                .contains("Critical risk");
        screenshot("2-overview-en");
        chartsScreenshot("3-overview-charts-en");

        browser.get(url("/sellers/" + SELLER + "?lang=fr"));
        waitForCharts(wait);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vue d’ensemble de " + SELLER);
        assertThat(browser.findElement(By.cssSelector("#risk-card h2")).getText())
                .isEqualTo("Quelle part une seule plateforme pourrait-elle couper ?");
        assertThat(browser.findElement(By.id("channel-table")).getText()).contains("Place de marché");
        assertThat(browser.findElement(By.id("kpi-revenue")).getText()).isEqualTo("279,51 $US");
        assertThat(browser.findElement(By.id("risk-card")).getText()).contains("Risque critique");
        screenshot("4-overview-fr");
        chartsScreenshot("5-overview-charts-fr");

        browser.get(url("/sellers/" + SELLER + "/uploads"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the language is remembered")
                .isEqualTo("Imports de " + SELLER);

        Path square = TestData.samples().resolve("square-item-sales")
                .resolve("valid-square_items_detail_2026-07_35col.csv").toAbsolutePath();
        browser.findElement(By.id("files")).sendKeys(square.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#file-rows tbody tr")));
        browser.findElement(By.id("upload-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-results")));
        assertThat(browser.findElement(By.cssSelector("#upload-results tr.accepted")).getText())
                .contains("Square").contains("Marchés (En personne)");

        browser.get(url("/sellers/" + SELLER + "?lang=en"));
        waitForCharts(wait);
        assertThat(browser.findElement(By.id("kpi-revenue")).getText()).isEqualTo("US$335.51");
        assertThat(browser.findElement(By.id("channel-table")).getText()).contains("Markets").contains("In person");
        assertThat(channelColours("chart-shares")).as("each channel has the same colour in both charts")
                .isEqualTo(channelColours("chart-monthly")).hasSize(2);
        chartsScreenshot("6-overview-charts-two-channels-en");
    }

    /** Channel name → colour as drawn by one chart (pie items or bar series). */
    @SuppressWarnings("unchecked")
    private java.util.Map<String, String> channelColours(String chart) {
        return (java.util.Map<String, String>) ((JavascriptExecutor) browser).executeScript(
                "var o = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption(); var m = {};"
                        + "if (o.series[0].type === 'pie') { o.series[0].data.forEach(function (d) { m[d.name] = d.itemStyle.color; }); }"
                        + "else { o.series.forEach(function (s) { m[s.name] = s.itemStyle.color; }); }"
                        + "return m;", chart);
    }

    private void logIn() {
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("brigitte");
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/sellers/"));
    }

    private void waitForCharts(WebDriverWait wait) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (String chart : new String[]{"chart-shares", "chart-monthly"}) {
            wait.until(d -> Boolean.TRUE.equals(js.executeScript(CHART_HAS_DATA, chart)));
        }
        // let the entry animation finish so the screenshot shows the drawn charts
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "return new Promise(function (done) { setTimeout(function () { done(true); }, 1200); });")));
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }

    private void chartsScreenshot(String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.charts').scrollIntoView();");
        screenshot(name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
