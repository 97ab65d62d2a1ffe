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
 * overview, follows the link to the scenarios, moves a closure of her own with its sliders, sets a fee hike
 * beside it, all without a reload, and reopens both from the page's link in French, then on a phone. Screenshots go to {@code target/screenshots}.
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
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(browser.findElement(By.id("scenario-result")).getText())
                .contains("A Little Market 2017 (59 days’ notice): if Etsy closed the same way")
                .contains("€70.00 of revenue");
        // the template fixes its notice: only the sales won back can be moved
        assertThat(browser.findElement(By.id("input-noticeDays")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("input-substitution")).isDisplayed()).isTrue();
        screenshot("scenario-2-alm-en");

        // everything below happens on this one page: a reload would drop the mark
        js.executeScript("window.notReloaded = true;");
        new Select(browser.findElement(By.id("scenario-choice"))).selectByValue("closure");
        wait.until(d -> browser.findElement(By.id("input-noticeDays")).isDisplayed());
        slide("input-noticeDays", "0");
        slide("input-substitution", "20");
        wait.until(d -> browser.findElement(By.id("scenario-result")).getText().contains("€56.00 of revenue"));
        assertThat(browser.findElement(By.id("scenario-result")).getText()).contains("If Etsy closed")
                .contains("with 20% of its sales won back");
        assertThat(browser.findElement(By.cssSelector("output[for=input-substitution]")).getText()).isEqualTo("20 %");
        assertThat(browser.findElement(By.id("channels-after")).getText()).contains("Own web shop").contains("€352.00");
        assertThat(browser.getCurrentUrl()).contains("scenario=closure").contains("substitution=20").contains("noticeDays=0");
        waitForChart("chart-scenario");
        screenshot("scenario-3-closure-slid-en");

        // a second scenario beside the first, moved on its own
        browser.findElement(By.id("scenario-compare")).click();
        wait.until(d -> browser.findElement(By.id("b-scenario-result")).isDisplayed()
                && browser.findElement(By.id("b-scenario-result")).getText().contains("If Etsy raised its fees"));
        WebElementInput.set(browser, "b.newRate", "10");
        wait.until(d -> browser.findElement(By.id("b-scenario-result")).getText().contains("from 5% to 10% of revenue"));
        waitForChart("b-chart-scenario");
        assertThat(browser.findElement(By.id("scenario-result")).getText()).as("the first side stays as it was")
                .contains("€56.00 of revenue");
        assertThat(browser.findElement(By.id("side-b")).getLocation().getX())
                .as("side by side on a wide screen").isGreaterThan(browser.findElement(By.id("side-a")).getLocation().getX());
        assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);
        String link = browser.findElement(By.id("scenario-link")).getAttribute("value");
        assertThat(link).isEqualTo(browser.getCurrentUrl()).contains("?channel=etsy&scenario=closure&noticeDays=0&substitution=20")
                .contains("b.scenario=fee-hike").contains("b.newRate=10").doesNotContain("null");
        screenshot("scenario-4-compared-en");

        // the link reopens both, in whatever language its reader uses
        browser.get(link + "&lang=fr");
        waitForChart("chart-scenario");
        waitForChart("b-chart-scenario");
        assertThat(browser.findElement(By.id("scenario-result")).getText()).contains("Si Etsy fermait")
                .contains("56,00 €");
        assertThat(browser.findElement(By.id("b-scenario-result")).getText()).contains("Si Etsy augmentait ses frais")
                .contains("de 5 % à 10 %");
        assertThat(browser.findElement(By.cssSelector("#side-b legend")).getText()).isEqualTo("Comparé avec");
        screenshot("scenario-5-compared-fr");
        js.executeScript("document.getElementById('scenario-chart-card').scrollIntoView();");
        screenshot("scenario-6-closure-chart-fr");

        // on a phone the two stack, and nothing is wider than the window
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        HeadlessChromium.pause(browser, 800);
        Number width = (Number) js.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("document width at 390 px").isLessThanOrEqualTo(390);
        assertThat(browser.findElement(By.id("side-b")).getLocation().getY())
                .isGreaterThan(browser.findElement(By.id("side-a")).getLocation().getY());
        screenshot("scenario-7-phone-fr");
        js.executeScript("document.getElementById('side-b').scrollIntoView();");
        screenshot("scenario-8-phone-side-b-fr");

        // removing the comparison takes it out of the address too
        browser.findElement(By.cssSelector("#side-b .scenario-remove")).click();
        wait.until(d -> !browser.getCurrentUrl().contains("b.scenario"));
        assertThat(browser.findElement(By.id("side-b")).isDisplayed()).isFalse();
    }

    /** Moves a slider as a hand would: its value, then the input and change events. */
    private void slide(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("var el = document.getElementById(arguments[0]); el.value = arguments[1];"
                + "el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true}));",
                id, value);
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
