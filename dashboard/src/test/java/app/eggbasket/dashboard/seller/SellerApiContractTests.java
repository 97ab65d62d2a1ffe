package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON contract of the seller API (DESIGN §6) and its problem details (RFC 9457). */
@SpringBootTest
@AutoConfigureMockMvc
class SellerApiContractTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void reportHasTheContractKeysAndTypes() throws Exception {
        JsonNode report = body(mvc.perform(get("/api/sellers/alice/report").with(alice())).andExpect(status().isOk()));

        assertThat(names(report)).containsExactlyInAnyOrder("seller", "from", "to", "currency", "revenue", "fees", "net",
                "orders", "channels", "concentration", "conversion", "feesEstimated", "contributionRate", "contributions",
                "kept", "leftOut");
        assertThat(report.get("seller").asText()).isEqualTo("alice");
        assertThat(report.get("from").asText()).isEqualTo("2022-12-23");
        assertThat(report.get("to").asText()).isEqualTo("2023-01-01");
        assertThat(report.get("currency").asText()).isEqualTo("USD");
        assertThat(report.get("revenue").isNumber()).isTrue();
        assertThat(report.get("revenue").decimalValue()).isEqualByComparingTo("279.51");
        assertThat(report.get("fees").decimalValue()).as("11.04 card processing stated + 6.5% of 279.51 + 12 units × 0.20 estimated")
                .isEqualByComparingTo("31.61");
        assertThat(report.get("net").decimalValue()).isEqualByComparingTo("247.90");
        assertThat(report.get("orders").isIntegralNumber()).isTrue();

        JsonNode etsy = report.get("channels").get(0);
        assertThat(names(etsy)).contains("channel", "kind", "revenue", "share", "orders", "fees", "feesEstimated", "net");
        assertThat(etsy.get("channel").asText()).isEqualTo("etsy");
        assertThat(etsy.get("kind").asText()).isEqualTo("MARKETPLACE");
        assertThat(etsy.get("share").isNumber()).isTrue();
        assertThat(etsy.get("share").decimalValue()).isEqualByComparingTo("1");
        assertThat(etsy.get("feesEstimated").isBoolean()).isTrue();

        JsonNode concentration = report.get("concentration");
        assertThat(names(concentration)).containsExactlyInAnyOrder("hhi", "cr1", "topChannel", "effectiveChannels",
                "entropyEffective", "platformShare", "controlledShare", "topPlatform", "topPlatformShare", "risk");
        assertThat(concentration.get("hhi").decimalValue()).isEqualByComparingTo("10000");
        assertThat(concentration.get("topPlatform").asText()).isEqualTo("etsy");
        assertThat(concentration.get("risk").asText()).isEqualTo("CRITICAL");
    }

    @Test
    void reportForAPeriodWithoutSalesIsEmpty() throws Exception {
        JsonNode report = body(mvc.perform(get("/api/sellers/alice/report?from=2021-01-01&to=2021-02-01").with(alice()))
                .andExpect(status().isOk()));

        assertThat(report.get("revenue").decimalValue()).isEqualByComparingTo("0");
        assertThat(report.get("channels")).isEmpty();
    }

    @Test
    void malformedDateIsABadRequestProblem() throws Exception {
        JsonNode problem = body(mvc.perform(get("/api/sellers/alice/report?from=31/12/2022").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));

        assertThat(problem.get("detail").asText()).isEqualTo("Invalid date: use the ISO form 2025-01-31.");
    }

    @Test
    void periodEndingBeforeItStartsIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/sellers/alice/report?from=2023-01-01&to=2022-01-01").with(alice()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void mixedCurrenciesAreConvertedAtTheEcbRateOfEachOrderDate() throws Exception {
        JsonNode report = body(mvc.perform(get("/api/sellers/dora/report").with(httpBasic("dora", TestData.PASSWORD)))
                .andExpect(status().isOk()));

        assertThat(report.get("currency").asText()).isEqualTo("EUR");
        assertThat(report.get("revenue").decimalValue()).as("hand-computed from the ECB file, line by line")
                .isEqualByComparingTo("455.84");
        assertThat(report.get("fees").decimalValue()).as("17.35 stated (converted line by line) + 30.17 estimated: "
                + "6.5% (2022) and 5% (2020) of the converted revenue, 0.20 USD per unit at the ECB rate of each day")
                .isEqualByComparingTo("47.52");
        assertThat(report.get("conversion").get("from").toString()).isEqualTo("[\"CAD\",\"USD\"]");
        assertThat(report.get("conversion").get("to").asText()).isEqualTo("EUR");
        assertThat(report.get("conversion").get("source").asText()).startsWith("ECB euro foreign exchange reference rates");
        JsonNode usd = body(mvc.perform(get("/api/sellers/alice/report?currency=USD").with(alice())).andExpect(status().isOk()));
        assertThat(usd.get("conversion").isNull()).isTrue();
    }

    @Test
    void salesWithoutARateAreLeftOutAndTheJsonSaysWhich() throws Exception {
        JsonNode report = body(mvc.perform(get("/api/sellers/gus/report").with(httpBasic("gus", TestData.PASSWORD)))
                .andExpect(status().isOk()));

        JsonNode leftOut = report.get("leftOut");
        assertThat(leftOut.get("reason").asText()).isEqualTo("NO_EXCHANGE_RATE");
        assertThat(leftOut.get("lines").asLong()).isEqualTo(8);
        assertThat(leftOut.get("currencies").get(0).get("currency").asText()).isEqualTo("ARS");
        assertThat(leftOut.get("currencies").get(0).get("firstDate").asText()).isEqualTo("2022-12-23");
        assertThat(leftOut.get("currencies").get(0).get("lastDate").asText()).isEqualTo("2022-12-31");
        assertThat(leftOut.get("currencies").get(0).get("amount").decimalValue()).isPositive();
        assertThat(leftOut.get("ratesFrom").asText()).isEqualTo("1999-01-04");
        assertThat(leftOut.get("periodWithout").isNull()).isTrue();
        assertThat(report.get("conversion").get("from").toString()).as("the USD lines are converted").contains("USD");
        JsonNode monthly = body(mvc.perform(get("/api/sellers/gus/monthly").with(httpBasic("gus", TestData.PASSWORD)))
                .andExpect(status().isOk()));
        assertThat(monthly.get("leftOut")).isEqualTo(leftOut);
        JsonNode alice = body(mvc.perform(get("/api/sellers/alice/report").with(alice())).andExpect(status().isOk()));
        assertThat(alice.get("leftOut").isNull()).as("nothing left out").isTrue();
        mvc.perform(get("/api/sellers/gus/report?currency=ZZZ").with(httpBasic("gus", TestData.PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void monthlyListsEveryMonthWithEveryChannel() throws Exception {
        JsonNode monthly = body(mvc.perform(get("/api/sellers/alice/monthly").with(alice())).andExpect(status().isOk()));

        assertThat(monthly.get("channels").get(0).asText()).isEqualTo("etsy");
        assertThat(monthly.get("months")).hasSize(1);
        assertThat(monthly.get("months").get(0).get("month").asText()).isEqualTo("2022-12");
        assertThat(monthly.get("months").get(0).get("revenue").decimalValue()).isEqualByComparingTo("279.51");
    }

    @Test
    void refusedUploadIsA422ProblemNamingTheFile() throws Exception {
        MockMultipartFile faulty = new MockMultipartFile("file", TestData.RENAMED_COLUMNS, "text/csv",
                TestData.read(TestData.etsySample(TestData.RENAMED_COLUMNS)));

        JsonNode problem = body(mvc.perform(multipart("/api/sellers/carol/uploads").file(faulty).with(carol()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));

        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("detail").asText()).startsWith(TestData.RENAMED_COLUMNS + ": no known export format found");
        assertThat(problem.get("files").get(0).get("refusal").asText()).contains("Known formats: etsy-sold-orders");
    }

    @Test
    void uploadAnswersOneSummaryPerFileAndIsRecordedInTheHistory() throws Exception {
        byte[] etsy = TestData.read(TestData.etsySample(TestData.ETSY_2022));
        JsonNode summaries = body(mvc.perform(multipart("/api/sellers/carol/uploads")
                        .file(new MockMultipartFile("file", TestData.ETSY_2022, "text/csv", etsy))
                        .file(new MockMultipartFile("file", TestData.RENAMED_COLUMNS, "text/csv",
                                TestData.read(TestData.etsySample(TestData.RENAMED_COLUMNS))))
                        .param("channel", "Etsy Shop").param("kind", "marketplace")
                        .with(carol()))
                .andExpect(status().isOk()));

        assertThat(summaries).hasSize(2);
        assertThat(summaries.get(0).get("formatId").asText()).isEqualTo("etsy-sold-orders");
        assertThat(summaries.get(0).get("channel").asText()).isEqualTo("etsy-shop");
        assertThat(summaries.get(0).get("accepted").asInt()).isEqualTo(8);
        assertThat(summaries.get(1).get("refusal").asText()).startsWith("no known export format");

        JsonNode history = body(mvc.perform(get("/api/sellers/carol/uploads").with(carol())).andExpect(status().isOk()));
        assertThat(history.findValuesAsText("fileName")).contains(TestData.ETSY_2022);
    }

    @Test
    void channelWithoutKindIsABadRequestProblem() throws Exception {
        mvc.perform(multipart("/api/sellers/carol/uploads")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b".getBytes()))
                        .param("channel", "markets").with(carol()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor alice() {
        return httpBasic("alice", TestData.PASSWORD);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor carol() {
        return httpBasic("carol", TestData.PASSWORD);
    }
}
