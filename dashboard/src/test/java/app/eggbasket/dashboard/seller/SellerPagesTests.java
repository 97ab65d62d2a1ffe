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
    void mixedCurrenciesAreConvertedToEurosAndThePageSaysSo() throws Exception {
        String page = html(get("/sellers/dora").header("Accept-Language", "en").with(user(seller("dora"))));

        assertThat(page).contains("id=\"conversion-note\"").contains("Amounts in CAD, USD were converted to EUR")
                .contains("€455.84").contains("id=\"chart-shares\"");
        String inDollars = html(get("/sellers/dora?currency=usd").header("Accept-Language", "fr").with(user(seller("dora"))));
        assertThat(inDollars).contains("Les montants en CAD ont été convertis en USD").contains("$US");
    }

    @Test
    void salesWithoutAnExchangeRateAreLeftOutWithAWarningAboveTheCharts() throws Exception {
        String page = html(get("/sellers/gus").header("Accept-Language", "en").with(user(seller("gus"))));

        assertThat(page).contains("id=\"left-out\"")
                .contains("Not counted here: 8 sales lines, for want of an ECB exchange rate to EUR on their date.")
                .contains("8 in ARS, from 23 Dec 2022 to 31 Dec 2022: 279.51\u00a0ARS in all")
                .contains("The ECB exchange rates known run from 4 Jan 1999 to")
                .as("the USD lines of the same days are converted and shown").contains("id=\"chart-shares\"");
        String french = html(get("/sellers/gus").header("Accept-Language", "fr").with(user(seller("gus"))));
        assertThat(french).contains("Non comptées ici : 8 lignes de vente, faute de taux de change de la BCE vers EUR à leur date.")
                .contains("8 en ARS, du 23 déc. 2022 au 31 déc. 2022 : 279,51\u00a0ARS au total");
        assertThat(html(get("/sellers/gus?currency=XX1").with(user(seller("gus")))))
                .contains("Invalid currency");
    }

    @Test
    void theLeftOutWarningOffersTheLongestPeriodWithoutThoseLines() throws Exception {
        String page = html(get("/sellers/gus?from=2022-12-01&to=2023-02-01").header("Accept-Language", "en")
                .with(user(seller("gus"))));

        assertThat(page).contains("id=\"left-out-period\"")
                .contains("href=\"/sellers/gus?from=2023-01-01&amp;to=2023-02-01&amp;currency=EUR\"");
    }

    @Test
    void theCurrencyMenuOffersOnlyCurrenciesThePeriodCanBeReportedIn() throws Exception {
        String alice = html(get("/sellers/alice").header("Accept-Language", "en").with(user(seller("alice"))));
        assertThat(options(alice)).as("alice sells in USD and CAD in 2022, inside the rates").contains("EUR", "USD", "GBP", "CAD");

        String recent = html(get("/sellers/alice?from=2026-09-01&to=2026-12-01").header("Accept-Language", "en")
                .with(user(seller("alice"))));
        assertThat(options(recent)).as("no sale then: nothing to leave out, only the euro").containsExactly("EUR");
    }

    private static java.util.List<String> options(String page) {
        String select = page.substring(page.indexOf("id=\"currency-select\""), page.indexOf("</select>", page.indexOf("id=\"currency-select\"")));
        return java.util.regex.Pattern.compile("<option value=\"([A-Z]{3})\"").matcher(select).results().map(m -> m.group(1)).toList();
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

        assertThat(page).contains("Formats reconnus").contains("Etsy — commandes vendues (EtsySoldOrders.csv)");
        String english = html(get("/sellers/bob/uploads").header("Accept-Language", "en").with(user(seller("bob"))));
        for (var format : app.eggbasket.ingestion.format.Formats.standard().formats()) {
            assertThat(english).contains(format.label().replace("&", "&amp;"));
        }
    }

    @Test
    void salesTemplateDownloadsInBothLanguagesAndIsRecognisedAsTheTemplate() throws Exception {
        String upload = html(get("/sellers/bob/uploads").header("Accept-Language", "fr").with(user(seller("bob"))));
        assertThat(upload).contains("href=\"/templates/eggbasket-sales-fr.csv\"").contains("modèle en français");

        for (String lang : new String[]{"fr", "en"}) {
            byte[] csv = mvc.perform(get("/templates/eggbasket-sales-" + lang + ".csv").with(user(seller("bob"))))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            var detected = app.eggbasket.ingestion.format.Formats.standard()
                    .detect(app.eggbasket.ingestion.read.ExportText.decode("template.csv", csv));
            assertThat(detected.format().id()).isEqualTo("eggbasket-template");
            assertThat(detected.table().header().get(1)).isEqualTo("date");
            assertThat(detected.table().delimiter()).isEqualTo(lang.equals("fr") ? ';' : ',');
            // one example row, which the import skips (its order id), its note says so
            String[] lines = new String(csv, java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
            assertThat(lines).hasSize(2);
            assertThat(app.eggbasket.ingestion.template.GenericTemplateFormat.EXAMPLE_IDS)
                    .contains(lines[1].substring(0, lines[1].indexOf(lang.equals("fr") ? ';' : ',')));
            assertThat(lines[1]).contains(lang.equals("fr") ? "cette ligne n’est pas comptée" : "this row is not counted");
            if (lang.equals("fr")) {
                // the very row the golden sample valid-template-fr-example-row.csv shows skipped
                String golden = new String(TestData.read(java.nio.file.Path.of("..", "data-samples", "src", "main", "resources",
                        "samples", "eggbasket-template", "valid-template-fr-example-row.csv")), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(golden.split("\r\n")[1]).isEqualTo(lines[1]);
            }
        }
        mvc.perform(get("/templates/eggbasket-sales-fr.csv")).andExpect(status().isFound());
    }

    @Test
    void uploadPageShowsARefusedFileWithItsReason() throws Exception {
        MockMultipartFile faulty = new MockMultipartFile("files", TestData.RENAMED_COLUMNS, "text/csv",
                TestData.read(TestData.etsySample(TestData.RENAMED_COLUMNS)));

        String page = html(multipart("/sellers/carol/uploads").file(faulty).with(csrf()).with(user(seller("carol"))));

        assertThat(page).contains("REFUSED").contains("no known export format found");
        // in one sentence first, with the offer to map the columns; the formats looked for only behind "details"
        org.jsoup.nodes.Element row = org.jsoup.Jsoup.parse(page).selectFirst("#upload-results tr.refused");
        assertThat(row.selectFirst(".unknown-format").text()).startsWith("Eggbasket does not recognise this file");
        assertThat(row.selectFirst("a.map-columns")).isNotNull();
        assertThat(row.selectFirst("details.refusal-detail").text()).contains("no known export format found");
        assertThat(org.jsoup.Jsoup.parse(page).select("#upload-history tr.refused").eachText())
                .as("the refused file is in her history").anySatisfy(t -> assertThat(t).contains(TestData.RENAMED_COLUMNS)
                        .contains("REFUSED"));
        String fr = html(multipart("/sellers/carol/uploads").file(faulty).header("Accept-Language", "fr").with(csrf())
                .with(user(seller("carol"))));
        assertThat(org.jsoup.Jsoup.parse(fr).selectFirst("#upload-results tr.refused .unknown-format").text())
                .startsWith("Eggbasket ne reconnaît pas ce fichier");
    }

    @Test
    void aKnownExportReSavedByExcelIsIngestedWithAWarningInHerLanguage() throws Exception {
        String name = "excel-fr-EtsySoldOrders2022.csv";
        byte[] resaved = TestData.read(TestData.etsySample(name));
        String fr = html(multipart("/sellers/carol/uploads").file(new MockMultipartFile("files", name, "text/csv", resaved))
                .header("Accept-Language", "fr").with(csrf()).with(user(seller("carol"))));
        org.jsoup.nodes.Element warning = org.jsoup.Jsoup.parse(fr).selectFirst("#upload-results tr.excel-warnings");
        assertThat(warning).as("a warning row below the file").isNotNull();
        assertThat(warning.text()).contains("Ce fichier a peut-être été modifié par Excel")
                .contains("a été ouvert puis enregistré par Excel");
        String en = html(multipart("/sellers/carol/uploads").file(new MockMultipartFile("files", name, "text/csv", resaved))
                .header("Accept-Language", "en").with(csrf()).with(user(seller("carol"))));
        assertThat(org.jsoup.Jsoup.parse(en).selectFirst("#upload-results tr.excel-warnings").text())
                .contains("was opened and saved again by Excel");
        String untouched = html(multipart("/sellers/carol/uploads").file(new MockMultipartFile("files", TestData.ETSY_2022,
                "text/csv", TestData.read(TestData.etsySample(TestData.ETSY_2022)))).with(csrf()).with(user(seller("carol"))));
        assertThat(org.jsoup.Jsoup.parse(untouched).select("#upload-results tr.excel-warnings")).isEmpty();
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
    void aTypedLogoutAddressAsksToConfirmAndAnAnonymousOneGoesToTheLoginPage() throws Exception {
        String fr = html(get("/logout").header("Accept-Language", "fr").with(user(seller("bob"))));
        assertThat(fr).contains("Se déconnecter d’Eggbasket sur ce navigateur ?").contains("id=\"logout-form\"")
                .contains("action=\"/logout\"").contains("method=\"post\"").contains("name=\"_csrf\"");
        assertThat(html(get("/logout").header("Accept-Language", "en").with(user(seller("bob")))))
                .contains("Log out of Eggbasket on this browser?");
        mvc.perform(get("/logout")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?logout"));
    }

    @Test
    void theUploadPickerOffersSpreadsheetsToo() throws Exception {
        org.jsoup.nodes.Element picker = org.jsoup.Jsoup.parse(html(get("/sellers/carol/uploads").with(user(seller("carol")))))
                .selectFirst("input#files");
        assertThat(picker.attr("accept").split(",")).contains(".csv", ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void everyPageNamesItsIconAndTheIconIsServedToAnyone() throws Exception {
        assertThat(html(get("/login"))).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">");
        assertThat(mvc.perform(get("/favicon.svg")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).startsWith("<svg").contains("ellipse");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static SellerUser seller(String id) {
        return new SellerUser(id, "unused", Roles.SELLER, id);
    }
}
