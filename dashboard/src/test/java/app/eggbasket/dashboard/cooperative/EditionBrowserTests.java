package app.eggbasket.dashboard.cooperative;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.seller.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edition's public page in a real browser (headless Chromium), anonymous, in French and in English: edition 1 of
 * {@link TestData#ALPES} (2025-Q3, {@link EditionFixtures#summer}'s twelve members). Its three charts are drawn (each
 * ECharts instance holds series data and its canvas has coloured pixels), the page does not overflow 390 pixels wide,
 * and an unknown cooperative gets the 404 page. Screenshots go to {@code /work/tmp/shots/edition-<lang>.png} (the whole
 * page, 1280 wide) and {@code edition-<lang>-390.png}, and to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditionBrowserTests {

    private static final Path DATA = EditionFixtures.summer(TestData.seededCopy());
    private static final Path SHOTS = Path.of(System.getProperty("eggbasket.shots", "/work/tmp/shots"));
    private static final List<String> CHARTS = List.of("chart-shares", "chart-tps", "chart-risk");

    /** The chart's series data, and how many of its canvas's pixels are neither transparent nor white. */
    private static final String CHART_DRAWN = "var el = document.getElementById(arguments[0]);"
            + "var chart = el && window.echarts && echarts.getInstanceByDom(el);"
            + "if (!chart) { return null; }"
            + "var data = chart.getOption().series[0].data.length;"
            + "var canvas = el.querySelector('canvas'); var ctx = canvas.getContext('2d');"
            + "var px = ctx.getImageData(0, 0, canvas.width, canvas.height).data, inked = 0;"
            + "for (var i = 0; i < px.length; i += 4) {"
            + "  if (px[i + 3] > 0 && (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240)) { inked++; } }"
            + "return [data, inked];";

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    Editions editions;

    private WebDriver browser;

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.requireOrSkip();
    }

    @BeforeEach
    void published() throws IOException {
        EditionFixtures.publishSummer(editions);
        browser = HeadlessChromium.open(1000);
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void inFrenchTheEditionsChartsAreDrawn() throws Exception {
        edition("fr", "Coopérative des Alpes : rapport de marché 2025-Q3", "Parts de marché des canaux",
                "Canaux couverts par le secret");
    }

    @Test
    void inEnglishTheEditionsChartsAreDrawn() throws Exception {
        edition("en", "Coopérative des Alpes: market report 2025-Q3", "Channel market shares", "Withheld channels");
    }

    @Test
    void anUnknownCooperativeGetsTheNotFoundPage() {
        browser.get(url("/coops/nope/editions?lang=en"));
        assertThat(browser.findElement(By.cssSelector(".notice.error")).getText()).isEqualTo("This page does not exist.");
        browser.get(url("/coops/alpes/editions/7?lang=fr"));
        assertThat(browser.findElement(By.cssSelector(".notice.error")).getText()).isEqualTo("Cette page n’existe pas.");
    }

    @SuppressWarnings("unchecked")
    private void edition(String lang, String title, String sharesTitle, String withheld) throws Exception {
        browser.get(url("/coops/alpes/editions/1?lang=" + lang));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector(".edition-charts h2")).getText()).isEqualTo(sharesTitle);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        waitForCharts(js);
        for (String chart : CHARTS) {
            List<Number> drawn = (List<Number>) js.executeScript(CHART_DRAWN, chart);
            assertThat(drawn.get(0).intValue()).as("%s has series data", chart).isPositive();
            assertThat(drawn.get(1).intValue()).as("%s's canvas is not blank", chart).isGreaterThan(500);
        }
        // the shares' last bar is the withheld channels; the risk chart's first two levels are withheld (x), not 0
        assertThat((String) js.executeScript("var o = echarts.getInstanceByDom(document.getElementById('chart-shares')).getOption();"
                + "return o.yAxis[0].data[0];")).isEqualTo(withheld);
        assertThat((List<Object>) js.executeScript("var o = echarts.getInstanceByDom(document.getElementById('chart-risk')).getOption();"
                + "return o.series[0].data.map(function (d) { return d.withheld ? 'x' : d.value; });"))
                .containsExactly("x", "x", 4L, 4L);
        assertThat((List<Object>) js.executeScript("var o = echarts.getInstanceByDom(document.getElementById('chart-tps')).getOption();"
                + "return o.series[0].data.map(function (d) { return d.length; });")).containsExactly(5L, 5L, 5L);

        fullPageShot(js, "edition-" + lang);

        browser.manage().window().setSize(new Dimension(390, 844));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> ((Number) js.executeScript("return window.innerWidth;")).intValue() <= 390);
        pause(js, 800);
        long overflow = ((Number) js.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
        List<String> outside = (List<String>) js.executeScript("var out = [], w = document.documentElement.clientWidth;"
                + "document.querySelectorAll('main *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + "if (r.right > w + 1 && !e.closest('.table-scroll')) { out.push(e.tagName.toLowerCase()"
                + " + (e.id ? '#' + e.id : '') + ' right=' + Math.round(r.right)); } }); return out;");
        fullPageShot(js, "edition-" + lang + "-390");
        assertThat(outside).as("nothing of the edition sticks out at 390 px").isEmpty();
        assertThat(overflow).as("the page is wider than 390 px by").isZero();
        for (String chart : CHARTS) {
            List<Number> drawn = (List<Number>) js.executeScript(CHART_DRAWN, chart);
            assertThat(drawn.get(1).intValue()).as("%s drawn at 390 px", chart).isGreaterThan(500);
        }
    }

    private void waitForCharts(JavascriptExecutor js) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> CHARTS.stream().allMatch(chart -> {
            Object drawn = js.executeScript(CHART_DRAWN, chart);
            return drawn instanceof List<?> list && ((Number) list.get(0)).intValue() > 0;
        }));
        pause(js, 1200); // the entry animation, so that the canvas and the screenshot show the drawn charts
    }

    private void pause(JavascriptExecutor js, int millis) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return new Promise(function (done) { setTimeout(function () { done(true); }, " + millis + "); });")));
    }

    /** The whole page: the window made as tall as the document, then put back. */
    private void fullPageShot(JavascriptExecutor js, String name) throws IOException {
        Dimension size = browser.manage().window().getSize();
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 140, 6000)));
        pause(js, 700);
        Files.createDirectories(SHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        HeadlessChromium.screenshot(browser, name);
        browser.manage().window().setSize(size);
        pause(js, 300);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
