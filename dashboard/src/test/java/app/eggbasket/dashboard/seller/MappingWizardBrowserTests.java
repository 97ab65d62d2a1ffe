package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
 * A seller maps the columns of a closed platform's export in a real browser (headless Chromium):
 * upload refused, "map the columns", choose, preview, explain a status word, save and import, then
 * the same file is recognised. Screenshots go to {@code target/screenshots}. Skipped without
 * chromedriver unless {@code CI=true} or {@code eggbasket.browser.required=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MappingWizardBrowserTests {

    private static final String SELLER = "atelier-lise";
    private static final Path DATA = TestData.emptyDataDirWithSeller("lise", SELLER);
    private static final Path SAMPLE = TestData.samples().resolveSibling("mapped-samples").resolve("alittlemarket")
            .resolve("valid-alittlemarket-historique-2015.csv").toAbsolutePath();

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
        browser = HeadlessChromium.open(1600);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void sellerMapsAClosedPlatformsExportPreviewsSavesAndIsRecognisedNextTime() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        logIn();
        upload(wait);
        assertThat(browser.findElement(By.cssSelector("#upload-results tr.refused")).getText()).contains("REFUSED");
        browser.findElement(By.cssSelector("#upload-results a.map-columns")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mapping-form")));
        assertThat(browser.findElement(By.id("mapping-sample")).getText()).contains("Broche feutre oiseau bleu");
        assertThat(browser.findElement(By.id("mapping-warnings")).getText()).contains("4-digit postal codes");
        choose("column.DATE", "Date de commande");
        choose("datePattern", "dd/MM/yyyy HH:mm");
        choose("column.ORDER_ID", "N° commande");
        choose("column.ITEM", "Article");
        choose("column.QUANTITY", "Quantité");
        choose("column.AMOUNT", "Prix unitaire");
        new Select(browser.findElement(By.id("amountMeaning"))).selectByValue("UNIT_PRICE");
        choose("column.SHIPPING", "Frais de port");
        choose("column.DISCOUNT", "Réduction");
        choose("column.STATUS", "État");
        browser.findElement(By.name("currency")).sendKeys("EUR");
        browser.findElement(By.name("channel")).sendKeys("alittlemarket");
        new Select(browser.findElement(By.name("kind"))).selectByValue("MARKETPLACE");
        browser.findElement(By.id("mapping-preview-button")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mapping-preview")));
        assertThat(browser.findElement(By.id("mapping-preview")).getText()).contains("28.20 EUR")
                .contains("unknown status");
        screenshot("wizard-1-preview-en");
        new Select(browser.findElement(By.id("status-0"))).selectByValue("REFUNDED");
        browser.findElement(By.id("mapping-save-button")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mapping-saved")));
        assertThat(browser.findElement(By.id("mapping-result")).getText()).isEqualTo("6 rows accepted (6 new), 0 rejected.");
        screenshot("wizard-2-saved-en");

        upload(wait);
        assertThat(browser.findElement(By.cssSelector("#upload-results tr.accepted")).getText())
                .contains("ALittleMarket (Marketplace)");
    }

    private void upload(WebDriverWait wait) {
        browser.get(url("/sellers/" + SELLER + "/uploads"));
        browser.findElement(By.id("files")).sendKeys(SAMPLE.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#file-rows tbody tr")));
        browser.findElement(By.id("upload-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-results")));
    }

    private void choose(String select, String visibleText) {
        new Select(browser.findElement(By.name(select))).selectByVisibleText(visibleText);
    }

    private void logIn() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys("lise");
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/sellers/"));
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
