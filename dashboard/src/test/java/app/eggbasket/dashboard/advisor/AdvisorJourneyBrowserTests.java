package app.eggbasket.dashboard.advisor;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.seller.HeadlessChromium;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advisor's journey in a real browser (headless Chromium), with two browsers side by side, the seller's and
 * the advisor's: the seller grants access on her Sharing page, the advisor finds her in the portfolio and opens
 * her overview read-only, the seller sees the read, revokes, and the advisor's next request is refused and the
 * seller leaves the portfolio. Once in French (ines grants {@code advisor} by username) and once in English
 * (dora grants {@code advisor2} by the invitation code the advisor's API gives). Screenshots go to
 * {@code target/screenshots/advisor-journey-<lang>-<step>.png}; the portfolio and the Sharing page are also
 * taken 390 pixels wide and must not overflow horizontally.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdvisorJourneyBrowserTests {

    private static final Path DATA = TestData.seededCopy();

    private static final String CHART_HAS_DATA = "var el = document.getElementById(arguments[0]);"
            + "var chart = el && window.echarts && echarts.getInstanceByDom(el);"
            + "return !!chart && chart.getOption().series[0].data.length > 0;";

    /** The texts one run checks, in its language (from messages.properties / messages_fr.properties). */
    private record Texts(String lang, String sharingTitle, String granted, String active, String noEnd,
                         String readsTitle, String revoked, String noGrants, String portfolioTitle, String oneClient,
                         String critical, String overviewTitle, String banner, String back, String errorTitle,
                         String error403, String noClients) {
    }

    private static final Texts FR = new Texts("fr", "Partage", "%s peut désormais lire vos chiffres.", "actif",
            "jusqu’à ce que vous le retiriez", "Qui a lu vos chiffres", "%s ne peut plus lire vos chiffres.",
            "Personne d’autre que vous.", "Mes clients", "1 client.", "Risque critique", "Vue d’ensemble de %s",
            "Vous consultez les chiffres de %s, en lecture seule.", "Retour à mes clients", "Une erreur est survenue",
            "Ce compte n’a pas accès à cette page.", "Aucun client ne vous a encore donné accès");

    private static final Texts EN = new Texts("en", "Sharing", "%s can now read your figures.", "active",
            "until you revoke it", "Who read your figures", "%s can no longer read your figures.",
            "Nobody but you.", "My clients", "1 client.", "Critical risk", "Overview of %s",
            "You are reading the figures of %s, read-only.", "Back to my clients", "Something went wrong",
            "This account may not see this page.", "No client has given you access yet");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @LocalServerPort
    int port;

    private final List<WebDriver> browsers = new ArrayList<>();

    /** The widths measured at 390 px, printed after each test. */
    private final List<String> widths = new ArrayList<>();

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.requireOrSkip();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
        widths.forEach(System.out::println);
    }

    @Test
    void inFrenchInesGrantsHerAdvisorByUsernameThenRevokes() throws Exception {
        journey(FR, "ines", "advisor", false);
    }

    @Test
    void inEnglishDoraGrantsHerAdvisorByInvitationCodeThenRevokes() throws Exception {
        journey(EN, "dora", "advisor2", true);
    }

    private void journey(Texts t, String seller, String advisor, boolean byInvitationCode) throws Exception {
        String lang = t.lang();
        WebDriver sellerBrowser = open();
        WebDriver advisorBrowser = open();

        // 1. the seller grants the advisor, by username or by the code the advisor's API gives
        logIn(sellerBrowser, seller, lang);
        assertThat(sellerBrowser.getCurrentUrl()).endsWith("/sellers/" + seller);
        sellerBrowser.get(url("/sellers/" + seller + "/sharing"));
        assertThat(sellerBrowser.findElement(By.tagName("h1")).getText()).isEqualTo(t.sharingTitle());
        assertThat(sellerBrowser.findElements(By.id("grants-table"))).isEmpty();
        String typed = byInvitationCode ? invitationCode(advisor) : advisor;
        sellerBrowser.findElement(By.id("advisor")).sendKeys(typed);
        sellerBrowser.findElement(By.id("grant-submit")).click();
        wait(sellerBrowser).until(ExpectedConditions.presenceOfElementLocated(By.id("sharing-granted")));
        assertThat(sellerBrowser.findElement(By.id("sharing-granted")).getText()).isEqualTo(t.granted().formatted(advisor));
        WebElement grantRow = sellerBrowser.findElement(By.cssSelector("#grants-table tr[data-advisor='" + advisor + "']"));
        assertThat(grantRow.getText()).contains(advisor).contains(t.active()).contains(t.noEnd());
        shot(sellerBrowser, lang, "1-seller-granted");

        // 2. the advisor sees her in the portfolio with a drawn sparkline, opens her overview read-only
        logIn(advisorBrowser, advisor, lang);
        assertThat(advisorBrowser.getCurrentUrl()).endsWith("/advisor/clients");
        assertThat(advisorBrowser.findElement(By.tagName("h1")).getText()).isEqualTo(t.portfolioTitle());
        assertThat(advisorBrowser.findElements(By.id("no-clients"))).isEmpty();
        List<WebElement> rows = advisorBrowser.findElements(By.cssSelector("#clients-table tr.client"));
        assertThat(rows).as("only the client who granted access").hasSize(1);
        WebElement row = advisorBrowser.findElement(By.cssSelector("#clients-table tr.client[data-seller='" + seller + "']"));
        assertThat(row.getText()).contains(seller).contains(t.critical());
        assertThat(advisorBrowser.findElement(By.cssSelector("#clients .hint")).getText()).isEqualTo(t.oneClient());
        List<WebElement> marks = row.findElements(By.cssSelector("svg.sparkline polyline, svg.sparkline circle"));
        assertThat(marks).as("the sparkline is drawn").isNotEmpty();
        assertThat(marks).anySatisfy(m -> assertThat(m.getRect().getWidth() + m.getRect().getHeight()).isPositive());
        assertThat(advisorBrowser.findElement(By.id("invitation-code")).getText()).isNotBlank();
        shot(advisorBrowser, lang, "2-advisor-portfolio");

        row.findElement(By.cssSelector(".client-link")).click();
        wait(advisorBrowser).until(ExpectedConditions.urlMatches("/sellers/" + seller + "$"));
        waitForCharts(advisorBrowser);
        assertThat(advisorBrowser.findElement(By.tagName("h1")).getText()).isEqualTo(t.overviewTitle().formatted(seller));
        WebElement banner = advisorBrowser.findElement(By.id("readonly-banner"));
        assertThat(banner.getText()).contains(t.banner().formatted(seller)).contains(t.back());
        assertThat(advisorBrowser.findElements(By.id("profile-form"))).as("no profile form").isEmpty();
        assertThat(advisorBrowser.findElements(By.cssSelector("a[href$='/uploads'], a[href$='/sharing'], "
                + "a[href$='/market'][href^='/sellers'], input[type=file], form[action*='/profile']")))
                .as("no upload, sharing, consent or profile controls").isEmpty();
        shot(advisorBrowser, lang, "3-advisor-overview-readonly");
        ((JavascriptExecutor) advisorBrowser).executeScript("document.querySelector('.charts').scrollIntoView();");
        shot(advisorBrowser, lang, "4-advisor-overview-charts");

        // 3. the seller sees the read
        sellerBrowser.navigate().refresh();
        assertThat(sellerBrowser.findElements(By.id("no-reads"))).isEmpty();
        WebElement reads = sellerBrowser.findElement(By.id("reads-table"));
        assertThat(sellerBrowser.findElement(By.cssSelector("#reads h2")).getText()).isEqualTo(t.readsTitle());
        assertThat(reads.findElements(By.cssSelector("tbody tr")))
                .anySatisfy(r -> assertThat(r.getText()).contains(advisor).contains("GET /sellers/" + seller));
        ((JavascriptExecutor) sellerBrowser).executeScript("document.getElementById('reads').scrollIntoView();");
        shot(sellerBrowser, lang, "5-seller-reads");

        // 4. the seller revokes
        sellerBrowser.findElement(By.cssSelector("#grants-table tr[data-advisor='" + advisor + "'] .revoke")).click();
        wait(sellerBrowser).until(ExpectedConditions.presenceOfElementLocated(By.id("sharing-revoked")));
        assertThat(sellerBrowser.findElement(By.id("sharing-revoked")).getText()).isEqualTo(t.revoked().formatted(advisor));
        assertThat(sellerBrowser.findElements(By.id("grants-table"))).isEmpty();
        assertThat(sellerBrowser.findElement(By.id("no-grants")).getText()).isEqualTo(t.noGrants());
        shot(sellerBrowser, lang, "6-seller-revoked");

        // 5. the advisor's next request is refused, and the portfolio no longer lists her
        advisorBrowser.navigate().refresh();
        assertThat(advisorBrowser.findElement(By.tagName("h1")).getText()).isEqualTo(t.errorTitle());
        assertThat(advisorBrowser.findElement(By.cssSelector(".notice.error")).getText()).isEqualTo(t.error403());
        assertThat(advisorBrowser.findElements(By.id("readonly-banner"))).isEmpty();
        assertThat(advisorBrowser.findElements(By.id("chart-shares"))).isEmpty();
        assertThat(statusWithSession(advisorBrowser, "/sellers/" + seller)).as("the same session is answered 403").isEqualTo(403);
        shot(advisorBrowser, lang, "7-advisor-refused");

        advisorBrowser.get(url("/advisor/clients"));
        assertThat(advisorBrowser.findElements(By.cssSelector("#clients-table tr.client[data-seller='" + seller + "']"))).isEmpty();
        assertThat(advisorBrowser.findElement(By.cssSelector("#no-clients h2")).getText()).isEqualTo(t.noClients());
        shot(advisorBrowser, lang, "8-advisor-portfolio-empty");

        // 390 px wide: the portfolio (with the client, granted again) and the Sharing page
        sellerBrowser.findElement(By.id("advisor")).sendKeys(advisor);
        sellerBrowser.findElement(By.id("grant-submit")).click();
        wait(sellerBrowser).until(ExpectedConditions.presenceOfElementLocated(By.id("sharing-granted")));
        advisorBrowser.navigate().refresh();
        assertThat(advisorBrowser.findElements(By.cssSelector("tr.client[data-seller='" + seller + "']"))).hasSize(1);
        Narrow portfolio = narrowShot(advisorBrowser, lang, "9-advisor-portfolio-390");
        assertThat(portfolio.outsideHeader()).as("nothing of the portfolio sticks out at 390 px").isEmpty();
        assertThat(portfolio.overflow()).as("the portfolio is wider than 390 px by").isZero();
        sellerBrowser.navigate().refresh();
        Narrow sharing = narrowShot(sellerBrowser, lang, "10-seller-sharing-390");
        assertThat(sharing.outsideHeader()).as("nothing of the Sharing page's content sticks out at 390 px").isEmpty();
        assertThat(sharing.inHeader()).as("nothing of the top bar sticks out at 390 px").isEmpty();
        assertThat(sharing.overflow()).as("the Sharing page is wider than 390 px by").isZero();
    }

    private WebDriver open() throws IOException {
        WebDriver browser = HeadlessChromium.open(1000);
        browsers.add(browser);
        return browser;
    }

    private void logIn(WebDriver browser, String username, String lang) {
        HeadlessChromium.logIn(browser, url(""), username, TestData.PASSWORD, lang);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
    }

    /** The advisor's invitation code, from {@code GET /api/advisors/me} with HTTP Basic. */
    private String invitationCode(String advisor) throws Exception {
        String basic = Base64.getEncoder().encodeToString((advisor + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/advisors/me")))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = new ObjectMapper().readTree(response.body());
        assertThat(me.path("advisor").asText()).isEqualTo(advisor);
        String code = me.path("invitationCode").asText();
        assertThat(code).isNotBlank().isNotEqualTo(advisor);
        return code;
    }

    /** The status the server answers this browser's session for {@code path}. */
    private int statusWithSession(WebDriver browser, String path) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : browser.manage().getCookies()) {
            cookies.append(cookies.isEmpty() ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", cookies.toString()).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Waits until the three charts hold data. This does not prove each is visible: a trend of 25 months or more
     * drawn without symbols shows nothing for a month between two months without sales (see the report).
     */
    private void waitForCharts(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (String chart : new String[]{"chart-shares", "chart-monthly", "chart-trend"}) {
            wait(browser).until(d -> Boolean.TRUE.equals(js.executeScript(CHART_HAS_DATA, chart)));
        }
        // let the entry animation finish so the screenshot shows the drawn charts
        wait(browser).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return new Promise(function (done) { setTimeout(function () { done(true); }, 1200); });")));
    }

    /** What a page looks like 390 px wide (see {@link HeadlessChromium#narrow}). */
    private record Narrow(long overflow, List<String> outsideHeader, List<String> inHeader) {
    }

    /** Screenshot 390 px wide, measured by {@link HeadlessChromium#narrow}; the widths are printed after the test. */
    private Narrow narrowShot(WebDriver browser, String lang, String step) throws IOException {
        HeadlessChromium.Narrow narrow = HeadlessChromium.narrow(browser, "advisor-journey-" + lang + "-" + step);
        widths.add("advisor-journey-" + lang + "-" + step + " at 390 px: scrollWidth=" + narrow.scrollWidth()
                + " clientWidth=" + narrow.clientWidth() + " sticking out: " + narrow.outsideHeader()
                + ", in the top bar: " + narrow.inHeader());
        return new Narrow(narrow.overflow(), narrow.outsideHeader(), narrow.inHeader());
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void shot(WebDriver browser, String lang, String step) throws IOException {
        HeadlessChromium.screenshot(browser, "advisor-journey-" + lang + "-" + step);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
