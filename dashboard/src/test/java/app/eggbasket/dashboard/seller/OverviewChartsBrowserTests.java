package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
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
 * The month-by-month dependence chart of a seller whose sales fall in a few scattered months (dora: Etsy orders of
 * 2020 and of 2022, so most months between are empty): every month with sales must be drawn, though no line can
 * join it to a neighbour. Counted as the pixels of the top-platform series' red in the plot area (the legend,
 * below it, is left out).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OverviewChartsBrowserTests {

    private static final Path DATA = TestData.seededCopy();

    /** Pixels of the canvas above its bottom 48 px whose colour is near #b3261e, and the series' point count. */
    private static final String RED_PLOT_PIXELS = "var el = document.getElementById(arguments[0]);"
            + "var chart = el && window.echarts && echarts.getInstanceByDom(el);"
            + "if (!chart) { return null; }"
            + "var canvas = el.querySelector('canvas'); var ctx = canvas.getContext('2d');"
            + "var bottom = canvas.height - Math.round(48 * (window.devicePixelRatio || 1));"
            + "var px = ctx.getImageData(0, 0, canvas.width, bottom).data, red = 0;"
            + "for (var i = 0; i < px.length; i += 4) {"
            + "  if (px[i + 3] > 200 && px[i] > 140 && px[i + 1] < 90 && px[i + 2] < 90) { red++; } }"
            + "var points = chart.getOption().series[0].data.filter(function (v) { return v !== null && v !== '-'; }).length;"
            + "return [points, red];";

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
    void open() throws IOException {
        browser = HeadlessChromium.open(1000);
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMonthWithSalesIsDrawnEvenWithNoNeighbour() throws IOException {
        HeadlessChromium.logIn(browser, "http://localhost:" + port, "dora", TestData.PASSWORD, "en");
        browser.get("http://localhost:" + port + "/sellers/dora");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> js.executeScript(RED_PLOT_PIXELS, "chart-trend") != null);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return new Promise(function (done) { setTimeout(function () { done(true); }, 1500); });")));
        js.executeScript("document.getElementById('chart-trend').scrollIntoView();");
        HeadlessChromium.screenshot(browser, "overview-scattered-months");
        java.util.List<Number> drawn = (java.util.List<Number>) js.executeScript(RED_PLOT_PIXELS, "chart-trend");
        long months = ((Number) js.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-trend')).getOption().xAxis[0].data.length;")).longValue();
        assertThat(drawn.get(0).intValue()).as("months with sales").isBetween(2, 12);
        assertThat(months).as("months on the axis, most of them empty").isGreaterThan(24);
        // a dot no line reaches is 10 px wide and filled (about 70 pixels); the 3 px rings it was drew about 10
        assertThat(drawn.get(1).intValue()).as("red pixels of the points in the plot").isGreaterThan(40 * drawn.get(0).intValue());
    }
}
