package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.edition.EditionPeriod;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.cooperative.Editions;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.ingestion.lake.Lake;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A seller's side of editions (issue 13): her page lists the editions that included her figures, and they stay
 * listed after she withdraws; her overview sets her figures beside her cooperative's latest edition. In
 * {@link TestData#ALPES}, alice, dora and gus consent and sold in 2022; erin is only invited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CooperativeEditionsSellerTests {

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

    @Autowired
    Editions editions;

    private static Release edition;

    @BeforeEach
    void anEditionOf2022() {
        if (edition == null) {
            edition = editions.publish(TestData.ALPES, editions.preview(TestData.ALPES, EditionPeriod.parse("2022"), "manager").id());
            assertThat(edition.contributing()).isEqualTo(3);
        }
    }

    private Document page(String seller, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(new SellerUser(seller, "unused", Roles.SELLER, seller))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void herPageListsTheEditionsThatIncludedHerFiguresInBothLanguages() throws Exception {
        Document en = page("alice", "/sellers/alice/market?lang=en");
        assertThat(en.select("#included-table tr[data-edition=" + edition.edition() + "]").text())
                .contains("Coopérative des Alpes", "edition " + edition.edition(), "2022");
        assertThat(en.select("#included-table a").attr("href")).isEqualTo("/coops/alpes/editions/" + edition.edition());
        Document fr = page("alice", "/sellers/alice/market?lang=fr");
        assertThat(fr.select("#included h2").text()).isEqualTo("Éditions qui comprennent mes chiffres");
        assertThat(fr.select("#included-table").text()).contains("édition " + edition.edition());

        assertThat(page("erin", "/sellers/erin/market?lang=en").select("#no-included").text())
                .contains("No published edition includes your figures yet.");
    }

    @Test
    void anEditionStaysListedAfterSheWithdrawsHerConsent() throws Exception {
        new Cooperatives(new Lake(DATA)).members(TestData.ALPES).consents().withdraw("dora");
        try {
            assertThat(page("dora", "/sellers/dora/market?lang=en").select("#included-table tr[data-edition]")).hasSize(1);
        } finally {
            new Cooperatives(new Lake(DATA)).members(TestData.ALPES).consents().give("dora");
        }
    }

    @Test
    void herOverviewSetsHerFiguresBesideTheLatestEdition() throws Exception {
        Document en = page("alice", "/sellers/alice?lang=en");
        assertThat(en.select("#benchmark h2").text()).isEqualTo("Beside Coopérative des Alpes");
        assertThat(en.select("#benchmark .hint").first().text()).contains("edition " + edition.edition(), "2022");
        // three members: the edition withholds their quartiles, so her share stands alone, in words
        assertThat(en.select("#bench-tps-withheld").text()).contains("In 2022, your largest platform made 100%");
        assertThat(en.select("#bench-channels td").eachText()).containsSubsequence("Etsy", "Marketplace", "100%", "100%");
        Document fr = page("alice", "/sellers/alice?lang=fr");
        assertThat(fr.select("#benchmark h2").text()).isEqualTo("À côté de Coopérative des Alpes");

        // a seller of no cooperative sees no such card
        assertThat(page("ines", "/sellers/ines?lang=en").select("#benchmark")).isEmpty();
    }
}
