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

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Fees stated and estimated, contributions and what the seller keeps in the report JSON; the profile routes. */
@SpringBootTest
@AutoConfigureMockMvc
class NetIncomeApiTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void reportGivesFeesContributionsAndWhatIsKeptPerChannelAndInTotal() throws Exception {
        JsonNode report = body(mvc.perform(get("/api/sellers/fay/report").with(as("fay"))).andExpect(status().isOk()));

        assertThat(report.get("currency").asText()).isEqualTo("EUR");
        assertThat(report.get("revenue").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(report.get("fees").decimalValue()).as("5.00 + 3.65 + 3.00 + 0").isEqualByComparingTo("11.65");
        assertThat(report.get("net").decimalValue()).isEqualByComparingTo("288.35");
        assertThat(report.get("feesEstimated").asBoolean()).isTrue();
        assertThat(report.get("contributionRate").decimalValue()).isEqualByComparingTo("0.123");
        assertThat(report.get("contributions").decimalValue()).isEqualByComparingTo("36.90");
        assertThat(report.get("kept").decimalValue()).isEqualByComparingTo("251.45");
        assertThat(report.get("kept").toString()).as("two decimals").isEqualTo("251.45");

        JsonNode alm = channel(report, "a-little-market");
        assertThat(alm.get("fees").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(alm.get("feesEstimated").asBoolean()).isTrue();
        assertThat(alm.get("feeSource").asText()).isEqualTo("ESTIMATED");
        assertThat(alm.get("net").decimalValue()).isEqualByComparingTo("95.00");
        assertThat(alm.get("contributions").decimalValue()).isEqualByComparingTo("12.30");
        assertThat(alm.get("kept").decimalValue()).isEqualByComparingTo("82.70");
        assertThat(channel(report, "paypal").get("fees").decimalValue()).as("3.4% + 0.25 in 2017").isEqualByComparingTo("3.65");
        assertThat(channel(report, "etsy").get("feeSource").asText()).isEqualTo("STATED");
        assertThat(channel(report, "etsy").get("feesEstimated").asBoolean()).isFalse();
        assertThat(channel(report, "markets").get("feeSource").asText()).isEqualTo("NO_SCHEDULE");
        assertThat(channel(report, "markets").get("fees").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void profileIsReadAndChangedByItsSellerOnly() throws Exception {
        JsonNode profile = body(mvc.perform(get("/api/sellers/ida/profile").with(as("ida"))).andExpect(status().isOk()));
        assertThat(profile.get("activity").asText()).isEqualTo("goods");

        JsonNode services = body(mvc.perform(put("/api/sellers/ida/profile").with(as("ida"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"activity\": \"services\"}")).andExpect(status().isOk()));
        assertThat(services.get("contributionRate").decimalValue()).isEqualByComparingTo("0.212");
        JsonNode report = body(mvc.perform(get("/api/sellers/ida/report").with(as("ida"))).andExpect(status().isOk()));
        assertThat(report.get("contributionRate").decimalValue()).isEqualByComparingTo("0.212");
        assertThat(report.get("contributions").decimalValue()).as("21.20 + 21.20 + 12.72 + 8.48").isEqualByComparingTo("63.60");

        mvc.perform(put("/api/sellers/ida/profile").with(as("ida")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"contributionRate\": 0.123}")).andExpect(status().isOk());
        assertThat(body(mvc.perform(get("/api/sellers/ida/profile").with(as("ida")))).get("activity").asText()).isEqualTo("goods");
    }

    @Test
    void invalidProfilesAreBadRequestProblems() throws Exception {
        for (String bad : List.of("{\"contributionRate\": 1.5}", "{\"activity\": \"banking\"}", "{}",
                "{\"activity\": \"goods\", \"contributionRate\": 0.1}", "not json")) {
            mvc.perform(put("/api/sellers/ida/profile").with(as("ida")).contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void anotherSellersProfileIsForbiddenAndAnonymousIsUnauthorized() throws Exception {
        mvc.perform(get("/api/sellers/fay/profile").with(as("alice"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/sellers/fay/profile").with(as("alice")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"activity\": \"services\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/sellers/fay/profile")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/sellers/fay/profile").contentType(MediaType.APPLICATION_JSON)
                .content("{\"activity\": \"services\"}")).andExpect(status().isUnauthorized());
        assertThat(body(mvc.perform(get("/api/sellers/fay/profile").with(as("fay")))).get("activity").asText())
                .isEqualTo("goods");
    }

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestData.PASSWORD);
    }

    private static JsonNode channel(JsonNode report, String name) {
        List<JsonNode> channels = new ArrayList<>();
        report.get("channels").forEach(channels::add);
        return channels.stream().filter(c -> c.get("channel").asText().equals(name)).findFirst().orElseThrow();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
