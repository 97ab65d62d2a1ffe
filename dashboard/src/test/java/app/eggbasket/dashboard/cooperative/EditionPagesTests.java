package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.edition.EditionPeriod;
import app.eggbasket.analytics.edition.EditionPublisher;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.market.MarketReportJson;
import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.printable.PdfContents;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.ingestion.lake.Lake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages, files and API of editions (DESIGN §5, §10), all asked anonymously. {@link TestData#ALPES} publishes
 * edition 1 (2025-Q3) and edition 2 (2025-H2) from {@link EditionFixtures#summer}'s twelve members, then
 * {@link TestData#BRETAGNE} its edition 1 of the running quarter from {@link EditionFixtures#running}'s three, which is
 * the latest of the instance; the cooperative {@code vide} has none.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EditionPagesTests {

    private static final Path DATA = EditionFixtures.dominated(EditionFixtures.running(EditionFixtures.summer(TestData.seededCopy())));
    private static final String EMPTY = "vide";

    private static Release alpes1;
    private static Release alpes2;
    private static Release bretagne1;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @BeforeAll
    static void aCooperativeWithoutEditions() {
        new Cooperatives(new Lake(DATA)).create(Cooperative.withDefaultRules(EMPTY, "Coopérative vide",
                Instant.parse("2026-02-01T09:00:00Z")));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Editions editions;

    private final ObjectMapper json = new ObjectMapper();

    /** The editions, published once for the class through the dashboard's own service, as a manager would. */
    @BeforeEach
    void published() {
        if (alpes1 == null) {
            alpes1 = EditionFixtures.publishSummer(editions);
            alpes2 = publish(TestData.ALPES, EditionPeriod.parse("2025-H2"));
            bretagne1 = publish(TestData.BRETAGNE, EditionFixtures.runningQuarter());
        }
    }

    private Release publish(String coop, EditionPeriod period) {
        Release draft = editions.preview(coop, period, "manager");
        return editions.publish(coop, draft.id());
    }

    @Test
    void theFixtureIsWhatItClaims() {
        assertThat(alpes1.contributing()).isEqualTo(12);
        assertThat(alpes1.report().total().figures().revenue()).isEqualByComparingTo(EditionFixtures.SUMMER_TOTAL);
        assertThat(alpes1.report().total().figures().topPlatformShare()).as("12 members: quartiles").isNotNull();
        assertThat(alpes1.report().total().figures().risk()).as("LOW (1) and MODERATE withheld")
                .containsOnlyKeys(app.eggbasket.analytics.concentration.Risk.HIGH, app.eggbasket.analytics.concentration.Risk.CRITICAL);
        assertThat(alpes1.report().channels()).anyMatch(c -> c.status() == app.eggbasket.analytics.market.MarketCell.Status.SUPPRESSED);
        assertThat(alpes2.edition()).isEqualTo(2);
        assertThat(alpes2.contributing()).isEqualTo(12);
        assertThat(bretagne1.contributing()).isEqualTo(3);
        assertThat(bretagne1.report().total().figures().topPlatformShare()).as("3 members: no quartiles").isNull();
    }

    // -- the list

    @Test
    void theListOfACooperativesEditionsIsPublicNewestFirst() throws Exception {
        Document en = page("/coops/alpes/editions?lang=en");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Market reports of Coopérative des Alpes");
        List<String> numbers = en.select("#editions-table tbody tr").eachAttr("data-edition");
        assertThat(numbers).containsExactly("2", "1");
        Element first = en.selectFirst("#editions-table tr[data-edition=1]");
        assertThat(first.text()).contains("Edition 1").contains("2025-Q3").contains("1 July 2025 to 30 September 2025")
                .contains(day(alpes1.publishedAt(), Locale.UK)).contains("12");
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("/coops/alpes/editions/1");
        assertThat(en.selectFirst("#editions-table tr[data-edition=2]").text()).contains("2025-H2")
                .contains("1 July 2025 to 31 December 2025");

        Document fr = page("/coops/alpes/editions?lang=fr");
        assertThat(fr.selectFirst("h1").text()).isEqualTo("Rapports de marché de Coopérative des Alpes");
        assertThat(fr.selectFirst("#editions-table tr[data-edition=1]").text()).contains("Édition 1")
                .contains("du 1 juillet 2025 au 30 septembre 2025");
    }

    @Test
    void aCooperativeWithoutEditionsSaysSoInPlainWords() throws Exception {
        assertThat(page("/coops/vide/editions?lang=en").selectFirst("#no-editions").text())
                .isEqualTo("Coopérative vide has not published any edition yet.");
        assertThat(page("/coops/vide/editions?lang=fr").selectFirst("#no-editions").text())
                .isEqualTo("Coopérative vide n’a encore publié aucune édition.");
        JsonNode api = api("/api/coops/vide/editions");
        assertThat(api.get("cooperative").get("name").asText()).isEqualTo("Coopérative vide");
        assertThat(api.get("editions")).isEmpty();
    }

    @Test
    void unknownCooperativesAndEditionsAreNotFound() throws Exception {
        for (String url : List.of("/coops/nope/editions", "/coops/nope/editions/1", "/coops/alpes/editions/3",
                "/coops/alpes/editions/0", "/coops/alpes/editions/abc", "/coops/vide/editions/1",
                "/coops/alpes/editions/9/report.csv", "/coops/alpes/editions/9/report.json", "/coops/alpes/editions/9/report.pdf",
                "/coops/nope/editions/1/report.pdf", "/coops/alpes/editions/9?table=kinds&export=csv")) {
            mvc.perform(get(url)).andExpect(status().isNotFound());
        }
        // (MockMvc renders no error page: the browser test reads the 404 page)
        for (String url : List.of("/api/coops/nope/editions", "/api/coops/nope/editions/1", "/api/coops/alpes/editions/3",
                "/api/coops/alpes/editions/abc")) {
            MockHttpServletResponse response = mvc.perform(get(url)).andExpect(status().isNotFound()).andReturn().getResponse();
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(json.readTree(response.getContentAsString()).get("status").asInt()).isEqualTo(404);
        }
        mvc.perform(get("/coops/alpes/editions/1?table=nope&export=csv")).andExpect(status().isNotFound());
        mvc.perform(get("/coops/alpes/editions/1?table=kinds&export=docx")).andExpect(status().isBadRequest());
    }

    // -- an edition's page

    @Test
    void anEditionsPageHasItsTablesChartsAndMethodologyInEnglish() throws Exception {
        Document en = page("/coops/alpes/editions/1?lang=en");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Coopérative des Alpes: market report 2025-Q3");
        assertThat(en.title()).isEqualTo("Coopérative des Alpes: market report 2025-Q3");
        assertThat(en.selectFirst("#edition-status").text())
                .isEqualTo("Edition 1, published on " + day(alpes1.publishedAt(), Locale.UK) + ".");
        assertThat(en.selectFirst("#edition-covered").text())
                .isEqualTo("Sales from 1 July 2025 to 30 September 2025 (period 2025-Q3), in euros.");
        assertThat(en.selectFirst("#edition-members").text()).isEqualTo("12 members contribute.");

        // the tables, with the published figures and the withheld marks
        Element total = en.selectFirst("#market-kinds tr.total");
        assertThat(total.text()).contains("All channels").contains("12").contains("€12,000.00");
        Element etsy = en.select("#market-channels tbody tr").stream().filter(r -> r.child(0).text().equals("Etsy"))
                .findFirst().orElseThrow();
        assertThat(etsy.text()).contains("Marketplace").contains("€5,020.00");
        assertThat(en.select("#market-channels tbody tr.suppressed")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.child(3).text()).isEqualTo("x"));
        assertThat(total.select("td").eachText()).as("LOW and MODERATE withheld, HIGH 4, CRITICAL 4")
                .endsWith("x", "x", "4", "4");
        assertThat(en.select("#market-quarters th").eachText()).contains("2025-Q3");
        for (String table : List.of("kinds", "channels", "quarters")) {
            assertThat(en.selectFirst("#download-" + table + "-csv").attr("href"))
                    .isEqualTo("/coops/alpes/editions/1?lang=en&table=" + table + "&export=csv");
        }
        assertThat(en.selectFirst("#edition-csv").attr("href")).isEqualTo("/coops/alpes/editions/1/report.csv");
        assertThat(en.selectFirst("#edition-json").attr("href")).isEqualTo("/coops/alpes/editions/1/report.json");
        assertThat(en.selectFirst("#edition-pdf").attr("href")).isEqualTo("/coops/alpes/editions/1/report.pdf?lang=en");

        // the methodology
        assertThat(en.selectFirst("#method-rules").text()).isEqualTo("A figure is published only when at least 3 different "
                + "sellers make it up and none of them makes more than 85% of it.");
        assertThat(en.selectFirst("#method-period").text()).startsWith("Period 2025-Q3: 1 July 2025 to 30 September 2025. "
                + "Its data covers 1 July 2025 to 30 September 2025");
        assertThat(en.selectFirst("#method-members").text()).startsWith("12 members contributed:");
        assertThat(en.selectFirst("#method-x").text()).startsWith("x: withheld");
        assertThat(en.selectFirst("#method-small").text()).contains("at least 10 sellers");
        assertThat(en.selectFirst("#method-earlier").text()).contains("earlier editions").contains("comparing two editions");
        assertThat(en.selectFirst("#method-frozen").text()).contains("on " + day(alpes1.publishedAt(), Locale.UK))
                .contains("never recomputed");
        assertThat(en.html()).doesNotContain("manager").as("who computed it is never published");
    }

    @Test
    void anEditionsPageInFrench() throws Exception {
        Document fr = page("/coops/alpes/editions/1?lang=fr");
        assertThat(fr.selectFirst("h1").text()).isEqualTo("Coopérative des Alpes : rapport de marché 2025-Q3");
        assertThat(fr.selectFirst("#edition-status").text())
                .isEqualTo("Édition 1, publiée le " + day(alpes1.publishedAt(), Locale.FRANCE) + ".");
        assertThat(fr.selectFirst("#edition-covered").text())
                .isEqualTo("Ventes du 1 juillet 2025 au 30 septembre 2025 (période 2025-Q3), en euros.");
        assertThat(fr.selectFirst("#edition-members").text()).isEqualTo("12 membres contribuent.");
        assertThat(normalize(fr.selectFirst("#market-kinds tr.total").text())).contains("Tous les canaux").contains("12 000,00 €");
        assertThat(normalize(fr.selectFirst("#method-rules").text())).contains("au moins 3 vendeuses").contains("plus de 85 %");
        assertThat(fr.selectFirst("#method-frozen").text()).contains("le " + day(alpes1.publishedAt(), Locale.FRANCE));
        assertThat(fr.selectFirst("#edition-pdf").attr("href")).endsWith("report.pdf?lang=fr");
        assertThat(fr.select(".edition-charts h2").eachText()).containsExactly("Parts de marché des canaux",
                "Part de la plus grosse plateforme chez les membres", "Membres par niveau de risque");
        JsonNode labels = json.readTree(fr.selectFirst("script#edition-labels").data());
        assertThat(labels.get("edition.chart.withheld").asText()).isEqualTo("Canaux couverts par le secret");
        assertThat(labels.get("risk.CRITICAL").asText()).isEqualTo("Risque critique");
    }

    @Test
    void theChartsDataComeFromThePublishedFiguresOnly() throws Exception {
        Document page = page("/coops/alpes/editions/1?lang=en");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/edition.js")
                .anySatisfy(src -> assertThat(src).startsWith("/webjars/echarts/").endsWith("/echarts.min.js"));
        assertThat(page.select("script:not([src]):not([type=application/json])")).as("no inline script").isEmpty();
        JsonNode charts = json.readTree(page.selectFirst("script#edition-charts").data());
        JsonNode report = MarketReportJson.json(alpes1.report());
        BigDecimal total = report.get("total").get("revenue").decimalValue();

        // channel market shares: each published channel's revenue over the total, then the withheld rest
        JsonNode shares = charts.get("shares");
        BigDecimal published = BigDecimal.ZERO;
        int publishedChannels = 0;
        for (JsonNode c : report.get("channels")) {
            if (c.get("status").asText().equals("PUBLISHED")) {
                published = published.add(c.get("revenue").decimalValue());
                publishedChannels++;
            }
        }
        assertThat(shares).hasSize(publishedChannels + 1);
        JsonNode withheld = shares.get(shares.size() - 1);
        assertThat(withheld.get("withheld").asBoolean()).isTrue();
        assertThat(withheld.get("revenue").decimalValue()).isEqualByComparingTo(total.subtract(published));
        assertThat(withheld.get("share").decimalValue()).isEqualByComparingTo(
                total.subtract(published).divide(total, 4, java.math.RoundingMode.HALF_EVEN));
        assertThat(shares.get(0).get("name").asText()).isEqualTo("etsy");
        assertThat(shares.get(0).get("share").decimalValue()).isEqualByComparingTo("0.4183"); // 5 020 / 12 000

        // the members' largest platform share: the whole cooperative, then the kinds of 10 members or more
        JsonNode quartiles = charts.get("quartiles");
        assertThat(quartiles.findValuesAsText("key")).containsExactly("market.allChannels", "kind.MARKETPLACE", "kind.OWN_SHOP");
        JsonNode tps = report.get("total").get("topPlatformShare");
        assertThat(quartiles.get(0).get("q1").decimalValue()).isEqualByComparingTo(tps.get("q1").decimalValue());
        assertThat(quartiles.get(0).get("median").decimalValue()).isEqualByComparingTo(tps.get("median").decimalValue());
        assertThat(quartiles.get(0).get("q3").decimalValue()).isEqualByComparingTo(tps.get("q3").decimalValue());
        assertThat(page.select("#chart-tps")).hasSize(1);
        assertThat(page.select("#chart-tps-none")).isEmpty();

        // members per risk level: withheld levels have no count, never 0
        JsonNode risk = charts.get("risk");
        assertThat(risk.findValuesAsText("level")).containsExactly("LOW", "MODERATE", "HIGH", "CRITICAL");
        assertThat(risk.get(0).get("count").isNull()).isTrue();
        assertThat(risk.get(1).get("count").isNull()).isTrue();
        assertThat(risk.get(2).get("count").asInt()).isEqualTo(4);
        assertThat(risk.get(3).get("count").asInt()).isEqualTo(4);
    }

    @Test
    void anEditionOfARunningQuarterSaysWhichDaysItCoversAndWhyItHasNoQuartiles() throws Exception {
        EditionPeriod quarter = EditionFixtures.runningQuarter();
        LocalDate today = LocalDate.ofInstant(bretagne1.computedAt(), EditionPublisher.ZONE);
        LocalDate last = today.isBefore(quarter.to().minusDays(1)) ? today : quarter.to().minusDays(1);
        assertThat(bretagne1.coveredTo()).isEqualTo(last.plusDays(1));
        Document en = page("/coops/bretagne/editions/1?lang=en");
        assertThat(en.selectFirst("#edition-covered").text()).isEqualTo("Sales from " + day(quarter.from(), Locale.UK) + " to "
                + day(last, Locale.UK) + " (period " + quarter.label() + "), in euros.");
        assertThat(en.selectFirst("#method-period").text()).contains("Its data covers " + day(quarter.from(), Locale.UK)
                + " to " + day(last, Locale.UK));
        assertThat(en.selectFirst("#method-period").text().contains("The period had not ended when the edition was computed"))
                .isEqualTo(bretagne1.coveredTo().isBefore(quarter.to()));
        assertThat(page("/coops/alpes/editions/1?lang=en").selectFirst("#method-period").text())
                .doesNotContain("had not ended");
        assertThat(en.select("#chart-tps")).isEmpty();
        assertThat(en.selectFirst("#chart-tps-none").text()).isEqualTo("No figure of this edition is made up by the 10 "
                + "members its quartiles need, so their spread is not published: with fewer, the quartiles would be some "
                + "members’ own shares.");
        assertThat(page("/coops/bretagne/editions/1?lang=fr").selectFirst("#chart-tps-none").text())
                .startsWith("Aucun chiffre de cette édition ne porte sur les 10 membres");
    }

    // -- files and API

    @Test
    void theApiGivesTheEditionWithItsReportAsTheMarketReportJson() throws Exception {
        JsonNode edition = api("/api/coops/alpes/editions/1");
        assertThat(edition.get("cooperative").get("id").asText()).isEqualTo("alpes");
        assertThat(edition.get("cooperative").get("name").asText()).isEqualTo("Coopérative des Alpes");
        assertThat(edition.get("edition").asInt()).isEqualTo(1);
        assertThat(edition.get("period").get("label").asText()).isEqualTo("2025-Q3");
        assertThat(edition.get("period").get("from").asText()).isEqualTo("2025-07-01");
        assertThat(edition.get("period").get("to").asText()).isEqualTo("2025-10-01");
        assertThat(edition.get("covered").get("from").asText()).isEqualTo("2025-07-01");
        assertThat(edition.get("covered").get("to").asText()).isEqualTo("2025-10-01");
        assertThat(Instant.parse(edition.get("publishedAt").asText())).isEqualTo(alpes1.publishedAt());
        assertThat(edition.get("engine").asText()).isEqualTo("duckdb");
        assertThat(edition.get("contributingMembers").asInt()).isEqualTo(12);
        assertThat(edition.get("report")).isEqualTo(json.readTree(MarketReportJson.json(alpes1.report()).toString()));
        assertThat(edition.toString()).doesNotContain("manager").doesNotContain("m01");

        JsonNode list = api("/api/coops/alpes/editions");
        assertThat(list.get("cooperative").get("id").asText()).isEqualTo("alpes");
        assertThat(list.get("editions").findValuesAsText("href"))
                .containsExactly("/api/coops/alpes/editions/2", "/api/coops/alpes/editions/1");
        assertThat(list.get("editions").get(1).get("contributingMembers").asInt()).isEqualTo(12);
        assertThat(list.get("editions").get(1).has("report")).isFalse();
    }

    @Test
    void theEditionsCsvJsonAndPdfDownloadAnonymously() throws Exception {
        MockHttpServletResponse csv = mvc.perform(get("/coops/alpes/editions/1/report.csv")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"eggbasket-alpes-edition-1-2025-Q3.csv\"");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(MarketReportJson.csv(alpes1.report()));

        MockHttpServletResponse file = mvc.perform(get("/coops/alpes/editions/1/report.json")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(file.getHeader("Content-Disposition")).contains("eggbasket-alpes-edition-1-2025-Q3.json");
        assertThat(json.readTree(file.getContentAsString(StandardCharsets.UTF_8))).isEqualTo(api("/api/coops/alpes/editions/1"));

        MockHttpServletResponse pdf = mvc.perform(get("/coops/alpes/editions/1/report.pdf?lang=fr")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("eggbasket-alpes-edition-1-2025-Q3.pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void thePdfsFiguresAreTheEditionJsonsToTheCentInFrenchAndEnglish() throws Exception {
        JsonNode report = api("/api/coops/alpes/editions/1").get("report");
        for (Locale locale : List.of(Locale.UK, Locale.FRANCE)) {
            byte[] bytes = mvc.perform(get("/coops/alpes/editions/1/report.pdf?lang=" + locale.getLanguage()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            java.nio.file.Files.createDirectories(Path.of("target", "pdf"));
            java.nio.file.Files.write(Path.of("target", "pdf", "edition-" + locale.getLanguage() + ".pdf"), bytes); // to look at
            PdfContents pdf = new PdfContents(bytes);
            assertThat(pdf.pages()).isBetween(1, 2);
            String text = pdf.text();
            LocalFormat format = new LocalFormat(locale);
            boolean fr = locale == Locale.FRANCE;
            assertThat(text).contains(fr ? "Coopérative des Alpes : rapport de marché 2025-Q3" : "Coopérative des Alpes: market report 2025-Q3")
                    .contains(fr ? "Édition 1, publiée le " + day(alpes1.publishedAt(), locale) : "Edition 1, published on " + day(alpes1.publishedAt(), locale))
                    .contains(fr ? "Ventes du 1 juillet 2025 au 30 septembre 2025" : "Sales from 1 July 2025 to 30 September 2025")
                    .contains(fr ? "12 membres contribuent" : "12 members contribute")
                    .contains(fr ? "Par canal" : "By channel").contains(fr ? "Parts de marché des canaux" : "Channel market shares")
                    .contains(fr ? "Comment ce rapport protège chaque membre" : "How this report protects each member")
                    .contains(fr ? "plus de 85 %." : "more than 85% of it.")
                    .contains(fr ? "figés à sa publication, le " + day(alpes1.publishedAt(), locale)
                            : "frozen when it was published, on " + day(alpes1.publishedAt(), locale));

            // every published revenue is in the PDF, and every amount in the PDF is a published revenue
            Set<String> published = new HashSet<>();
            List<JsonNode> cells = new ArrayList<>(List.of(report.get("total")));
            report.get("kinds").forEach(cells::add);
            report.get("channels").forEach(cells::add);
            for (JsonNode cell : cells) {
                if (cell.get("status").asText().equals("PUBLISHED")) {
                    String amount = PdfContents.normalize(format.money(cell.get("revenue").decimalValue(), "EUR"));
                    published.add(amount);
                    assertThat(text).as("%s in %s", amount, locale).contains(amount);
                }
            }
            Matcher amounts = Pattern.compile(fr ? "\\d{1,3}(?: \\d{3})*,\\d{2} €" : "€\\d{1,3}(?:,\\d{3})*\\.\\d{2}").matcher(text);
            int found = 0;
            while (amounts.find()) {
                found++;
                assertThat(published).as("an amount of the PDF (%s)", locale).contains(amounts.group());
            }
            assertThat(found).isGreaterThanOrEqualTo(published.size());

            // the shares of the bars: the channels' revenue over the total, and the withheld rest
            for (app.eggbasket.analytics.market.MarketShares.Share share
                    : app.eggbasket.analytics.market.MarketShares.of(alpes1.report())) {
                assertThat(text).contains(PdfContents.normalize(format.percent(share.share())));
            }
            assertThat(text).contains(fr ? "Canaux couverts par le secret" : "Withheld channels");
            // the total's sellers per risk level: x x 4 4
            assertThat(text).contains(fr ? "Tous les canaux 12 12 000,00 €" : "All channels 12 €12,000.00").contains("x x 4 4");
        }
    }

    @Test
    void theTablesOfAnEditionDownloadAsCsvAndXlsxWithTheEditionsFigures() throws Exception {
        MockHttpServletResponse csv = mvc.perform(get("/coops/alpes/editions/1?table=kinds&export=csv&lang=en"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getHeader("Content-Disposition")).contains("eggbasket-market-kinds-2025-07-01-2025-09-30.csv");
        List<List<String>> records = app.eggbasket.dashboard.TableFiles.csvRecords(csv.getContentAsByteArray(), ',');
        assertThat(records.get(records.size() - 1)).startsWith("All channels", "12", "12000.00");
        MockHttpServletResponse xlsx = mvc.perform(get("/coops/alpes/editions/1?table=channels&export=xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    // -- the old market addresses

    @Test
    void theMarketPageRedirectsToTheLatestEditionKeepingTheQuery() throws Exception {
        assertThat(mvc.perform(get("/market")).andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/coops/bretagne/editions/1");
        assertThat(mvc.perform(get("/market?lang=fr&table=kinds&export=csv")).andExpect(status().isSeeOther()).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/coops/bretagne/editions/1?lang=fr&table=kinds&export=csv");
        assertThat(mvc.perform(get("/market/report.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).isEqualTo(MarketReportJson.csv(bretagne1.report()));
        assertThat(json.readTree(mvc.perform(get("/market/report.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))).isEqualTo(api("/api/coops/bretagne/editions/1"));
    }

    @Test
    void theMarketApiIsTheLatestEditionsReport() throws Exception {
        assertThat(api("/api/market/report")).isEqualTo(json.readTree(MarketReportJson.json(bretagne1.report()).toString()))
                .isEqualTo(api("/api/coops/bretagne/editions/1").get("report"));
    }

    @Test
    void anEditionIsFrozenWhateverMembersUploadOrWithdrawAfterwards() throws Exception {
        String page = mvc.perform(get("/coops/alpes/editions/1?lang=en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode before = api("/api/coops/alpes/editions/1");
        String csv = mvc.perform(get("/coops/alpes/editions/1/report.csv")).andReturn().getResponse().getContentAsString();
        JsonNode market = api("/api/market/report");

        // m01 uploads more sales of 2025-Q3, m02 withdraws her consent on her own page
        EditionFixtures.laterUpload(DATA, "m01", 5000);
        mvc.perform(post("/sellers/m02/cooperatives/alpes/consent").param("consent", "off").param("confirmed", "yes")
                        .with(csrf()).with(user(new SellerUser("m02", "unused", Roles.SELLER, "m02"))))
                .andExpect(status().is3xxRedirection());
        assertThat(new Cooperatives(new Lake(DATA)).members(TestData.ALPES).consents().consents("m02")).isFalse();
        // a report computed now would differ: the lake and the consents did change
        Release now = editions.preview(TestData.ALPES, EditionFixtures.SUMMER, "manager");
        assertThat(now.contributing()).isEqualTo(11);
        assertThat(MarketReportJson.json(now.report())).isNotEqualTo(MarketReportJson.json(alpes1.report()));

        assertThat(mvc.perform(get("/coops/alpes/editions/1?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).isEqualTo(page);
        assertThat(api("/api/coops/alpes/editions/1")).isEqualTo(before);
        assertThat(mvc.perform(get("/coops/alpes/editions/1/report.csv")).andReturn().getResponse().getContentAsString())
                .isEqualTo(csv);
        assertThat(api("/api/market/report")).isEqualTo(market);
        assertThat(page("/coops/alpes/editions?lang=en").select("#editions-table tbody tr")).as("a draft is not an edition")
                .hasSize(2);
    }

    // -- the fragment, for a draft (the manager's preview includes it)

    @Autowired
    org.thymeleaf.spring6.SpringTemplateEngine templates;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    org.springframework.context.ApplicationContext application;

    /** The edition body as the manager's preview page includes it, for a release of its own. */
    private Document fragment(Release release, Locale locale) {
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest(
                "GET", "/coops/" + release.cooperative() + "/drafts/" + release.id());
        org.thymeleaf.web.servlet.IServletWebExchange exchange = org.thymeleaf.web.servlet.JakartaServletWebApplication
                .buildApplication(request.getServletContext())
                .buildExchange(request, new org.springframework.mock.web.MockHttpServletResponse());
        org.thymeleaf.context.WebContext context = new org.thymeleaf.context.WebContext(exchange, locale);
        context.setVariable("edition", EditionView.of(release, new LocalFormat(locale)));
        // beans (@channelNames) as a page rendered by Spring MVC sees them
        context.setVariable(org.thymeleaf.spring6.expression.ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(application, null));
        return Jsoup.parse(templates.process("edition-body", Set.of("body"), context));
    }

    @Test
    void theFragmentRendersADraftAsADraft() {
        Release draft = editions.preview(TestData.BRETAGNE, EditionFixtures.runningQuarter(), "manager");
        assertThat(draft.published()).isFalse();
        Document en = fragment(draft, Locale.UK);
        String computed = day(draft.computedAt(), Locale.UK);
        assertThat(en.selectFirst("#edition-status").text())
                .isEqualTo("Draft computed on " + computed + ": nothing here is public until it is published.");
        assertThat(en.selectFirst("#method-frozen").text()).startsWith("This draft was computed on " + computed);
        assertThat(en.text()).doesNotContainPattern("published on \\d").doesNotContain("Edition ");
        assertThat(en.select("#edition-downloads, .table-downloads")).as("a draft has no public file").isEmpty();
        assertThat(en.select("#market-kinds tr.total").text()).contains("€450.00");
        assertThat(en.selectFirst("script#edition-charts")).isNotNull();
        assertThat(fragment(draft, Locale.FRANCE).selectFirst("#edition-status").text())
                .startsWith("Brouillon calculé le " + day(draft.computedAt(), Locale.FRANCE));

        Release nothing = editions.preview(EMPTY, EditionFixtures.runningQuarter(), "manager");
        Document none = fragment(nothing, Locale.UK);
        assertThat(none.selectFirst("#edition-withheld").text())
                .isEqualTo("No contributing member sold during this period: there is nothing to publish.");
        assertThat(none.select("#market-kinds, .edition-charts, script")).isEmpty();
        assertThat(none.selectFirst("#edition-members").text()).isEqualTo("No member contributes.");
    }

    @Test
    void whenOneMemberMakesMostOfTheWholeCooperativeItsTotalAndTheChartsDrawnFromItAreWithheld() {
        Release draft = editions.preview(EditionFixtures.DOMINATED, EditionFixtures.SUMMER, "manager");
        assertThat(draft.contributing()).isEqualTo(3);
        assertThat(draft.report().total().status()).isEqualTo(app.eggbasket.analytics.market.MarketCell.Status.SUPPRESSED);
        Document en = fragment(draft, Locale.UK);
        assertThat(en.select("#edition-withheld")).isEmpty();
        assertThat(en.select("#market-kinds tr.total td").eachText()).startsWith("x", "x");
        assertThat(en.selectFirst("#chart-shares-none").text()).startsWith("Not published: the whole cooperative’s figure is withheld");
        assertThat(en.select("#chart-risk-none")).hasSize(1);
        assertThat(en.select("#chart-shares, #chart-risk, #chart-tps")).isEmpty();
        assertThat(en.text()).doesNotContain("9,000").doesNotContain("500");
        PdfContents pdf = new PdfContents(new app.eggbasket.dashboard.printable.EditionPdf(messages).render(draft, Locale.UK));
        assertThat(pdf.text()).contains("Draft computed on").contains("By kind of channel").doesNotContain("9,000")
                .doesNotContain("Channel market shares");
    }

    @Test
    void everyPublicRouteAnswersASellerAndAManagerToo() throws Exception {
        SellerUser seller = new SellerUser("alice", "unused", Roles.SELLER, "alice");
        SellerUser manager = new SellerUser("manager2", "unused", Roles.COOPERATIVE_MANAGER, null, TestData.BRETAGNE);
        for (SellerUser who : List.of(seller, manager)) {
            for (String url : List.of("/coops/alpes/editions", "/coops/alpes/editions/1", "/coops/alpes/editions/1/report.pdf",
                    "/api/coops/alpes/editions/1", "/api/market/report")) {
                mvc.perform(get(url).with(user(who))).andExpect(status().isOk());
            }
        }
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode api(String url) throws Exception {
        return json.readTree(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static String day(Instant instant, Locale locale) {
        return day(LocalDate.ofInstant(instant, EditionPublisher.ZONE), locale);
    }

    private static String day(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    private static String normalize(String text) {
        return PdfContents.normalize(text);
    }
}
