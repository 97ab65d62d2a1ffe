package app.eggbasket.dashboard.printable;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.web.LocalFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printable report's figures are the report JSON's (DESIGN §10): each amount, share and concentration
 * figure of {@code GET /api/sellers/{id}/report}, and the ALM-2017 closure of
 * {@code GET /api/sellers/{id}/scenarios/template}, formatted as the overview formats them, is found in the
 * text PDFBox extracts from {@code GET /api/sellers/{id}/report.pdf}, in French and in English.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrintableReportPdfTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    app.eggbasket.dashboard.web.ChannelNames channelNames;

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"fay, fr", "fay, en", "ines, fr", "ines, en", "dora, fr", "dora, en", "alice, en", "alice, fr"})
    void everyFigureIsTheReportJsons(String seller, String lang) throws Exception {
        Locale locale = lang.equals("fr") ? Locale.FRANCE : Locale.UK;
        JsonNode report = json(get("/api/sellers/{id}/report", seller), seller);
        PdfContents pdf = new PdfContents(pdf(seller, lang));
        LocalFormat format = new LocalFormat(locale);
        String currency = report.get("currency").asText();

        List<String> figures = new ArrayList<>();
        figures.add(format.money(decimal(report, "revenue"), currency));
        figures.add(fees(format, report, currency));
        figures.add(format.money(decimal(report, "net"), currency));
        figures.add(format.money(decimal(report, "contributions"), currency));
        figures.add(format.money(decimal(report, "kept"), currency));
        figures.add(format.percent(decimal(report, "contributionRate")));
        for (JsonNode channel : report.get("channels")) {
            figures.add(channelNames.name(channel.get("channel").asText(), locale));
            figures.add(format.money(decimal(channel, "revenue"), currency));
            figures.add(format.percent(decimal(channel, "share")));
            figures.add(fees(format, channel, currency));
            figures.add(format.money(decimal(channel, "net"), currency));
            figures.add(format.money(decimal(channel, "contributions"), currency));
            figures.add(format.money(decimal(channel, "kept"), currency));
        }
        JsonNode concentration = report.get("concentration");
        BigDecimal hhi = decimal(concentration, "hhi");
        BigDecimal effective = decimal(concentration, "effectiveChannels");
        figures.add(format.number(hhi, hhi.scale()));
        figures.add(format.number(effective, effective.scale()));
        figures.add(format.percent(decimal(concentration, "controlledShare")));
        figures.add(format.percent(decimal(concentration, "topPlatformShare")));
        figures.add(messages.getMessage("risk." + concentration.get("risk").asText(), null, locale));
        String platform = concentration.get("topPlatform").asText();
        JsonNode closure = json(get("/api/sellers/{id}/scenarios/template", seller).param("template", "alm-2017")
                .param("channel", platform).param("from", report.get("from").asText())
                .param("to", report.get("to").asText()).param("currency", currency), seller);
        for (String loss : new String[]{"revenueLostPerMonth", "revenueLost12Months", "netLost12Months", "keptLost12Months"}) {
            figures.add(format.money(decimal(closure, loss), currency));
        }

        String text = pdf.text();
        assertThat(figures).allSatisfy(figure -> assertThat(text).contains(PdfContents.normalize(figure)));
        assertThat(pdf.pages()).isBetween(1, 2);
    }

    @Test
    void frenchReportSpeaksFrenchWithItsAccentsAndSaysWhenFeesAreEstimated() throws Exception {
        String text = new PdfContents(pdf("fay", "fr")).text();

        assertThat(text).contains("Bilan des ventes de fay").contains("Du 14 mars 2017 au 1 avril 2017 inclus, montants en EUR.")
                .contains("Chiffre d’affaires et part de chaque canal").contains("Ce qui vous reste")
                .contains("300,00 €").contains("≈ 11,65 €").contains("≈ Frais estimés")
                .contains("Ce que coûterait la fermeture de a-little-market")
                .contains("Sur 300,00 € de chiffre d’affaires, 11,65 € sont partis en frais");
    }

    @Test
    void englishReportSpeaksEnglish() throws Exception {
        String text = new PdfContents(pdf("fay", "en")).text();

        assertThat(text).contains("Sales report of fay").contains("From 14 March 2017 to 1 April 2017 included, amounts in EUR.")
                .contains("How much could one platform switch off?").contains("What closing a-little-market would cost")
                .contains("€300.00").contains("≈ €11.65").contains("≈ Estimated fees").contains("Page 1 of");
    }

    @Test
    void mixedCurrenciesSayTheyWereConverted() throws Exception {
        assertThat(new PdfContents(pdf("dora", "en")).text()).contains("Amounts in CAD, USD were converted to EUR")
                .contains("€455.84");
    }

    @Test
    void theChartsAreVectorGraphicsAndTheFontsAreEmbedded() throws Exception {
        PdfContents pdf = new PdfContents(pdf("ines", "en"));

        // page 1: for each of the 3 channels a track and a bar, besides the cards
        assertThat(pdf.operators(0).getOrDefault("re", 0)).isGreaterThanOrEqualTo(3 * 2);
        int trend = pdf.pageWith("Month by month");
        assertThat(trend).isBetween(0, 1);
        // 12 monthly bars, the share line's 11 segments and its 12 dots (4 curves each)
        assertThat(pdf.operators(trend).getOrDefault("re", 0)).isGreaterThanOrEqualTo(12);
        assertThat(pdf.operators(trend).getOrDefault("c", 0)).isGreaterThanOrEqualTo(12 * 4);
        assertThat(pdf.pixelsOfColour(trend, 0x9cc0c2)).as("pixels of the monthly bars").isGreaterThan(1_000);
        assertThat(pdf.pixelsOfColour(0, app.eggbasket.dashboard.web.ChannelColours.rgb("etsy")))
                .as("pixels of etsy's bar, in etsy's colour of the pages").isGreaterThan(200);
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy((name, embedded) -> {
            assertThat(name).contains("DejaVuSans");
            assertThat(embedded).as(name + " embedded").isTrue();
        });
    }

    private byte[] pdf(String seller, String lang) throws Exception {
        return mvc.perform(get("/api/sellers/{id}/report.pdf", seller).param("lang", lang)
                        .with(httpBasic(seller, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private JsonNode json(MockHttpServletRequestBuilder request, String seller) throws Exception {
        return json.readTree(mvc.perform(request.with(httpBasic(seller, TestData.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.get(field).decimalValue();
    }

    /** Fees as the overview writes them: ≈ when part of them were estimated. */
    private static String fees(LocalFormat format, JsonNode node, String currency) {
        String fees = format.money(decimal(node, "fees"), currency);
        return node.get("feesEstimated").asBoolean() ? "≈ " + fees : fees;
    }
}
