package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.ingestion.lake.Lake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The manager's drafts through the API (DESIGN §10): preview a period, publish that very draft, only the cooperative's
 * own managers, and nothing of one member in any answer. In {@link TestData#ALPES}, alice, dora and gus consent and
 * sold in 2022.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EditionPreviewApiTests {

    private static final Path DATA = TestData.seededCopy();

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @BeforeAll
    static void threeContributingMembers() {
        Cooperatives coops = new Cooperatives(new Lake(DATA));
        coops.members(TestData.ALPES).join("gus", null);
        ConsentStore consents = coops.members(TestData.ALPES).consents();
        consents.give("dora");
        consents.give("gus");
        assertThat(consents.consenting()).containsExactly("alice", "dora", "gus");
    }

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    private static RequestPostProcessor manager() {
        return user(new SellerUser("manager", "unused", Roles.COOPERATIVE_MANAGER, null, TestData.ALPES));
    }

    private JsonNode created(RequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder preview(String period) {
        return post("/api/coops/alpes/previews").contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"" + period + "\"}").with(csrf());
    }

    @Test
    void aDraftIsPublishedAsItWasPreviewedAndOnce() throws Exception {
        JsonNode draft = created(preview("2022").with(manager()));
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("contributingMembers").asInt()).isEqualTo(3);
        assertThat(draft.get("period").get("label").asText()).isEqualTo("2022");
        assertThat(draft.get("covered").get("to").asText()).isEqualTo("2023-01-01");
        assertThat(draft.has("computedBy")).isFalse();
        assertThat(draft.get("report").get("total").get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(draft.get("report").get("total").get("sellers").asInt()).isEqualTo(3);

        String id = draft.get("id").asText();
        JsonNode edition = created(post("/api/coops/alpes/previews/" + id + "/publish").with(manager()).with(csrf()));
        assertThat(edition.get("edition").asInt()).isPositive();
        assertThat(edition.get("report")).isEqualTo(draft.get("report"));
        mvc.perform(post("/api/coops/alpes/previews/" + id + "/publish").with(manager()).with(csrf()))
                .andExpect(status().isConflict());
        JsonNode listed = json.readTree(mvc.perform(get("/api/coops/alpes/previews").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(listed.findValuesAsText("id")).contains(id);
    }

    @Test
    void wrongPeriodsAndUnknownDraftsAreAnsweredPlainly() throws Exception {
        mvc.perform(preview("2022-Q9").with(manager())).andExpect(status().isBadRequest());
        mvc.perform(preview("2999").with(manager())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/coops/alpes/previews/9999").with(manager())).andExpect(status().isNotFound());
        mvc.perform(post("/api/coops/alpes/previews/9999/publish").with(manager()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheCooperativesOwnManagersPreviewOrPublish() throws Exception {
        String id = created(preview("2022-H2").with(manager())).get("id").asText();
        List<RequestPostProcessor> others = List.of(
                user(new SellerUser("manager2", "unused", Roles.COOPERATIVE_MANAGER, null, TestData.BRETAGNE)),
                user(new SellerUser("alice", "unused", Roles.SELLER, "alice")),
                user(new SellerUser("advisor", "unused", Roles.ADVISOR, null)));
        for (RequestPostProcessor other : others) {
            mvc.perform(preview("2022").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/coops/alpes/previews").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/coops/alpes/previews/" + id).with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/api/coops/alpes/previews/" + id + "/publish").with(other).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(preview("2022")).andExpect(status().isUnauthorized());
    }

    /** Every figure with a fractional part of the members' own 2022 reports: none is in a draft the manager gets. */
    @Test
    void noDraftHoldsAMembersFigures() throws Exception {
        Set<String> figures = new TreeSet<>();
        for (String member : List.of("alice", "dora")) { // gus sold the same in euros as alice, and in pesos (no rate)
            JsonNode report = json.readTree(mvc.perform(get("/api/sellers/" + member + "/report?from=2022-01-01&to=2023-01-01")
                    .with(user(new SellerUser(member, "unused", Roles.SELLER, member)))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            collect(report, figures);
        }
        assertThat(figures).as("the members' figures to look for").contains("279.51");
        for (String period : List.of("2022", "2022-H2", "2022-Q4")) {
            String answer = created(preview(period).with(manager())).toString();
            for (String figure : figures) {
                assertThat(answer).as("a member's figure %s in the %s draft", figure, period).doesNotContain(figure);
            }
        }
    }

    private static void collect(JsonNode node, Set<String> figures) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().abs();
            if (value.stripTrailingZeros().scale() > 0 && value.compareTo(new BigDecimal("0.01")) >= 0) {
                figures.add(value.toPlainString());
                figures.add(value.stripTrailingZeros().toPlainString());
            }
        }
        node.forEach(child -> collect(child, figures));
    }
}
