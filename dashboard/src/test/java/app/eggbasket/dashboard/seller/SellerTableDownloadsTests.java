package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TableFiles;
import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seller pages' tables as CSV and XLSX (DESIGN §10): the figures of the report JSON to the cent, the
 * page's parameters kept, text that a spreadsheet could run neutralised, and the same access as the pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SellerTableDownloadsTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void overviewChannelTableAsXlsxHasTheReportsFiguresToTheCent() throws Exception {
        for (String seller : List.of("ines", "dora", "fay")) {
            JsonNode report = report(seller, "");
            List<Row> rows = xlsx(get("/sellers/" + seller + "?table=channels&export=xlsx").header("Accept-Language", "en"),
                    seller);

            String currency = report.get("currency").asText();
            assertThat(texts(rows.get(0))).containsExactly("Channel", "Kind", "Revenue (" + currency + ")", "Share (%)",
                    "Orders", "Fees (" + currency + ")", "Fees from", "Net (" + currency + ")");
            JsonNode channels = report.get("channels");
            assertThat(rows).as(seller).hasSize(channels.size() + 1);
            for (int i = 0; i < channels.size(); i++) {
                JsonNode c = channels.get(i);
                Row row = rows.get(i + 1);
                assertThat(row.getCellText(0)).isEqualTo(c.get("channel").asText());
                assertMoney(row, 2, c.get("revenue"));
                assertThat(row.getCell(3).asNumber()).as("share")
                        .isEqualByComparingTo(c.get("share").decimalValue().setScale(3, RoundingMode.HALF_UP));
                assertThat(row.getCell(3).getDataFormatString()).isEqualTo("0.0%");
                assertThat(row.getCell(4).asNumber()).isEqualByComparingTo(c.get("orders").asText());
                assertMoney(row, 5, c.get("fees"));
                assertMoney(row, 7, c.get("net"));
            }
        }
    }

    @Test
    void keepTableAsXlsxHasEveryChannelThenTheTotalsOfTheReport() throws Exception {
        JsonNode report = report("fay", "");
        List<Row> rows = xlsx(get("/sellers/fay?table=keep&export=xlsx").header("Accept-Language", "en"), "fay");

        JsonNode channels = report.get("channels");
        assertThat(rows).hasSize(channels.size() + 2);
        for (int i = 0; i < channels.size(); i++) {
            JsonNode c = channels.get(i);
            Row row = rows.get(i + 1);
            assertThat(row.getCellText(0)).isEqualTo(c.get("channel").asText());
            assertMoney(row, 1, c.get("revenue"));
            assertMoney(row, 2, c.get("fees"));
            assertMoney(row, 5, c.get("contributions"));
            assertMoney(row, 6, c.get("kept"));
        }
        Row total = rows.get(rows.size() - 1);
        assertThat(total.getCellText(0)).isEqualTo("Total");
        assertMoney(total, 1, report.get("revenue"));
        assertMoney(total, 2, report.get("fees"));
        assertMoney(total, 5, report.get("contributions"));
        assertMoney(total, 6, report.get("kept"));
        // TestData.NET_INCOME_SALES: revenue 300.00, fees 11.65, contributions 36.90, kept 251.45
        assertThat(total.getCell(6).asNumber()).isEqualByComparingTo("251.45");
        assertThat(texts(rows.get(0)).get(5)).isEqualTo("Contributions (12.3%) (EUR)");
    }

    @Test
    void aPeriodAndACurrencyAskedOfThePageAskTheSameOfTheFile() throws Exception {
        String query = "from=2025-03-01&to=2025-07-01&currency=usd";
        JsonNode report = report("ines", "?" + query);
        List<Row> rows = xlsx(get("/sellers/ines?" + query + "&table=channels&export=xlsx"), "ines");

        assertThat(report.get("currency").asText()).isEqualTo("USD");
        assertThat(rows.get(0).getCellText(2)).contains("USD");
        assertMoney(rows.get(1), 2, report.get("channels").get(0).get("revenue"));

        String page = html(get("/sellers/ines?" + query).with(user(seller("ines"))));
        assertThat(page).contains("href=\"/sellers/ines?from=2025-03-01&amp;to=2025-07-01&amp;currency=usd&amp;table=channels&amp;export=csv\"")
                .contains("href=\"/sellers/ines?from=2025-03-01&amp;to=2025-07-01&amp;currency=usd&amp;table=keep&amp;export=xlsx\"");
    }

    @Test
    void csvInFrenchHasSemicolonsAndDecimalCommasAndInEnglishCommasAndPoints() throws Exception {
        MockHttpServletResponse fr = download(get("/sellers/alice?table=channels&export=csv").header("Accept-Language", "fr"),
                "alice");
        MockHttpServletResponse en = download(get("/sellers/alice?table=channels&export=csv&lang=en"), "alice");

        assertThat(fr.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(fr.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"eggbasket-alice-channels-2022-12-23-2022-12-31.csv\"");
        byte[] frBytes = fr.getContentAsByteArray();
        assertThat(TableFiles.hasBom(frBytes)).isTrue();
        List<List<String>> frRecords = TableFiles.csvRecords(frBytes, ';');
        assertThat(frRecords.get(0)).containsExactly("Canal", "Type", "Chiffre d’affaires (USD)", "Part (%)", "Commandes",
                "Frais (USD)", "Origine des frais", "Net (USD)");
        assertThat(frRecords.get(1).get(0)).isEqualTo("etsy");
        assertThat(frRecords.get(1).get(2)).isEqualTo("279,51");
        assertThat(frRecords.get(1).get(3)).isEqualTo("100,0");

        byte[] enBytes = en.getContentAsByteArray();
        assertThat(TableFiles.hasBom(enBytes)).isTrue();
        List<List<String>> enRecords = TableFiles.csvRecords(enBytes, ',');
        assertThat(enRecords.get(0)).startsWith("Channel", "Kind", "Revenue (USD)", "Share (%)");
        assertThat(enRecords.get(1).get(2)).isEqualTo("279.51");
        assertThat(enRecords.get(1).get(3)).isEqualTo("100.0");
        assertThat(new String(enBytes, StandardCharsets.UTF_8)).contains("\r\n").doesNotContain(";");
    }

    @Test
    void scenarioTablesHaveTheScenarioApisFigures() throws Exception {
        JsonNode closure = body(get("/api/sellers/ines/scenarios/closure?channel=etsy&substitution=0.2&noticeDays=30"), "ines");
        String page = "/sellers/ines/scenarios?scenario=closure&channel=etsy&substitution=20&noticeDays=30";

        List<Row> months = xlsx(get(page + "&table=months&export=xlsx").header("Accept-Language", "en"), "ines");
        assertThat(texts(months.get(0))).containsExactly("Month from", "Revenue lost (EUR)", "Net income lost (EUR)");
        JsonNode expected = closure.get("months");
        assertThat(months).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            Row row = months.get(i + 1);
            assertThat(row.getCell(0).asDate().toLocalDate().toString()).isEqualTo(expected.get(i).get("from").asText());
            assertMoney(row, 1, expected.get(i).get("revenueLost"));
            assertMoney(row, 2, expected.get(i).get("netLost"));
        }

        List<Row> after = xlsx(get(page + "&table=channels-after&export=xlsx").header("Accept-Language", "en"), "ines");
        JsonNode channelsAfter = closure.get("channelsAfter");
        assertThat(after).hasSize(channelsAfter.size() + 1);
        for (int i = 0; i < channelsAfter.size(); i++) {
            assertThat(after.get(i + 1).getCellText(0)).isEqualTo(channelsAfter.get(i).get("channel").asText());
            assertMoney(after.get(i + 1), 2, channelsAfter.get(i).get("revenue"));
        }

        String html = html(get(page).with(user(seller("ines"))));
        assertThat(html).contains("id=\"download-months-csv\"").contains("id=\"download-channels-after-xlsx\"")
                .contains("channel=etsy&amp;scenario=closure&amp;noticeDays=30&amp;substitution=20&amp;table=months&amp;export=csv");
    }

    @Test
    void aFeeHikeHasNoChannelsAfterButItsMonthsDownload() throws Exception {
        String page = "/sellers/ines/scenarios?scenario=fee-hike&channel=etsy&oldRate=5&newRate=6.5";
        List<Row> months = xlsx(get(page + "&table=months&export=xlsx"), "ines");
        JsonNode hike = body(get("/api/sellers/ines/scenarios/fee-hike?channel=etsy&oldRate=0.05&newRate=0.065"), "ines");

        assertThat(months).hasSize(13);
        assertMoney(months.get(1), 1, hike.get("netLostPerMonth"));
        mvc.perform(get(page + "&table=channels-after&export=csv").with(user(seller("ines")))).andExpect(status().isNotFound());
    }

    @Test
    void uploadHistoryDownloadsWithAFileNameThatLooksLikeAFormulaNeutralised() throws Exception {
        String seller = "tabby";
        String risky = "=HYPERLINK(\"evil.example\";\"click\").csv";
        MockMultipartFile file = new MockMultipartFile("files", risky, "text/csv",
                ("order_id,date,channel,channel_kind,item,sku,quantity,unit_price,gross_amount,discount,shipping,tax,fees,"
                        + "refund,currency,buyer_id,country,payment_method,note\n"
                        + "T-1,2025-02-03,markets,IN_PERSON,=HYPERLINK(\"evil.example\"),,1,-5.00,-5.00,,,,,,EUR,,FR,,\n"
                        + "T-2,2025-02-04,markets,IN_PERSON,Bowl,,1,30.00,30.00,,,,,,EUR,,FR,,\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/sellers/" + seller + "/uploads").file(file).with(csrf()).with(user(seller(seller))))
                .andExpect(status().isOk());

        byte[] csv = download(get("/sellers/" + seller + "/uploads?table=history&export=csv").header("Accept-Language", "fr"),
                seller).getContentAsByteArray();
        List<List<String>> records = TableFiles.csvRecords(csv, ';');
        assertThat(records.get(0)).containsExactly("Reçu le", "Fichier", "Format reconnu", "Canal", "Première vente",
                "Dernière vente", "Lignes acceptées", "Nouvelles", "Rejetées");
        List<String> upload = records.get(1);
        assertThat(upload.get(1)).isEqualTo("'" + risky);
        assertThat(upload.get(3)).isEqualTo("markets");
        assertThat(upload.get(4)).isEqualTo("2025-02-03");
        assertThat(upload.get(5)).isEqualTo("2025-02-04");
        assertThat(upload.get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

        byte[] xlsx = download(get("/sellers/" + seller + "/uploads?table=history&export=xlsx"), seller).getContentAsByteArray();
        Row row = TableFiles.xlsxRows(xlsx).get(1);
        assertThat(row.getCell(1).getType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(1).asString()).isEqualTo("'" + risky);
        assertThat(row.getCell(0).getType()).as("received: a date").isEqualTo(CellType.NUMBER);
        assertThat(TableFiles.part(xlsx, "xl/worksheets/sheet1.xml")).doesNotContain("<f>").doesNotContain("<f ");

        // the negative sale stays a number in the channel table: the amount is not text, so not neutralised
        byte[] channels = download(get("/sellers/" + seller + "?table=keep&export=csv&lang=en"), seller).getContentAsByteArray();
        assertThat(TableFiles.csvRecords(channels, ',').get(1)).startsWith("markets", "25.00");
        assertThat(html(get("/sellers/" + seller + "/uploads").with(user(seller(seller)))))
                .contains("id=\"download-history-csv\"");
    }

    @Test
    void anotherSellerGets403AndAnonymousIsSentToTheLoginPage() throws Exception {
        for (String url : List.of("/sellers/alice?table=channels&export=xlsx", "/sellers/alice?table=keep&export=csv",
                "/sellers/alice/scenarios?table=months&export=xlsx", "/sellers/alice/uploads?table=history&export=csv")) {
            mvc.perform(get(url).with(user(seller("bob")))).andExpect(status().isForbidden());
            mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        }
        mvc.perform(get("/sellers/alice?table=channels&export=xlsx").with(user(new SellerUser("advisor", "unused", Roles.ADVISOR, null))))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownTablesAndFormatsAndPagesWithoutTheTableAreRefused() throws Exception {
        mvc.perform(get("/sellers/alice?table=nope&export=csv").with(user(seller("alice")))).andExpect(status().isNotFound());
        mvc.perform(get("/sellers/alice?table=channels&export=pdf").with(user(seller("alice")))).andExpect(status().isBadRequest());
        mvc.perform(get("/sellers/alice?export=csv").with(user(seller("alice")))).andExpect(status().isBadRequest());
        mvc.perform(get("/sellers/alice?from=yesterday&table=channels&export=csv").with(user(seller("alice"))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/sellers/bob?table=channels&export=csv").with(user(seller("bob")))).andExpect(status().isNotFound());
        mvc.perform(get("/sellers/gus?table=channels&export=csv").with(user(seller("gus"))))
                .andExpect(status().isOk()); // the lines without a rate are left out, as on the page
        assertThat(html(get("/sellers/bob").with(user(seller("bob"))))).doesNotContain("export=csv");
    }

    private JsonNode report(String seller, String query) throws Exception {
        return body(get("/api/sellers/" + seller + "/report" + query), seller);
    }

    private JsonNode body(MockHttpServletRequestBuilder request, String seller) throws Exception {
        return json.readTree(mvc.perform(request.with(user(seller(seller)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletResponse download(MockHttpServletRequestBuilder request, String seller) throws Exception {
        return mvc.perform(request.with(user(seller(seller)))).andExpect(status().isOk()).andReturn().getResponse();
    }

    private List<Row> xlsx(MockHttpServletRequestBuilder request, String seller) throws Exception {
        MockHttpServletResponse response = download(request, seller);
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"eggbasket-" + seller + "-")
                .endsWith(".xlsx\"");
        return TableFiles.xlsxRows(response.getContentAsByteArray());
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    /** A numeric cell with two decimals shown, equal to the JSON amount to the cent. */
    private static void assertMoney(Row row, int column, JsonNode amount) {
        assertThat(row.getCell(column).getType()).as("column %d is a number", column).isEqualTo(CellType.NUMBER);
        assertThat(row.getCell(column).getDataFormatString()).isEqualTo("#,##0.00");
        BigDecimal expected = amount.decimalValue();
        assertThat(expected.scale()).as("the JSON gives cents").isLessThanOrEqualTo(2);
        assertThat(row.getCell(column).asNumber()).as("column %d", column).isEqualByComparingTo(expected);
    }

    private static SellerUser seller(String id) {
        return new SellerUser(id, "unused", Roles.SELLER, id);
    }
}
