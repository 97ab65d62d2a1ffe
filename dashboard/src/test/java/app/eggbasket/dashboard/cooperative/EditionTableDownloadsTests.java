package app.eggbasket.dashboard.cooperative;

import app.eggbasket.dashboard.TableFiles;
import app.eggbasket.dashboard.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An edition page's tables as CSV and XLSX, anonymous like the page, with the edition's figures
 * ({@code GET /api/coops/{coop}/editions/{n}}) and its marks for withheld cells: edition 1 of {@link TestData#ALPES},
 * 2025-Q3, from {@link EditionFixtures#summer}'s twelve members, where two sell on instagram and one on ankorstore,
 * so the other social and wholesale channels are withheld.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EditionTableDownloadsTests {

    private static final Path DATA = EditionFixtures.summer(TestData.seededCopy());
    private static final String PAGE = "/coops/alpes/editions/1";

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Editions editions;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void published() {
        EditionFixtures.publishSummer(editions);
    }

    @Test
    void channelAndKindTablesAsXlsxHaveThePublishedFiguresAndTheWithheldMarks() throws Exception {
        JsonNode report = report();

        List<Row> channels = xlsx(PAGE + "?table=channels&export=xlsx&lang=en");
        assertThat(texts(channels.get(0))).startsWith("Channel", "Kind", "Sellers", "Revenue (EUR)", "Median share (%)");
        assertRows(channels, report.get("channels"), 2);
        assertThat(channels.stream().skip(1).map(r -> r.getCellText(0))).contains("etsy", "Other channels");
        assertThat(channels.stream().skip(1).map(r -> r.getCellText(3))).as("withheld revenue").contains("x");

        List<Row> kinds = xlsx(PAGE + "?table=kinds&export=xlsx&lang=en");
        JsonNode kindCells = report.get("kinds");
        assertRows(kinds, kindCells, 1);
        Row total = kinds.get(kinds.size() - 1);
        assertThat(total.getCellText(0)).isEqualTo("All channels");
        assertCell(total, 1, report.get("total"));
    }

    @Test
    void quarterTableAsXlsxHasEveryPublishedQuarterOfEveryChannel() throws Exception {
        JsonNode report = report();
        Map<String, JsonNode> cells = new HashMap<>();
        for (JsonNode c : report.get("channelQuarters")) {
            cells.put(c.get("channel").asText() + "|" + c.get("kind").asText() + "|" + c.get("quarter").asText(), c);
        }
        List<Row> rows = xlsx(PAGE + "?table=quarters&export=xlsx&lang=en");

        JsonNode quarters = report.get("quarters");
        assertThat(rows.get(0).getCellText(1)).isEqualTo(quarters.get(0).asText() + " (EUR)");
        JsonNode channels = report.get("channels");
        assertThat(rows).hasSize(channels.size() + 2);
        int published = 0;
        for (int i = 0; i < channels.size(); i++) {
            JsonNode channel = channels.get(i);
            Row row = rows.get(i + 1);
            for (int q = 0; q < quarters.size(); q++) {
                JsonNode cell = cells.get(channel.get("channel").asText() + "|" + channel.get("kind").asText() + "|"
                        + quarters.get(q).asText());
                published += assertAmount(row, q + 1, cell) ? 1 : 0;
            }
            assertAmount(row, quarters.size() + 1, channel);
        }
        assertThat(published).isPositive();
        Row totals = rows.get(rows.size() - 1);
        for (int q = 0; q < quarters.size(); q++) {
            assertAmount(totals, q + 1, report.get("quarterTotals").get(q));
        }
        assertAmount(totals, quarters.size() + 1, report.get("total"));
    }

    @Test
    void csvIsPublicAndFollowsTheLanguage() throws Exception {
        MockHttpServletResponse fr = mvc.perform(get(PAGE + "?table=channels&export=csv").header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(fr.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(fr.getHeader("Content-Disposition")).startsWith("attachment; filename=\"eggbasket-market-channels-2025-07-01-2025-09-30")
                .endsWith(".csv\"");
        List<List<String>> records = TableFiles.csvRecords(fr.getContentAsByteArray(), ';');
        assertThat(records.get(0)).startsWith("Canal", "Type", "Vendeuses", "Chiffre d’affaires (EUR)");
        JsonNode etsy = report().get("channels").get(0);
        assertThat(records.get(1).get(0)).isEqualTo("etsy");
        assertThat(records.get(1).get(3)).isEqualTo(etsy.get("revenue").decimalValue().setScale(2).toPlainString().replace('.', ','));

        List<List<String>> en = TableFiles.csvRecords(mvc.perform(get(PAGE + "?table=quarters&export=csv&lang=en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), ',');
        assertThat(en.get(0).get(0)).isEqualTo("Channel");
        assertThat(en.get(en.size() - 1).get(0)).isEqualTo("All channels");

        mvc.perform(get(PAGE + "?table=nope&export=csv")).andExpect(status().isNotFound());
        mvc.perform(get(PAGE + "?table=kinds&export=docx")).andExpect(status().isBadRequest());
    }

    @Test
    void thePageLinksEachOfItsTables() throws Exception {
        String page = mvc.perform(get(PAGE)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        for (String table : List.of("kinds", "channels", "quarters")) {
            assertThat(page).contains("href=\"" + PAGE + "?table=" + table + "&amp;export=csv\"")
                    .contains("href=\"" + PAGE + "?table=" + table + "&amp;export=xlsx\"");
        }
        // the old market address, redirected to the latest edition with its query, downloads the same table
        assertThat(mvc.perform(get("/market?table=kinds&export=csv"))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo(PAGE + "?table=kinds&export=csv");
    }

    /** Each row after the header against the report's cells: sellers and revenue, or the page's marks. */
    private static void assertRows(List<Row> rows, JsonNode cells, int sellersColumn) {
        assertThat(rows).hasSize(cells.size() + 1 + (sellersColumn == 1 ? 1 : 0));
        for (int i = 0; i < cells.size(); i++) {
            assertCell(rows.get(i + 1), sellersColumn, cells.get(i));
        }
    }

    private static void assertCell(Row row, int sellersColumn, JsonNode cell) {
        switch (cell.get("status").asText()) {
            case "PUBLISHED" -> {
                assertThat(row.getCell(sellersColumn).asNumber()).isEqualByComparingTo(cell.get("sellers").asText());
                assertAmount(row, sellersColumn + 1, cell);
                if (cell.path("risk").has("CRITICAL")) {
                    assertThat(row.getCell(sellersColumn + 6 + 3).asNumber()).as("CRITICAL")
                            .isEqualByComparingTo(cell.get("risk").get("CRITICAL").asText());
                } else if (cell.has("risk")) {
                    assertThat(row.getCellText(sellersColumn + 6 + 3)).as("CRITICAL withheld").isEqualTo("x");
                }
            }
            case "SUPPRESSED" -> {
                assertThat(row.getCellText(sellersColumn)).isEqualTo("x");
                assertThat(row.getCellText(sellersColumn + 1)).isEqualTo("x");
            }
            default -> {
                assertThat(row.getCell(sellersColumn).asNumber()).isEqualByComparingTo("0");
                assertThat(row.getCellText(sellersColumn + 1)).isEqualTo("—");
            }
        }
    }

    /** A published amount is a number equal to the report's to the cent; others are the page's marks. */
    private static boolean assertAmount(Row row, int column, JsonNode cell) {
        String status = cell.get("status").asText();
        if (status.equals("PUBLISHED")) {
            assertThat(row.getCell(column).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(column).getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(column).asNumber()).isEqualByComparingTo(cell.get("revenue").decimalValue());
            return true;
        }
        assertThat(row.getCellText(column)).isEqualTo(status.equals("SUPPRESSED") ? "x" : "—");
        return false;
    }

    private JsonNode report() throws Exception {
        return json.readTree(mvc.perform(get("/api/coops/alpes/editions/1")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("report");
    }

    private List<Row> xlsx(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return TableFiles.xlsxRows(response.getContentAsByteArray());
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }
}
