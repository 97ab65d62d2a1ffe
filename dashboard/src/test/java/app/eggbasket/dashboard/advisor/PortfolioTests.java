package app.eggbasket.dashboard.advisor;

import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.report.MonthlyReport;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.dashboard.sharing.GrantStore;
import app.eggbasket.dashboard.sharing.ReadLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The advisor's portfolio (DESIGN §10): every granted client, the same figures as her own report of the same
 * 12 months, sorted by risk then top-platform share, the uncomputable ones listed with their reason.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioTests {

    private static final Path DATA = TestData.seededCopy();
    private static final List<String> CLIENTS = List.of("alice", "bob", "dora", "erin", "fay", "gus", "ida", "ines");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    GrantStore grants;

    @Autowired
    ReadLog reads;

    @Autowired
    SellerAnalytics analytics;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void grantEveryClient() {
        CLIENTS.forEach(c -> grants.grant(c, "advisor", null));
        grants.grant("carol", "advisor2", null);
    }

    private JsonNode clients(String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/advisors/me/clients" + query).with(httpBasic("advisor", TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyGrantedClientIsListedAndNoOther() throws Exception {
        JsonNode body = clients("");
        assertThat(body.get("advisor").asText()).isEqualTo("advisor");
        List<String> sellers = new ArrayList<>();
        body.get("clients").forEach(c -> sellers.add(c.get("seller").asText()));
        assertThat(sellers).containsExactlyInAnyOrderElementsOf(CLIENTS);
        assertThat(body.get("count").asInt()).isEqualTo(CLIENTS.size());
    }

    @Test
    void eachClientsFiguresAreHerReportOfTheSameTwelveMonths() throws Exception {
        int compared = 0;
        for (JsonNode c : clients("").get("clients")) {
            if (!c.get("status").asText().equals("COMPUTED")) {
                continue;
            }
            YearMonth from = YearMonth.parse(c.get("from").asText());
            YearMonth to = YearMonth.parse(c.get("to").asText());
            assertThat(to).isEqualTo(from.plusMonths(11));
            String seller = c.get("seller").asText();
            SellerReport report = analytics.report(seller, from.atDay(1), to.plusMonths(1).atDay(1), null);
            assertThat(c.get("currency").asText()).as(seller).isEqualTo(report.currency());
            assertThat(c.get("revenue").decimalValue()).as(seller).isEqualByComparingTo(report.revenue());
            assertThat(c.get("hhi").decimalValue()).as(seller).isEqualByComparingTo(report.concentration().hhi());
            assertThat(c.get("effectiveChannels").decimalValue()).as(seller)
                    .isEqualByComparingTo(report.concentration().effectiveChannels());
            assertThat(c.get("topPlatformShare").decimalValue()).as(seller)
                    .isEqualByComparingTo(report.concentration().topPlatformShare());
            assertThat(c.get("controlledShare").decimalValue()).as(seller)
                    .isEqualByComparingTo(report.concentration().controlledShare());
            assertThat(c.get("risk").asText()).as(seller).isEqualTo(report.concentration().risk().name());
            assertThat(c.path("topPlatform").isNull() ? null : c.get("topPlatform").asText()).as(seller)
                    .isEqualTo(report.concentration().topPlatform());

            MonthlyReport monthly = analytics.monthly(seller, from.atDay(1), to.plusMonths(1).atDay(1), null);
            assertThat(c.get("trend")).hasSize(12);
            for (int i = 0; i < 12; i++) {
                MonthlyReport.Month month = monthly.months().get(i);
                JsonNode point = c.get("trend").get(i);
                if (month.revenue().signum() > 0) {
                    assertThat(point.decimalValue()).as(seller + " " + month.month()).isEqualByComparingTo(month.topPlatformShare());
                } else {
                    assertThat(point.isNull()).as(seller + " " + month.month()).isTrue();
                }
            }
            compared++;
        }
        assertThat(compared).as("clients with figures to compare").isGreaterThanOrEqualTo(5);
    }

    @Test
    void sortedByRiskThenTopPlatformShareWithTheUncomputableLastAndTheirReason() throws Exception {
        JsonNode rows = clients("").get("clients");
        int lastRisk = Integer.MAX_VALUE;
        BigDecimal lastShare = BigDecimal.TEN;
        boolean uncomputed = false;
        for (JsonNode c : rows) {
            if (c.get("risk").isNull()) {
                uncomputed = true;
                assertThat(c.get("reason").asText()).isNotBlank();
                continue;
            }
            assertThat(uncomputed).as("a client with figures after one without").isFalse();
            int risk = Risk.valueOf(c.get("risk").asText()).ordinal();
            BigDecimal share = c.get("topPlatformShare").decimalValue();
            assertThat(risk).isLessThanOrEqualTo(lastRisk);
            if (risk == lastRisk) {
                assertThat(share).isLessThanOrEqualTo(lastShare);
            }
            lastRisk = risk;
            lastShare = share;
        }
        JsonNode bob = find(rows, "bob");
        assertThat(bob.get("status").asText()).isEqualTo("NO_SALES");
        assertThat(bob.get("reason").asText()).isEqualTo("No sales uploaded yet.");
        JsonNode gus = find(rows, "gus");
        assertThat(gus.get("status").asText()).isEqualTo("NO_RATE");
        assertThat(gus.get("missing").get("currencies").toString()).contains("ARS");
        assertThat(gus.get("reason").asText()).contains("ARS");
    }

    @Test
    void filterByRiskAndSearchByName() throws Exception {
        JsonNode all = clients("").get("clients");
        String someRisk = null;
        for (JsonNode c : all) {
            if (!c.get("risk").isNull()) {
                someRisk = c.get("risk").asText();
                break;
            }
        }
        assertThat(someRisk).isNotNull();
        JsonNode filtered = clients("?risk=" + someRisk.toLowerCase()).get("clients");
        assertThat(filtered.size()).isGreaterThan(0).isLessThan(all.size());
        for (JsonNode c : filtered) {
            assertThat(c.get("risk").asText()).isEqualTo(someRisk);
        }
        JsonNode searched = clients("?q=ALI").get("clients");
        assertThat(searched).hasSize(1);
        assertThat(searched.get(0).get("seller").asText()).isEqualTo("alice");
        mvc.perform(get("/api/advisors/me/clients?risk=SEVERE").with(httpBasic("advisor", TestData.PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theListingIsARecordedReadAndOnlyAdvisorsHaveAPortfolio() throws Exception {
        int before = reads.all("ines").size();
        clients("");
        assertThat(reads.all("ines")).hasSize(before + 1);
        assertThat(reads.all("ines").get(before).route()).isEqualTo("GET /api/advisors/me/clients");
        assertThat(reads.all("carol")).isEmpty();

        JsonNode other = json.readTree(mvc.perform(get("/api/advisors/me/clients").with(httpBasic("advisor2", TestData.PASSWORD)))
                .andReturn().getResponse().getContentAsString());
        assertThat(other.get("count").asInt()).isEqualTo(1);
        mvc.perform(get("/api/advisors/me/clients").with(httpBasic("alice", TestData.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/advisors/me/clients").with(httpBasic("manager", TestData.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/advisors/me/clients")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void thePageShowsTheSameOrderAndASparklinePerClientInBothLanguages() throws Exception {
        List<String> api = new ArrayList<>();
        clients("").get("clients").forEach(c -> api.add(c.get("seller").asText()));
        SellerUser advisor = new SellerUser("advisor", "unused", Roles.ADVISOR, null);
        for (String lang : List.of("fr", "en")) {
            String page = mvc.perform(get("/advisor/clients").header("Accept-Language", lang).with(user(advisor)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("data-seller=\"([a-z0-9-]+)\"").matcher(page);
            List<String> shown = new ArrayList<>();
            while (m.find()) {
                shown.add(m.group(1));
            }
            assertThat(shown).isEqualTo(api);
            assertThat(page).contains(lang.equals("fr") ? "Mes clients" : "My clients")
                    .contains(lang.equals("fr") ? "Aucune vente importée" : "No sales uploaded yet")
                    .contains("class=\"sparkline\"").contains("<polyline").contains("id=\"invitation-code\"")
                    .contains("href=\"/sellers/alice\"");
        }
    }

    @Test
    void thePortfolioDownloadsAsAnXlsxWithTheApisFigures() throws Exception {
        JsonNode api = clients("").get("clients");
        SellerUser advisor = new SellerUser("advisor", "unused", Roles.ADVISOR, null);
        byte[] xlsx = mvc.perform(get("/advisor/clients?table=clients&export=xlsx").with(user(advisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<org.dhatim.fastexcel.reader.Row> rows = app.eggbasket.dashboard.TableFiles.xlsxRows(xlsx);
        assertThat(rows).hasSize(api.size() + 1);
        assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Client");
        for (int i = 0; i < api.size(); i++) {
            JsonNode c = api.get(i);
            org.dhatim.fastexcel.reader.Row row = rows.get(i + 1);
            assertThat(row.getCell(0).asString()).isEqualTo(c.get("seller").asText());
            if (c.get("status").asText().equals("COMPUTED")) {
                assertThat(row.getCell(5).asNumber()).as(c.get("seller").asText())
                        .isEqualByComparingTo(c.get("revenue").decimalValue());
                assertThat(row.getCell(7).asNumber())
                        .isEqualByComparingTo(c.get("topPlatformShare").decimalValue().setScale(3, java.math.RoundingMode.HALF_UP));
                assertThat(row.getCell(8).asNumber()).isEqualByComparingTo(c.get("hhi").decimalValue()
                        .setScale(0, java.math.RoundingMode.HALF_UP));
            } else {
                assertThat(row.getCell(27).asString()).isNotBlank();
            }
        }
        String csv = new String(mvc.perform(get("/advisor/clients?table=clients&export=csv").header("Accept-Language", "fr")
                .with(user(advisor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFClient;").contains("Aucune vente importée");
    }

    private static JsonNode find(JsonNode rows, String seller) {
        for (JsonNode c : rows) {
            if (c.get("seller").asText().equals(seller)) {
                return c;
            }
        }
        throw new AssertionError(seller + " not listed");
    }
}
