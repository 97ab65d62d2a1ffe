package app.eggbasket.dashboard.i18n;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.account.SignupLinkView;
import app.eggbasket.dashboard.cooperative.EditionFixtures;
import app.eggbasket.dashboard.cooperative.Editions;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.analytics.edition.Release;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page, asked for in French, has no missing message ({@code ??key_fr??}) and none of the English messages
 * that differ from their French text: an English sentence found verbatim in a French page is untranslated.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrenchEveryPageTests {

    private static final Path DATA = EditionFixtures.running(EditionFixtures.summer(TestData.seededCopy()));
    /** English messages this short are names or single words that French may share (Etsy, Total, Date…). */
    private static final int MIN_WORDS = 4;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Editions editions;

    private static Release edition;
    private static Release draft;

    @BeforeAll
    static void noneYet() {
        edition = null;
    }

    @Test
    void everyPageInFrenchIsFrench() throws Exception {
        if (edition == null) {
            edition = EditionFixtures.publishSummer(editions);
            draft = editions.preview(TestData.ALPES, EditionFixtures.runningQuarter(), "manager");
        }
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview alice", page(get("/sellers/alice"), seller("alice")));
        pages.put("overview dora (converted)", page(get("/sellers/dora"), seller("dora")));
        pages.put("overview gus (left out)", page(get("/sellers/gus"), seller("gus")));
        pages.put("overview bob (empty)", page(get("/sellers/bob"), seller("bob")));
        pages.put("uploads alice", page(get("/sellers/alice/uploads"), seller("alice")));
        pages.put("uploads refused (empty file)", page(multipart("/sellers/carol/uploads")
                .file(new MockMultipartFile("files", "vide.csv", "text/csv", new byte[0])).with(csrf()), seller("carol")));
        pages.put("uploads refused (unknown format)", page(multipart("/sellers/carol/uploads")
                .file(new MockMultipartFile("files", "inconnu.csv", "text/csv",
                        "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8))).with(csrf()), seller("carol")));
        pages.put("uploads refused rows", page(multipart("/sellers/carol/uploads")
                .file(new MockMultipartFile("files", TestData.RENAMED_COLUMNS, "text/csv",
                        TestData.read(TestData.etsySample(TestData.RENAMED_COLUMNS)))).with(csrf()), seller("carol")));
        pages.put("uploads carol (history)", page(get("/sellers/carol/uploads"), seller("carol")));
        pages.put("mapping wizard", page(get("/sellers/alice/mappings/new"), seller("alice")));
        pages.put("market / cooperatives", page(get("/sellers/bob/market"), seller("bob")));
        pages.put("sharing", page(get("/sellers/alice/sharing"), seller("alice")));
        pages.put("my data", page(get("/sellers/alice/data"), seller("alice")));
        pages.put("what-if", page(get("/sellers/alice/scenarios"), seller("alice")));
        pages.put("account password", page(get("/account/password"), seller("alice")));
        pages.put("advisor portfolio", page(get("/advisor/clients"), advisor()));
        pages.put("invitation", page(get(invitationPath()), null));
        pages.put("manager members", page(get("/coops/alpes/members"), manager()));
        pages.put("manager preview", page(get("/coops/alpes/preview"), manager()));
        pages.put("manager draft", page(get("/coops/alpes/drafts/" + draft.id()), manager()));
        pages.put("editions", page(get("/coops/alpes/editions"), null));
        pages.put("edition", page(get("/coops/alpes/editions/" + edition.edition()), null));
        pages.put("market", page(get("/market"), null));
        pages.put("login", page(get("/login"), null));
        pages.put("logout", page(get("/logout"), null));
        pages.put("404", page(get("/no-such-page"), seller("alice")));

        assertThat(pages.get("uploads refused (empty file)")).contains("le fichier est vide");
        assertThat(pages.get("uploads refused (unknown format)")).contains("aucun format d’export connu dans les");
        List<String> sentinels = englishSentinels();
        assertThat(sentinels).as("the sentinel list").hasSizeGreaterThan(50);
        List<String> found = new ArrayList<>();
        pages.forEach((name, html) -> {
            if (html.contains("??")) {
                int at = html.indexOf("??");
                found.add(name + ": missing message " + html.substring(at, Math.min(html.length(), at + 60)));
            }
            String text = html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
            for (String phrase : sentinels) {
                if (text.contains(phrase)) {
                    found.add(name + ": English \"" + phrase + "\"");
                }
            }
        });
        assertThat(found).as("English or missing text in French pages").isEmpty();
    }

    @Test
    void everyDemoLoginIsDescribedInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");
        for (var login : app.eggbasket.dashboard.demo.DemoData.logins()) {
            assertThat(en.getProperty("demo.login." + login.username())).as(login.username()).isNotBlank();
            assertThat(fr.getProperty("demo.login." + login.username())).as(login.username())
                    .isNotEqualTo(en.getProperty("demo.login." + login.username()));
        }
    }

    /**
     * The English messages of at least {@link #MIN_WORDS} words that differ from their French value, cut at their
     * placeholders (a page shows the text between them), each piece of at least {@link #MIN_WORDS} words.
     */
    static List<String> englishSentinels() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");
        TreeSet<String> phrases = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            if (english.equals(fr.getProperty(key))) {
                continue;
            }
            for (String piece : PLACEHOLDER.split(english.replace("''", "'"))) {
                String phrase = piece.strip();
                if (phrase.split("\\s+").length >= MIN_WORDS && !phrase.contains("<") && !phrase.contains("&")) {
                    phrases.add(phrase);
                }
            }
        }
        return new ArrayList<>(phrases);
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        request.header("Accept-Language", "fr-FR,fr;q=0.9");
        if (who != null) {
            request.with(who);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("status").isLessThan(500);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String invitationPath() throws Exception {
        MvcResult made = mvc.perform(post("/advisor/signup-links").with(csrf()).with(advisor())).andReturn();
        String link = ((SignupLinkView) made.getFlashMap().get("signupLink")).link();
        return link.substring("http://localhost".length());
    }

    private static RequestPostProcessor seller(String id) {
        return user(new SellerUser(id, "unused", Roles.SELLER, id));
    }

    private static RequestPostProcessor advisor() {
        return user(new SellerUser("advisor", "unused", Roles.ADVISOR, null));
    }

    private static RequestPostProcessor manager() {
        return user(new SellerUser("manager", "unused", Roles.COOPERATIVE_MANAGER, null, TestData.ALPES));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FrenchEveryPageTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
