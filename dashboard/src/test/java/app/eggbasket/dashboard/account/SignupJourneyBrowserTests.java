package app.eggbasket.dashboard.account;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.seller.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new seller's journey in a real browser (headless Chromium), once in French and once in English: an advisor
 * makes an invitation link on her portfolio; a second browser opens it, is refused a too-short then a breached
 * password with the reason, chooses a good one, logs in and sees her empty overview; she then changes her password
 * on "My password" and logs in with the new one; the used link opens nothing any more. Screenshots in
 * {@code target/screenshots/signup-journey-<lang>-<step>.png}; the invitation page, the password page and the
 * advisor's portfolio are also taken 390 px wide, where nothing but the top bar may stick out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignupJourneyBrowserTests {

    private static final Path DATA = TestData.seededCopy();

    /** The texts one run checks, in its language (from messages.properties / messages_fr.properties). */
    private record Texts(String lang, String advisor, String seller, String signupTitle, String lead, String tooShort,
                         String breached, String welcome, String overviewTitle, String empty, String passwordTitle,
                         String changed, String used) {
    }

    private static final Texts FR = new Texts("fr", "advisor", "atelier-lucie", "Créer votre compte Eggbasket",
            "Votre conseiller advisor vous invite sur Eggbasket", "Trop court : un mot de passe compte au moins 15 caractères.",
            "Ce mot de passe figure dans une liste de mots de passe divulgués",
            "Votre compte atelier-lucie est prêt : connectez-vous avec votre nouveau mot de passe.",
            "Vue d’ensemble de atelier-lucie", "Pas encore de ventes", "Mon mot de passe",
            "Votre mot de passe est changé. Utilisez désormais le nouveau.", "Il a déjà servi");

    private static final Texts EN = new Texts("en", "advisor2", "lucy-pottery", "Create your Eggbasket account",
            "Your advisor advisor2 invites you to Eggbasket", "Too short: a password needs at least 15 characters.",
            "This password is in a list of passwords leaked from other sites",
            "Your account lucy-pottery is ready: log in with your new password.",
            "Overview of lucy-pottery", "No sales yet", "My password",
            "Your password is changed. Use the new one from now on.", "It has been used already");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @LocalServerPort
    int port;

    private final HeadlessChromium.Browsers browsers = new HeadlessChromium.Browsers();
    /** The widths measured at 390 px, printed after each test. */
    private final List<String> widths = new ArrayList<>();

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.requireOrSkip();
    }

    @AfterEach
    void closeBrowsersAndPrintWidths() {
        browsers.close();
        widths.forEach(System.out::println);
    }

    @Test
    void inFrench() throws Exception {
        journey(FR);
    }

    @Test
    void inEnglish() throws Exception {
        journey(EN);
    }

    private void journey(Texts t) throws Exception {
        String lang = t.lang();
        // 1. the advisor makes a link on her portfolio
        WebDriver advisor = browsers.open(1000);
        HeadlessChromium.logIn(advisor, url(""), t.advisor(), TestData.PASSWORD, lang);
        assertThat(advisor.getCurrentUrl()).contains("/advisor/clients");
        advisor.findElement(By.id("signup-create")).click();
        HeadlessChromium.waitOn(advisor).until(ExpectedConditions.presenceOfElementLocated(By.id("signup-link")));
        String link = advisor.findElement(By.id("signup-link")).getAttribute("value");
        assertThat(link).startsWith(url("/invitations/"));
        shot(advisor, lang, "1-advisor-link");
        narrow(advisor, lang, "1-advisor-link-390", By.id("signup"));

        // 2. the invited seller opens it in a browser of her own
        WebDriver seller = browsers.open(1000);
        seller.get(link + "?lang=" + lang);
        assertThat(seller.findElement(By.tagName("h1")).getText()).isEqualTo(t.signupTitle());
        assertThat(seller.findElement(By.id("signup-who")).getText()).startsWith(t.lead());
        assertThat(seller.findElement(By.id("signup-consequence")).getText()).contains(t.advisor());
        shot(seller, lang, "2-invitation");

        submitSignup(seller, t.seller(), "court mais");
        assertThat(seller.findElement(By.id("signup-error")).getText()).startsWith(t.tooShort());
        assertThat(seller.findElement(By.id("seller")).getAttribute("value")).isEqualTo(t.seller());
        shot(seller, lang, "3-too-short");
        submitSignup(seller, t.seller(), "passwordpassword");
        assertThat(seller.findElement(By.id("signup-error")).getText()).startsWith(t.breached());
        shot(seller, lang, "4-breached");
        narrow(seller, lang, "4-breached-390", null);

        String first = "le jardin de " + t.seller() + " en été";
        submitSignup(seller, t.seller(), first);
        HeadlessChromium.waitOn(seller).until(ExpectedConditions.presenceOfElementLocated(By.id("login-welcome")));
        assertThat(seller.findElement(By.id("login-welcome")).getText()).isEqualTo(t.welcome());
        assertThat(seller.findElement(By.id("username")).getAttribute("value")).isEqualTo(t.seller());
        shot(seller, lang, "5-welcome");

        HeadlessChromium.logIn(seller, url(""), t.seller(), first, lang);
        assertThat(seller.getCurrentUrl()).endsWith("/sellers/" + t.seller());
        assertThat(seller.findElement(By.tagName("h1")).getText()).isEqualTo(t.overviewTitle());
        assertThat(seller.findElement(By.cssSelector("#empty-state h2")).getText()).isEqualTo(t.empty());
        shot(seller, lang, "6-empty-overview");

        // 3. she changes her password, and logs in with the new one
        seller.findElement(By.id("nav-password")).click();
        HeadlessChromium.waitOn(seller).until(ExpectedConditions.urlContains("/account/password"));
        assertThat(seller.findElement(By.tagName("h1")).getText()).isEqualTo(t.passwordTitle());
        String second = "un autre mot de passe, plus long encore";
        seller.findElement(By.id("current")).sendKeys(first);
        seller.findElement(By.id("password")).sendKeys(second);
        seller.findElement(By.id("confirmation")).sendKeys(second);
        seller.findElement(By.id("password-submit")).click();
        HeadlessChromium.waitOn(seller).until(ExpectedConditions.presenceOfElementLocated(By.id("password-changed")));
        assertThat(seller.findElement(By.id("password-changed")).getText()).isEqualTo(t.changed());
        shot(seller, lang, "7-password-changed");
        narrow(seller, lang, "7-password-changed-390", null);
        seller.findElement(By.cssSelector("form.logout button")).click();
        HeadlessChromium.waitOn(seller).until(ExpectedConditions.urlContains("/login"));
        HeadlessChromium.logIn(seller, url(""), t.seller(), second, lang);
        assertThat(seller.getCurrentUrl()).endsWith("/sellers/" + t.seller());

        // 4. the link opens nothing any more; the advisor sees her new client
        seller.get(link + "?lang=" + lang);
        assertThat(seller.findElement(By.id("signup-gone")).getText()).startsWith(t.used());
        assertThat(seller.findElements(By.id("signup-form"))).isEmpty();
        shot(seller, lang, "8-link-used");
        advisor.get(url("/advisor/clients"));
        assertThat(advisor.findElements(By.cssSelector("tr.client[data-seller='" + t.seller() + "']"))).hasSize(1);
    }

    private void submitSignup(WebDriver browser, String seller, String password) {
        browser.findElement(By.id("seller")).clear();
        browser.findElement(By.id("seller")).sendKeys(seller);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("confirmation")).sendKeys(password);
        org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("signup-submit")).click();
        HeadlessChromium.waitOn(browser).until(ExpectedConditions.stalenessOf(page));
    }

    private void narrow(WebDriver browser, String lang, String step, By shown) throws IOException {
        HeadlessChromium.Narrow narrow = HeadlessChromium.narrow(browser, "signup-journey-" + lang + "-" + step, shown);
        widths.add("signup-journey-" + lang + "-" + step + " at 390 px: scrollWidth=" + narrow.scrollWidth()
                + " clientWidth=" + narrow.clientWidth() + " sticking out: " + narrow.outsideHeader()
                + ", in the top bar: " + narrow.inHeader());
        assertThat(narrow.outsideHeader()).as("nothing of the page sticks out at 390 px (%s)", step).isEmpty();
        assertThat(narrow.overflow()).as("the page is wider than 390 px by (%s)", step).isZero();
    }

    private static void shot(WebDriver browser, String lang, String step) throws IOException {
        HeadlessChromium.screenshot(browser, "signup-journey-" + lang + "-" + step);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
