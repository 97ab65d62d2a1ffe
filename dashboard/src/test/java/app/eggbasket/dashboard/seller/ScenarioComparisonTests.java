package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The interactive what-if (issue 14), server side, on ines (70/20/10 over 2025): only the inputs a scenario uses
 * are shown, the figures of one side come as JSON in the reader's language (what the page's script redraws
 * from), a second scenario sits beside the first when the address asks for it, and the address reopens both.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScenarioComparisonTests {

    private static final String YEAR = "&from=2025-01-01&to=2026-01-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void eachScenarioShowsOnlyTheInputsItUses() throws Exception {
        // A Little Market fixes its own notice (59 days): no notice input to read "0"
        assertThat(shownInputs(page("/sellers/ines/scenarios?scenario=alm-2017" + YEAR, "en"), "a"))
                .containsExactly("substitution");
        assertThat(shownInputs(page("/sellers/ines/scenarios?scenario=closure" + YEAR, "en"), "a"))
                .containsExactly("noticeDays", "substitution");
        assertThat(shownInputs(page("/sellers/ines/scenarios?scenario=fee-hike" + YEAR, "en"), "a"))
                .containsExactly("oldRate", "newRate");
        assertThat(shownInputs(page("/sellers/ines/scenarios?scenario=cash-hold" + YEAR, "en"), "a"))
                .containsExactly("holdPercent", "holdDays");

        Document closure = page("/sellers/ines/scenarios?scenario=closure&noticeDays=45&substitution=20" + YEAR, "fr");
        Element notice = closure.selectFirst("#input-noticeDays");
        assertThat(notice.attr("type")).isEqualTo("range");
        assertThat(notice.attr("value")).isEqualTo("45");
        assertThat(closure.selectFirst("output[for=input-noticeDays]").text()).isEqualTo("45 jours");
        assertThat(closure.selectFirst("#input-substitution").attr("type")).isEqualTo("range");
        assertThat(closure.selectFirst("#scenario-result").text()).contains("45 jours de préavis");
        // the channel menu names channels in the page's language, the ids stay the values
        assertThat(closure.select("#scenario-channel option").eachText()).contains("Etsy", "Boutique en ligne");
        assertThat(closure.select("#scenario-channel option").eachAttr("value")).contains("etsy", "own-shop");
    }

    @Test
    void oneSidesFiguresComeAsJsonInTheReadersLanguage() throws Exception {
        String query = "?scenario=closure&channel=etsy&substitution=20&noticeDays=0" + YEAR;
        JsonNode en = json("/sellers/ines/scenarios/figures" + query, "en", 200);
        assertThat(en.at("/view/title").asText()).isEqualTo("If Etsy closed");
        assertThat(en.at("/view/sentences").toString()).contains("Then you would lose €56.00 of revenue")
                .contains("with 20% of its sales won back");
        assertThat(en.at("/view/riskBeforeLabel").asText()).isEqualTo("Critical risk");
        assertThat(en.at("/view/months")).hasSize(12);
        assertThat(en.at("/view/months/0/month").asText()).isEqualTo("Jan 2026");
        assertThat(en.at("/view/channelsAfter/0/name").asText()).isEqualTo("Own web shop");
        assertThat(en.at("/view/chart/series/0/data")).hasSize(12);
        assertThat(en.at("/query").asText()).contains("scenario=closure").contains("substitution=20").contains("noticeDays=0")
                .doesNotContain("oldRate");

        JsonNode fr = json("/sellers/ines/scenarios/figures" + query, "fr", 200);
        assertThat(fr.at("/view/title").asText()).isEqualTo("Si Etsy fermait");
        assertThat(fr.at("/view/months/0/month").asText()).isEqualTo("janv. 2026");
        assertThat(fr.at("/view/channelsAfter/0/name").asText()).isEqualTo("Boutique en ligne");

        // the same figures as the page computes for the same address
        Document page = page("/sellers/ines/scenarios" + query, "en");
        List<String> said = new java.util.ArrayList<>();
        en.at("/view/sentences").forEach(n -> said.add(n.asText()));
        en.at("/view/notes").forEach(n -> said.add(n.asText()));
        assertThat(page.select("#scenario-result .scenario-sentences p").eachText()).containsExactlyElementsOf(said);

        JsonNode wrong = json("/sellers/ines/scenarios/figures?scenario=closure&channel=etsy&substitution=150", "fr", 400);
        assertThat(wrong.at("/error").asText()).contains("Indiquez un pourcentage de 0 à 100");
        JsonNode unknown = json("/sellers/ines/scenarios/figures?scenario=closure&channel=dawanda", "en", 400);
        assertThat(unknown.at("/error").asText()).contains("This scenario cannot be computed");
    }

    @Test
    void aSecondScenarioSitsBesideTheFirstWhenTheAddressAsksForIt() throws Exception {
        Document one = page("/sellers/ines/scenarios?scenario=alm-2017" + YEAR, "en");
        assertThat(one.selectFirst("#side-b").hasAttr("hidden")).isTrue();
        assertThat(one.selectFirst("#side-b fieldset").hasAttr("disabled")).as("left out of the form").isTrue();
        assertThat(one.selectFirst("#scenario-compare").attr("href")).contains("b.scenario=fee-hike").contains("b.channel=etsy");

        String both = "/sellers/ines/scenarios?scenario=alm-2017&substitution=10&b.scenario=fee-hike&b.channel=etsy"
                + "&b.oldRate=5&b.newRate=8" + YEAR;
        Document page = page(both, "en");
        assertThat(page.selectFirst("#side-b").hasAttr("hidden")).isFalse();
        assertThat(page.selectFirst(".scenario-sides").hasClass("comparing")).isTrue();
        assertThat(page.selectFirst("#side-a legend").text()).isEqualTo("First scenario");
        assertThat(page.selectFirst("#side-b legend").text()).isEqualTo("Compared with");
        assertThat(page.selectFirst("#scenario-result").text()).contains("A Little Market 2017 (59 days’ notice): if Etsy closed the same way")
                .contains("with 10% of its sales won back");
        assertThat(page.selectFirst("#b-scenario-result").text()).contains("If Etsy raised its fees")
                .contains("from 5% to 8% of revenue");
        assertThat(page.selectFirst("#b-input-newRate").attr("name")).isEqualTo("b.newRate");
        assertThat(page.selectFirst("#b-scenario-months").select("tbody tr")).hasSize(12);
        assertThat(page.selectFirst("#b-download-months-csv").attr("href"))
                .startsWith("/sellers/ines/scenarios?channel=etsy&scenario=fee-hike&oldRate=5&newRate=8")
                .endsWith("&table=months&export=csv");
        assertThat(page.selectFirst("#scenario-compare").hasAttr("hidden")).isTrue();
        assertThat(page.selectFirst(".scenario-remove").attr("href")).doesNotContain("b.");
        // the link to send reopens the same two scenarios, whatever the reader's language
        String link = page.selectFirst("#scenario-link").attr("value");
        assertThat(link).startsWith("http://localhost/sellers/ines/scenarios?").contains("b.scenario=fee-hike")
                .contains("b.newRate=8").contains("substitution=10").doesNotContain("lang=");
        Document again = page(link.substring("http://localhost".length()), "fr");
        assertThat(again.selectFirst("#b-scenario-result").text()).contains("Si Etsy augmentait ses frais");
        assertThat(again.selectFirst("#scenario-result").text()).contains("A Little Market 2017");

        // the second side's download holds the second side's table
        String csv = mvc.perform(get(page.selectFirst("#b-download-months-csv").attr("href")).header("Accept-Language", "en")
                .with(user(seller("ines")))).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Net income lost so far");
    }

    @Test
    void theFiguresAreTheSellersOwn() throws Exception {
        mvc.perform(get("/sellers/ines/scenarios/figures?scenario=alm-2017").with(user(seller("alice"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sellers/ines/scenarios/figures?scenario=alm-2017")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/sellers/ines/scenarios/figures?scenario=alm-2017")
                .with(user(new SellerUser("advisor", "unused", Roles.ADVISOR, null)))).andExpect(status().isForbidden());
    }

    private static List<String> shownInputs(Document page, String side) {
        return page.select("#side-" + side + " .scenario-input").stream().filter(l -> !l.hasAttr("hidden"))
                .map(l -> l.selectFirst("[data-input]").attr("data-input")).toList();
    }

    private Document page(String path, String lang) throws Exception {
        String html = mvc.perform(get(path).header("Accept-Language", lang).with(user(seller("ines"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private JsonNode json(String path, String lang, int expected) throws Exception {
        String body = mvc.perform(get(path).header("Accept-Language", lang).with(user(seller("ines"))))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private static SellerUser seller(String id) {
        return new SellerUser(id, "unused", Roles.SELLER, id);
    }
}
