package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV / XLSX links under the overview's tables in a real browser (headless Chromium), in French, at
 * desktop width and at 390 px: they show, stay inside their card, and download with the session. Screenshots
 * go to {@code target/screenshots} (table-downloads-*.png).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TableDownloadsBrowserTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
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
    void overviewLinksEachTableInFrenchAtDesktopWidthAndOnAPhone() throws IOException {
        logIn("fay");
        browser.get(url("/sellers/fay?lang=fr"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("downloads-channels")));

        checkLinks("desktop");
        browser.manage().window().setSize(new Dimension(390, 900));
        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("downloads-channels")));
        checkLinks("390");
    }

    private void checkLinks(String width) throws IOException {
        for (String table : List.of("keep", "channels")) {
            WebElement links = browser.findElement(By.id("downloads-" + table));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", links);
            assertThat(links.getText().replaceAll("\\s+", " ")).isEqualTo("Télécharger ce tableau : CSV XLSX");
            assertThat(links.getRect().getHeight()).as("the label and both links on one line at %s", width).isLessThan(30);
            WebElement card = links.findElement(By.xpath("ancestor::section[contains(@class, 'card')]"));
            Rectangle box = card.getRect();
            for (String format : List.of("csv", "xlsx")) {
                WebElement link = browser.findElement(By.id("download-" + table + "-" + format));
                Rectangle r = link.getRect();
                assertThat(link.isDisplayed()).isTrue();
                assertThat(r.getX()).as("%s %s inside its card at %s", table, format, width).isGreaterThanOrEqualTo(box.getX());
                assertThat(r.getX() + r.getWidth()).as("%s %s inside its card at %s", table, format, width)
                        .isLessThanOrEqualTo(box.getX() + box.getWidth());
                assertThat(r.getHeight()).as("one line").isLessThan(30);
                assertThat(fetch(link.getAttribute("href"))).as(link.getAttribute("href"))
                        .containsEntry("status", 200L).containsEntry("disposition", "attachment; filename=\"eggbasket-fay-"
                                + table + "-2017-03-14-2017-04-01." + format + "\"");
            }
            HeadlessChromium.screenshot(browser, "table-downloads-" + table + "-fr-" + width);
            Files.copy(card.getScreenshotAs(OutputType.FILE).toPath(),
                    HeadlessChromium.SCREENSHOTS.resolve("table-downloads-" + table + "-card-fr-" + width + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Downloads {@code href} with the browser's session; its status and Content-Disposition. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String href) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function () {"
                        + " done({status: r.status, disposition: r.headers.get('Content-Disposition')}); }); })"
                        + ".catch(function (e) { done({status: -1, disposition: String(e)}); });", href);
    }

    private void logIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/sellers/"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
