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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public market report (page, CSV, JSON, API) over a data directory of its own (the Etsy 2022 sample for
 * alice, dora, erin and gus, and gus's sales in pesos), where dora, erin and gus
 * consented (alice's consent is given and withdrawn by the tests), and each seller's consent page.
 */
@SpringBootTest(properties = "eggbasket.market.cache=0s")
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
    void apiIsPublicAndPublishesAggregatesOnly() throws Exception {
        String body = mvc.perform(get("/api/market/report")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode report = json.readTree(body);

        assertThat(report.get("currency").asText()).isEqualTo("EUR");
        assertThat(report.get("rules").get("minSellers").asInt()).isEqualTo(3);
        assertThat(report.get("rules").get("dominance").decimalValue()).isEqualByComparingTo("0.85");
        assertThat(report.get("consentingSellers").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(report.get("excludedLines").asLong()).as("gus's ARS lines").isPositive();
        JsonNode etsy = report.get("channels").get(0);
        assertThat(etsy.get("channel").asText()).isEqualTo("etsy");
        assertThat(etsy.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(etsy.get("sellers").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(etsy.get("revenue").isNumber()).isTrue();
        assertThat(etsy.get("sellers").asInt()).isLessThan(10);
        assertThat(etsy.has("topPlatformShare")).as("no quartiles below 10 sellers").isFalse();
        assertThat(etsy.has("medianShare")).isFalse();
        assertThat(report.get("rules").get("quantileMinSellers").asInt()).isEqualTo(10);
        assertThat(etsy.get("risk").get("CRITICAL").asInt()).isEqualTo(etsy.get("sellers").asInt());
        etsy.get("risk").forEach(count -> assertThat(count.asInt()).as("a count of 1 or 2 is never published")
                .isNotIn(1, 2));
        for (JsonNode cell : report.get("channelQuarters")) {
            if (cell.get("status").asText().equals("SUPPRESSED")) {
                assertThat(cell.has("sellers") || cell.has("revenue") || cell.has("risk")).isFalse();
            }
        }
        assertThat(body).doesNotContain("alice").doesNotContain("dora").doesNotContain("erin").doesNotContain("gus");
    }

    @Test
    void otherApiRoutesStillNeedALogin() throws Exception {
        mvc.perform(get("/api/sellers/dora/report")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/market/report")).andExpect(status().isUnauthorized());
    }

    @Test
    void publicPageInEnglishAndFrenchWithDownloads() throws Exception {
        String en = mvc.perform(get("/market?lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Cooperative market report").contains("By channel").contains("etsy")
                .contains("/market/report.csv").contains("/market/report.json");
        String fr = mvc.perform(get("/market?lang=fr")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fr).contains("Rapport de marché de la coopérative").contains("Par canal");

        String csv = mvc.perform(get("/market/report.csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("table,channel,kind,quarter,status,sellers,revenue_eur").contains("channel,etsy,MARKETPLACE,,PUBLISHED,");
        mvc.perform(get("/market/report.json")).andExpect(status().isOk());
    }

    @Test
    void aSellerGivesAndWithdrawsHerConsent() throws Exception {
        ConsentStore consents = new ConsentStore(new Lake(DATA));
        int before = json.readTree(mvc.perform(get("/api/market/report")).andReturn().getResponse().getContentAsString())
                .get("consentingSellers").asInt();

        mvc.perform(post("/sellers/alice/market/consent").param("consent", "on").with(csrf())
                        .with(asAlice()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sellers/alice/market"));
        assertThat(consents.consents("alice")).isTrue();
        assertThat(json.readTree(mvc.perform(get("/api/market/report")).andReturn().getResponse().getContentAsString())
                .get("consentingSellers").asInt()).isEqualTo(before + 1);
        assertThat(mvc.perform(get("/sellers/alice/market").with(asAlice())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("consent-status").contains("Withdraw");

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
