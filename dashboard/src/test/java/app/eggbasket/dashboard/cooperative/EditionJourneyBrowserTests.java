package app.eggbasket.dashboard.cooperative;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.seller.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cooperative's whole journey in real browsers (headless Chromium), in French and in English: the manager invites
 * sellers, each accepts on her page and consents, the manager previews the 2022 edition, publishes it, and the public
 * (a browser that never logged in) reads it with its charts drawn; the sellers' pages then list the edition that
 * included them. French: « Bretagne Artisans » (manager2, no member yet) invites alice, dora and erin. English:
 * « Coopérative des Alpes » (manager), where alice already consents, dora is a member who has not consented and erin
 * is invited, invites gus. Each of them sold the Etsy 2022 sample. Screenshots go to
 * {@code target/screenshots/edition-journey-<lang>-<step>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditionJourneyBrowserTests {

    private static final Path DATA = TestData.seededCopy();

    private static final String CHART_HAS_DATA = "var el = document.getElementById(arguments[0]);"
            + "var chart = el && window.echarts && echarts.getInstanceByDom(el);"
            + "return !!chart && chart.getOption().series[0].data.length > 0;";

    /** The words one run checks, in its language (messages.properties / messages_fr.properties). */
    private record Texts(String lang, String invited, String consentsSince, String previewTitle, String draftLead,
                         String publishedAs, String justPublished, String editionTitle, String intervals,
                         String includedEdition) {
    }

    private static final Texts FR = new Texts("fr", "%s est invitée", "Vous contribuez depuis le", "Éditions de %s",
            "Brouillon calculé le", "Publié comme édition 1", "L’édition 1 est publiée", "%s : rapport de marché 2022", "Ni même approché",
            "édition 1");

    private static final Texts EN = new Texts("en", "%s is invited", "You contribute since", "Editions of %s",
            "Draft computed on", "Published as edition 1", "Edition 1 is published", "%s: market report 2022", "Nor can one be narrowed down",
            "edition 1");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @LocalServerPort
    int port;

    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.requireOrSkip();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    @Test
    void inFrenchANewCooperativeInvitesThreeSellersAndPublishesItsFirstEdition() throws Exception {
        journey(FR, TestData.BRETAGNE, "Bretagne Artisans", "manager2", List.of("alice", "dora", "erin"),
                List.of("alice", "dora", "erin"), List.of(), 3);
    }

    @Test
    void inEnglishACooperativeInvitesOneMoreSellerAndPublishesItsFirstEdition() throws Exception {
        // erin was invited before; dora is a member who had not consented; alice consents already
        journey(EN, TestData.ALPES, "Coopérative des Alpes", "manager", List.of("gus"),
                List.of("gus", "erin"), List.of("dora"), 4);
    }

    private void journey(Texts t, String coop, String name, String manager, List<String> invite, List<String> accepting,
                         List<String> membersConsenting, int contributing) throws Exception {
        String lang = t.lang();

        // 1. the manager invites
        WebDriver managerBrowser = open();
        HeadlessChromium.logIn(managerBrowser, url(""), manager, TestData.PASSWORD, lang);
        assertThat(managerBrowser.getCurrentUrl()).endsWith("/coops/" + coop + "/members");
        for (String seller : invite) {
            managerBrowser.findElement(By.id("seller")).sendKeys(seller);
            managerBrowser.findElement(By.id("invite-submit")).click();
            wait(managerBrowser).until(ExpectedConditions.presenceOfElementLocated(By.id("members-invited")));
            assertThat(managerBrowser.findElement(By.id("members-invited")).getText()).startsWith(t.invited().formatted(seller));
            assertThat(managerBrowser.findElements(By.cssSelector("#members-table tr[data-seller='" + seller + "']"))).hasSize(1);
        }
        shot(managerBrowser, lang, "1-manager-invited");

        // 2. each seller accepts on her page, then consents; a member who had not consented does
        List<String> consenting = new ArrayList<>(accepting);
        consenting.addAll(membersConsenting);
        for (String seller : consenting) {
            WebDriver sellerBrowser = open();
            HeadlessChromium.logIn(sellerBrowser, url(""), seller, TestData.PASSWORD, lang);
            sellerBrowser.get(url("/sellers/" + seller + "/market"));
            if (accepting.contains(seller)) {
                sellerBrowser.findElement(By.cssSelector(".invitation[data-coop='" + coop + "'] .accept")).click();
                wait(sellerBrowser).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#cooperatives-table tr[data-coop='" + coop + "']")));
                if (seller.equals(accepting.get(0))) {
                    shot(sellerBrowser, lang, "2-" + seller + "-accepted");
                }
            }
            sellerBrowser.findElement(By.cssSelector("#cooperatives-table tr[data-coop='" + coop + "'] .give")).click();
            wait(sellerBrowser).until(d -> d.findElement(By.cssSelector(
                    "#cooperatives-table tr[data-coop='" + coop + "'] .consent-cell")).getText().startsWith(t.consentsSince()));
            if (seller.equals(consenting.get(0))) {
                shot(sellerBrowser, lang, "3-" + seller + "-consents");
            }
        }
        managerBrowser.navigate().refresh();
        for (String seller : consenting) {
            assertThat(managerBrowser.findElement(By.cssSelector("#members-table tr[data-seller='" + seller + "'] .consent-cell"))
                    .getText()).as("%s consents, as her manager sees it", seller).isNotBlank();
        }

        // 3. the manager previews 2022: a draft of the contributing members, not public yet
        managerBrowser.get(url("/coops/" + coop + "/preview"));
        assertThat(managerBrowser.findElement(By.tagName("h1")).getText()).isEqualTo(t.previewTitle().formatted(name));
        new Select(managerBrowser.findElement(By.id("period"))).selectByValue("2022");
        managerBrowser.findElement(By.id("preview-submit")).click();
        wait(managerBrowser).until(ExpectedConditions.presenceOfElementLocated(By.id("publish-submit")));
        assertThat(managerBrowser.getCurrentUrl()).contains("/coops/" + coop + "/drafts/");
        assertThat(managerBrowser.findElement(By.id("edition-status")).getText()).startsWith(t.draftLead());
        assertThat(managerBrowser.findElement(By.id("method-members")).getText()).contains(Integer.toString(contributing));
        assertThat(managerBrowser.findElement(By.id("method-intervals")).getText()).startsWith(t.intervals());
        waitForCharts(managerBrowser);
        shot(managerBrowser, lang, "4-manager-draft");
        WebDriver publicBrowser = open();
        publicBrowser.get(url("/coops/" + coop + "/editions?lang=" + lang));
        assertThat(publicBrowser.findElements(By.id("no-editions"))).as("a draft is not public").hasSize(1);

        // 4. the manager publishes and lands on the public page; the draft now says which edition it became
        String draft = managerBrowser.getCurrentUrl();
        managerBrowser.findElement(By.id("publish-submit")).click();
        wait(managerBrowser).until(ExpectedConditions.urlMatches("/coops/" + coop + "/editions/1$"));
        assertThat(managerBrowser.findElement(By.id("edition-published")).getText()).startsWith(t.justPublished());
        waitForCharts(managerBrowser);
        shot(managerBrowser, lang, "5-manager-published");
        managerBrowser.get(draft);
        assertThat(managerBrowser.findElement(By.id("draft-published")).getText()).startsWith(t.publishedAs());
        assertThat(managerBrowser.findElements(By.id("publish-submit"))).isEmpty();

        publicBrowser.navigate().refresh();
        assertThat(publicBrowser.findElements(By.cssSelector("#editions-table tr[data-edition='1']"))).hasSize(1);
        assertThat(publicBrowser.findElement(By.cssSelector("#editions-table tr[data-edition='1'] td.num")).getText())
                .isEqualTo(Integer.toString(contributing));
        publicBrowser.findElement(By.cssSelector("#editions-table tr[data-edition='1'] a")).click();
        wait(publicBrowser).until(ExpectedConditions.urlMatches("/coops/" + coop + "/editions/1"));
        assertThat(publicBrowser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        assertThat(publicBrowser.findElement(By.tagName("h1")).getText()).isEqualTo(t.editionTitle().formatted(name));
        assertThat(publicBrowser.findElement(By.id("method-members")).getText()).contains(Integer.toString(contributing));
        waitForCharts(publicBrowser);
        assertThat(publicBrowser.findElements(By.cssSelector("a[href$='/members'], a[href*='/drafts/']")))
                .as("the public sees no manager's link").isEmpty();
        shot(publicBrowser, lang, "6-public-edition");
        ((JavascriptExecutor) publicBrowser).executeScript("document.getElementById('method-x').scrollIntoView();");
        shot(publicBrowser, lang, "7-public-methodology");

        // 5. a seller's page lists the edition that included her figures
        WebDriver sellerBrowser = open();
        String first = consenting.get(0);
        HeadlessChromium.logIn(sellerBrowser, url(""), first, TestData.PASSWORD, lang);
        sellerBrowser.get(url("/sellers/" + first + "/market"));
        assertThat(sellerBrowser.findElement(By.cssSelector("#included-table tr[data-coop='" + coop + "'][data-edition='1']"))
                .getText()).contains(name).contains(t.includedEdition()).contains("2022");
        ((JavascriptExecutor) sellerBrowser).executeScript("document.getElementById('included').scrollIntoView();");
        shot(sellerBrowser, lang, "8-" + first + "-included");

        // she keeps her navigation on the public pages and on an error page
        for (String page : List.of("/coops/" + coop + "/editions/1", "/coops/nowhere/editions")) {
            sellerBrowser.get(url(page));
            assertThat(sellerBrowser.findElements(By.cssSelector("nav.main-nav a[href='/sellers/" + first + "/uploads']")))
                    .as("her navigation on %s", page).hasSize(1);
        }
        assertThat(sellerBrowser.findElement(By.cssSelector(".notice.error")).getText()).isNotBlank();
    }

    private void waitForCharts(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        wait(browser).until(d -> Boolean.TRUE.equals(js.executeScript(CHART_HAS_DATA, "chart-shares"))
                && Boolean.TRUE.equals(js.executeScript(CHART_HAS_DATA, "chart-risk")));
        wait(browser).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return new Promise(function (done) { setTimeout(function () { done(true); }, 1000); });")));
    }

    private WebDriver open() throws IOException {
        WebDriver browser = HeadlessChromium.open(1000);
        browsers.add(browser);
        return browser;
    }

    /** Waits through a page being replaced: an element found on the old page and read on the new one is retried. */
    private static WebDriverWait wait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static void shot(WebDriver browser, String lang, String step) throws IOException {
        HeadlessChromium.screenshot(browser, "edition-journey-" + lang + "-" + step);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
