package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scenario routes on ines (2025: Etsy 840 with 84 fees stated, own-shop 240, markets 120; 70/20/10),
 * figures checked by hand, and who may call them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScenarioApiTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void closureOfTheSeventyPercentChannelWithSubstitution02() throws Exception {
        JsonNode s = body(mvc.perform(get("/api/sellers/ines/scenarios/closure?channel=etsy&substitution=0.2").with(ines()))
                .andExpect(status().isOk()));

        assertThat(s.get("scenario").asText()).isEqualTo("closure");
        assertThat(s.get("from").asText()).isEqualTo("2025-01-15");
        assertThat(s.get("monthsInPeriod").asInt()).isEqualTo(12);
        assertThat(s.get("channel").get("revenue").decimalValue()).isEqualByComparingTo("840.00");
        assertThat(s.get("channel").get("net").decimalValue()).isEqualByComparingTo("756.00");
        assertThat(s.get("shareLost").decimalValue()).as("0.7 × 0.8").isEqualByComparingTo("0.56");
        assertThat(s.get("revenueLostPerMonth").decimalValue()).as("840 / 12 × 0.8").isEqualByComparingTo("56.00");
        assertThat(s.get("netLostPerMonth").decimalValue()).as("756 / 12 × 0.8").isEqualByComparingTo("50.40");
        assertThat(s.get("revenueLost12Months").decimalValue()).isEqualByComparingTo("672.00");
        assertThat(s.get("contributionRate").decimalValue()).as("the default rate").isEqualByComparingTo("0.123");
        assertThat(s.get("keptLostPerMonth").decimalValue()).as("(756 − 103.32) / 12 × 0.8").isEqualByComparingTo("43.51");
        assertThat(s.get("months")).hasSize(12);
        assertThat(s.get("months").get(0).get("keptLost").decimalValue()).isEqualByComparingTo("43.51");
        assertThat(s.get("before").get("risk").asText()).isEqualTo("CRITICAL");
        assertThat(s.get("after").get("risk").asText()).isEqualTo("LOW");
        assertThat(s.get("after").get("hhi").decimalValue()).isEqualByComparingTo("5555.6");
        assertThat(s.get("substitutedTo").toString()).isEqualTo("[\"own-shop\",\"markets\"]");
        assertThat(s.get("revenueAfter").decimalValue()).isEqualByComparingTo("528.00");
    }

    @Test
    void templatesFeeHikeAndCashHold() throws Exception {
        JsonNode alm = body(mvc.perform(get("/api/sellers/ines/scenarios/template?template=alm-2017&channel=etsy"
                + "&from=2025-01-01&to=2026-01-01").with(ines())).andExpect(status().isOk()));
        assertThat(alm.get("noticeDays").asInt()).isEqualTo(59);
        assertThat(alm.get("closes").asText()).isEqualTo("2026-03-01");
        assertThat(alm.get("revenueLost12Months").decimalValue()).as("10 months × 70").isEqualByComparingTo("700.00");

        JsonNode dawanda = body(mvc.perform(get("/api/sellers/ines/scenarios/template?template=dawanda-2018&channel=etsy"
                + "&from=2025-01-01&to=2026-01-01").with(ines())).andExpect(status().isOk()));
        assertThat(dawanda.get("noticeDays").asInt()).isEqualTo(61);
        assertThat(dawanda.get("reviewsLost").asBoolean()).isFalse();

        JsonNode fee = body(mvc.perform(get("/api/sellers/ines/scenarios/fee-hike?channel=etsy&oldRate=0.05").param("newRate", "6.5%")
                .with(ines())).andExpect(status().isOk()));
        assertThat(fee.get("newRate").decimalValue()).isEqualByComparingTo("0.065");
        assertThat(fee.get("netLostPerMonth").decimalValue()).as("70 × 0.015").isEqualByComparingTo("1.05");

        JsonNode hold = body(mvc.perform(get("/api/sellers/ines/scenarios/cash-hold?channel=etsy&percent=25&days=90")
                .with(ines())).andExpect(status().isOk()));
        assertThat(hold.get("heldPerMonth").decimalValue()).isEqualByComparingTo("17.50");
        assertThat(hold.get("balanceHeld").decimalValue()).as("70 / 30.4375 × 0.25 × 90").isEqualByComparingTo("51.75");
    }

    @Test
    void monthlySeriesCarriesPlatformAndControlledShares() throws Exception {
        JsonNode monthly = body(mvc.perform(get("/api/sellers/ines/monthly").with(ines())).andExpect(status().isOk()));

        JsonNode january = monthly.get("months").get(0);
        assertThat(january.get("month").asText()).isEqualTo("2025-01");
        assertThat(january.get("topPlatformShare").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(january.get("platformShare").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(january.get("controlledShare").decimalValue()).isEqualByComparingTo("0.3");
    }

    @Test
    void mistakesAreBadRequestProblems() throws Exception {
        problem(get("/api/sellers/ines/scenarios/closure?channel=dawanda"),
                "Unknown channel 'dawanda': the channels of this period are etsy, own-shop, markets.");
        problem(get("/api/sellers/ines/scenarios/closure"), "Give the channel the scenario is about (channel=…).");
        problem(get("/api/sellers/ines/scenarios/closure?channel=etsy&substitution=2"),
                "Invalid substitution rate: give a fraction from 0 to 1 (0.2) or a percentage (20%).");
        problem(get("/api/sellers/ines/scenarios/closure?channel=etsy&noticeDays=soon"),
                "Invalid notice period: give a whole number of days from 0 to 3650.");
        problem(get("/api/sellers/ines/scenarios/template?template=amazon-2030&channel=etsy"),
                "Unknown template 'amazon-2030': use one of alm-2017, dawanda-2018, suspension.");
        problem(get("/api/sellers/ines/scenarios/cash-hold?channel=etsy&percent=25"), "Give the hold in days.");
        problem(get("/api/sellers/ines/scenarios/closure?channel=etsy&from=2021-01-01&to=2021-02-01"),
                "No sales for ines in this period: nothing to compute.");
    }

    @Test
    void anotherSellerIsForbiddenAndAnonymousUnauthorized() throws Exception {
        for (String route : new String[]{"closure?channel=etsy", "template?template=suspension&channel=etsy",
                "fee-hike?channel=etsy", "cash-hold?channel=etsy&percent=10&days=30"}) {
            mvc.perform(get("/api/sellers/ines/scenarios/" + route).with(httpBasic("alice", TestData.PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("This account may not access this seller."));
            mvc.perform(get("/api/sellers/ines/scenarios/" + route))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.status").value(401));
        }
        mvc.perform(get("/api/sellers/ines/scenarios/closure?channel=etsy").with(httpBasic("advisor", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sellers/ines/scenarios/closure?channel=etsy").with(httpBasic("ines", TestData.PASSWORD)))
                .andExpect(status().isOk());
    }

    private void problem(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String detail)
            throws Exception {
        JsonNode problem = body(mvc.perform(request.with(ines())).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
    }

    private static RequestPostProcessor ines() {
        return httpBasic("ines", TestData.PASSWORD);
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
