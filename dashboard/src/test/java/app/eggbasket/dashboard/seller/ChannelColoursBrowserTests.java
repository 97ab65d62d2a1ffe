package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.cooperative.EditionFixtures;
import app.eggbasket.dashboard.cooperative.Editions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One colour per channel (issue 14), read from the drawn ECharts options: etsy and markets have the same colour on
 * ines's overview (etsy her largest channel) and on fay's (etsy her smallest of four), in the donut and in the
 * monthly bars, and etsy's bar on a cooperative's edition has it too; it is channel-colours.js's for that id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChannelColoursBrowserTests {

    private static final Path DATA = EditionFixtures.summer(TestData.seededCopy());

    /** Channel → colour of one chart: the donut's slices, the bars' series, or the edition's shares bars. */
    private static final String COLOURS = "var el = document.getElementById(arguments[0]);"
            + "var chart = el && window.echarts && echarts.getInstanceByDom(el);"
            + "if (!chart) { return null; }"
            + "var o = chart.getOption(), m = {};"
            + "if (arguments[1] === 'slices') { o.series[0].data.forEach(function (d) { m[d.name] = d.itemStyle.color; }); }"
            + "else if (arguments[1] === 'series') { o.series.forEach(function (s) { m[s.name] = s.itemStyle.color; }); }"
            + "else { o.yAxis[0].data.forEach(function (name, i) { m[name] = o.series[0].data[i].itemStyle.color; }); }"
            + "return m;";

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
    void open() throws IOException {
        EditionFixtures.publishSummer(editions);
        browser = HeadlessChromium.open(1000);
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChannelHasOneColourOnEverySellersOverviewAndOnTheEdition() throws IOException {
        Map<String, String> inesSlices = colours("ines", "chart-shares", "slices");
        Map<String, String> inesBars = colours("ines", "chart-monthly", "series");
        shot("colours-ines");
        Map<String, String> faySlices = colours("fay", "chart-shares", "slices");
        Map<String, String> fayBars = colours("fay", "chart-monthly", "series");
        shot("colours-fay");

        assertThat(inesSlices.keySet()).contains("Etsy", "Markets", "Own web shop");
        assertThat(faySlices.keySet()).contains("Etsy", "Markets");
        String etsy = inesSlices.get("Etsy");
        assertThat(List.of(inesBars.get("Etsy"), faySlices.get("Etsy"), fayBars.get("Etsy"))).as("etsy everywhere")
                .containsOnly(etsy);
        assertThat(List.of(inesBars.get("Markets"), faySlices.get("Markets"), fayBars.get("Markets"))).as("markets everywhere")
                .containsOnly(inesSlices.get("Markets"));
        assertThat(faySlices.values()).as("fay's four channels, four colours").doesNotHaveDuplicates();
        assertThat(inesSlices.values()).doesNotHaveDuplicates();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return EggbasketColours.forChannel('etsy');")).isEqualTo(etsy);
        assertThat(js.executeScript("return EggbasketColours.forChannel(' Etsy ');")).isEqualTo(etsy);
        assertThat(js.executeScript("return EggbasketColours.forChannel('boutique-dépôt') === EggbasketColours.forChannel('boutique-dépôt')"
                + " && EggbasketColours.palette.indexOf(EggbasketColours.forChannel('boutique-dépôt')) >= 0;")).isEqualTo(true);
        for (String channel : List.of("boutique-dépôt", "atelier-nord", "salon-lyon", "etsy", "a-little-market")) {
            assertThat(js.executeScript("return EggbasketColours.forChannel(arguments[0]);", channel))
                    .as("%s's colour on the page and in the PDFs", channel)
                    .isEqualTo(app.eggbasket.dashboard.web.ChannelColours.forChannel(channel));
        }

        // the charts follow the window: narrowed to a phone, each is redrawn to its card's width
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        HeadlessChromium.pause(browser, 600);
        for (String chart : List.of("chart-shares", "chart-monthly", "chart-trend")) {
            List<Number> widths = (List<Number>) js.executeScript("var el = document.getElementById(arguments[0]);"
                    + "return [echarts.getInstanceByDom(el).getWidth(), el.clientWidth];", chart);
            assertThat(widths.get(0).intValue()).as("%s redrawn at 390 px", chart)
                    .isEqualTo(widths.get(1).intValue()).isLessThan(390);
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

        browser.manage().deleteAllCookies();
        browser.get(url("/coops/alpes/editions/1?lang=en"));
        Map<String, String> edition = waitFor("chart-shares", "edition");
        shot("colours-edition");
        assertThat(edition.get("Etsy")).as("etsy on the cooperative's edition").isEqualTo(etsy);
        assertThat(edition.get("Own web shop")).isEqualTo(inesSlices.get("Own web shop"));
    }

    private Map<String, String> colours(String seller, String chart, String kind) {
        if (!browser.getCurrentUrl().contains("/sellers/" + seller)) {
            browser.manage().deleteAllCookies();
            HeadlessChromium.logIn(browser, url(""), seller, TestData.PASSWORD, "en");
            browser.get(url("/sellers/" + seller));
        }
        return waitFor(chart, kind);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> waitFor(String chart, String kind) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> js.executeScript(COLOURS, chart, kind) != null);
        return (Map<String, String>) js.executeScript(COLOURS, chart, kind);
    }

    /** The charts in view, after their entry animation. */
    private void shot(String name) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.getElementById('chart-shares').scrollIntoView();");
        HeadlessChromium.pause(browser, 1200);
        HeadlessChromium.screenshot(browser, name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
