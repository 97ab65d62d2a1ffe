package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the pages say in the cases the browser test does not walk through. */
@SpringBootTest
@AutoConfigureMockMvc
class SellerPagesTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void sellerWithoutDataSeesAnEmptyStateLinkingToUploadsAndNoChart() throws Exception {
        String page = html(get("/sellers/bob").with(user(seller("bob"))));

        assertThat(page).contains("id=\"empty-state\"").contains("href=\"/sellers/bob/uploads\"")
                .doesNotContain("id=\"chart-shares\"");
    }

    @Test
    void mixedCurrenciesGiveAMessageInsteadOfCharts() throws Exception {
        String page = html(get("/sellers/dora").with(user(seller("dora"))));

        assertThat(page).contains("id=\"mixed-currency\"").contains("CAD, USD").doesNotContain("id=\"chart-shares\"");
    }

    @Test
    void periodWithoutSalesSaysSo() throws Exception {
        String page = html(get("/sellers/alice?from=2021-01-01&to=2021-02-01").with(user(seller("alice"))));

        assertThat(page).contains("No sales in this period");
    }

    @Test
    void malformedDateIsExplainedOnThePage() throws Exception {
        String page = html(get("/sellers/alice?from=yesterday").with(user(seller("alice"))));

        assertThat(page).contains("Invalid date: use the form 2025-01-31.");
    }

    @Test
    void overviewFollowsAcceptLanguageAndFormatsAmountsInFrench() throws Exception {
        String page = html(get("/sellers/alice").header("Accept-Language", "fr-FR,fr;q=0.9").with(user(seller("alice"))));

        assertThat(page).contains("Vue d’ensemble de alice").contains("279,51\u00a0$US")
                .contains("divisé par le mois civil qu’elle couvre");
    }

    @Test
    void monthlyLossExplainsHowManyMonthsItDividesBy() throws Exception {
        String oneMonth = html(get("/sellers/alice").header("Accept-Language", "en").with(user(seller("alice"))));
        String twoMonths = html(get("/sellers/alice?from=2022-11-01&to=2023-01-01").header("Accept-Language", "en")
                .with(user(seller("alice"))));

        assertThat(oneMonth).contains("divided by the calendar month the period covers");
        assertThat(twoMonths).contains("divided by the 2 calendar months the period covers");
    }

    @Test
    void langParameterSwitchesTheLanguageAndIsRemembered() throws Exception {
        mvc.perform(get("/login?lang=fr")).andExpect(status().isOk()).andExpect(cookie().value("eggbasket-lang", "fr-FR"));

        String page = html(get("/login").header("Accept-Language", "fr").param("lang", "en"));
        assertThat(page).contains("Log in").contains("href=\"/login?lang=fr\"");
    }

    @Test
    void uploadPageListsEveryRecognisedFormatWithItsDefaultChannel() throws Exception {
        String page = html(get("/sellers/bob/uploads").header("Accept-Language", "fr").with(user(seller("bob"))));

        assertThat(page).contains("Formats reconnus");
        for (var format : app.eggbasket.ingestion.format.Formats.standard().formats()) {
            assertThat(page).contains(format.label().replace("&", "&amp;"));
        }
    }

    @Test
    void uploadPageShowsARefusedFileWithItsReason() throws Exception {
        MockMultipartFile faulty = new MockMultipartFile("files", TestData.RENAMED_COLUMNS, "text/csv",
                TestData.read(TestData.etsySample(TestData.RENAMED_COLUMNS)));

        String page = html(multipart("/sellers/carol/uploads").file(faulty).with(csrf()).with(user(seller("carol"))));

        assertThat(page).contains("REFUSED").contains("no known export format found");
    }

    @Test
    void uploadPageAsksForAKindWhenAChannelIsNamed() throws Exception {
        MockMultipartFile etsy = new MockMultipartFile("files", TestData.ETSY_2022, "text/csv",
                TestData.read(TestData.etsySample(TestData.ETSY_2022)));

        String page = html(multipart("/sellers/carol/uploads").file(etsy).param("channels", "boutique").param("kinds", "")
                .with(csrf()).with(user(seller("carol"))));

        assertThat(page).contains("Give both a channel name and its kind");
    }

    @Test
    void adminListsSellersMostDependentFirst() throws Exception {
        String page = html(get("/").with(user(new SellerUser("admin", "unused", Roles.ADMIN, null))));

        assertThat(page).contains("Critical risk").contains("several currencies");
        assertThat(page.indexOf("/sellers/alice")).isLessThan(page.indexOf("/sellers/dora"));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static SellerUser seller(String id) {
        return new SellerUser(id, "unused", Roles.SELLER, id);
    }
}
