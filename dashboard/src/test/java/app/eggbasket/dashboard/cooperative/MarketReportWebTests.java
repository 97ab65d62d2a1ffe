package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.account.Account;
import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.Role;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.ingestion.lake.Lake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The old public market addresses before any cooperative published an edition, over a data directory of its own (the
 * Etsy 2022 sample for alice, dora, erin and gus, and gus's sales in pesos), where dora, erin and gus consented to
 * the default cooperative (alice's consent is given and withdrawn by the tests): nothing public is computed live, so
 * there is nothing to show until an edition is published, whatever the consents; and each seller's consent page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MarketReportWebTests {

    /** A data directory of its own: the shared one is changed by other tests (erasures). */
    private static final Path DATA = dataDir();

    private static Path dataDir() {
        Path dir = TestData.emptyDataDirWithSeller("alice", "alice");
        Lake lake = new Lake(dir);
        Ingestor ingestor = new Ingestor(lake, Formats.standard());
        byte[] etsy = TestData.read(TestData.etsySample(TestData.ETSY_2022));
        for (String seller : new String[]{"alice", "dora", "erin", "gus"}) {
            ingestor.ingest(seller, TestData.ETSY_2022, etsy, null, ParseContext.DEFAULT_ZONE);
        }
        // gus also sold in Argentine pesos, which the ECB does not publish: those lines are left out
        ingestor.ingest("gus", "pesos.csv", new String(etsy, StandardCharsets.UTF_8).replace(",USD,", ",ARS,")
                .replace("99000000", "88000000").getBytes(StandardCharsets.UTF_8), null, ParseContext.DEFAULT_ZONE);
        AccountStore accounts = new AccountStore(dir);
        accounts.save(new Account("dora", "{noop}unused", Role.SELLER, "dora"));
        ConsentStore consents = new ConsentStore(lake);
        consents.give("dora");
        consents.give("erin");
        consents.give("gus");
        return dir;
    }

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void withoutAnEditionTheApiAnswersThatNoneIsPublishedYet() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/market/report")).andExpect(status().isNotFound())
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asText()).isEqualTo("no edition published yet");
        assertThat(response.getContentAsString()).doesNotContain("etsy").doesNotContain("dora");
    }

    @Test
    void otherApiRoutesStillNeedALogin() throws Exception {
        mvc.perform(get("/api/sellers/dora/report")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/market/report")).andExpect(status().isUnauthorized());
    }

    @Test
    void withoutAnEditionTheMarketPageSaysSoAndListsTheCooperatives() throws Exception {
        String en = mvc.perform(get("/market?lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(en);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Cooperative market reports");
        assertThat(page.selectFirst("#no-edition").text()).startsWith("No cooperative has published an edition");
        Element coop = page.selectFirst("#cooperatives li[data-coop=default] a");
        assertThat(coop.text()).isEqualTo("Eggbasket cooperative");
        assertThat(coop.attr("href")).isEqualTo("/coops/default/editions");
        assertThat(en).doesNotContain("etsy");
        String fr = mvc.perform(get("/market?lang=fr")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(fr).selectFirst("#no-edition").text()).startsWith("Aucune coopérative n’a encore publié");

        for (String file : new String[]{"/market/report.csv", "/market/report.json"}) {
            String body = mvc.perform(get(file + "?lang=en")).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(body).selectFirst("#no-edition").text()).startsWith("No cooperative has published");
        }
        assertThat(Jsoup.parse(mvc.perform(get("/coops/default/editions?lang=en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).selectFirst("#no-editions").text())
                .isEqualTo("Eggbasket cooperative has not published any edition yet.");
    }

    @Test
    void aSellerGivesAndWithdrawsHerConsent() throws Exception {
        ConsentStore consents = new ConsentStore(new Lake(DATA));

        mvc.perform(post("/sellers/alice/market/consent").param("consent", "on").with(csrf())
                        .with(asAlice()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sellers/alice/market"));
        assertThat(consents.consents("alice")).isTrue();
        assertThat(mvc.perform(get("/sellers/alice/market").with(asAlice())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("consent-status").contains("Withdraw");
        mvc.perform(get("/api/market/report")).andExpect(status().isNotFound()); // a consent publishes nothing

        mvc.perform(post("/sellers/alice/market/consent").param("consent", "off").with(csrf()).with(asAlice()))
                .andExpect(status().is3xxRedirection());
        assertThat(consents.consents("alice")).isFalse();
    }

    @Test
    void aSellerCannotChangeAnotherSellersConsent() throws Exception {
        mvc.perform(post("/sellers/dora/market/consent").param("consent", "off").with(csrf()).with(asAlice()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sellers/dora/market").with(asAlice())).andExpect(status().isForbidden());
        assertThat(new ConsentStore(new Lake(DATA)).consents("dora")).isTrue();
        mvc.perform(get("/sellers/dora/market")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAdvisorNeitherSeesNorChangesAConsent() throws Exception {
        SellerUser advisor = new SellerUser("advisor", "unused", Roles.ADVISOR, null);
        mvc.perform(get("/sellers/dora/market").with(user(advisor))).andExpect(status().isForbidden());
        mvc.perform(post("/sellers/dora/market/consent").param("consent", "off").with(csrf()).with(user(advisor)))
                .andExpect(status().isForbidden());
        assertThat(new ConsentStore(new Lake(DATA)).consents("dora")).isTrue();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor asAlice() {
        return user(new SellerUser("alice", "unused", Roles.SELLER, "alice"));
    }
}
