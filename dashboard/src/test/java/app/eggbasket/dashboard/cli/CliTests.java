package app.eggbasket.dashboard.cli;

import app.eggbasket.dashboard.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI contract of DESIGN §6: summary lines, exit codes, the report JSON. */
class CliTests {

    @TempDir
    Path data;

    private final CliRun cli = new CliRun();

    @Test
    void ingestPrintsOneSummaryLinePerFileAndExitsZero() {
        int code = run("ingest", "--data", data.toString(), "--seller", "alice", sample("valid-EtsySoldOrders2022_en-US.csv"));

        assertThat(code).isZero();
        assertThat(output()).contains("valid-EtsySoldOrders2022_en-US.csv: etsy-sold-orders -> channel etsy (MARKETPLACE): "
                + "8 rows accepted (8 new, 0 duplicates skipped), 0 rejected, 0 not sales");
    }

    @Test
    void aKnownExportReSavedByFrenchExcelIsIngestedWithAWarning() {
        int code = run("ingest", "--data", data.toString(), "--seller", "alice", sample("excel-fr-EtsySoldOrders2022.csv"),
                sample("valid-EtsySoldOrders2022_en-US.csv"));

        assertThat(code).isZero();
        assertThat(output()).contains("excel-fr-EtsySoldOrders2022.csv: etsy-sold-orders")
                .contains("  warning: This Etsy").contains("file was opened and saved again by Excel");
        assertThat(output().split("warning: This ", -1)).as("the untouched export gets none").hasSize(2);
    }

    @Test
    void ingestExitsTwoWhenAFileIsRefusedButIngestsTheOthers() {
        int code = run("ingest", "--data", data.toString(), "--seller", "alice",
                sample("faulty-EtsySoldOrders-truncated-download.csv"), sample("valid-EtsySoldOrders2022_en-US.csv"));

        assertThat(code).isEqualTo(2);
        assertThat(output()).contains("faulty-EtsySoldOrders-truncated-download.csv: REFUSED: broken CSV structure")
                .contains("8 rows accepted");
    }

    @Test
    void ingestListsRejectedRowsWithLineColumnAndReason() {
        run("ingest", "--data", data.toString(), "--seller", "alice", sample("faulty-EtsySoldOrders-bad-values.csv"));

        assertThat(output()).contains("rejected faulty-EtsySoldOrders-bad-values.csv:3: column 'Sale Date' value '12/32/22'");
    }

    @Test
    void reportJsonFollowsTheContract() throws Exception {
        run("ingest", "--data", data.toString(), "--seller", "alice", sample("valid-EtsySoldOrders2022_en-US.csv"));
        cli.resetOutput();

        int code = run("report", "--data", data.toString(), "--seller", "alice", "--json");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(output());
        assertThat(json.get("seller").asText()).isEqualTo("alice");
        assertThat(json.get("from").asText()).isEqualTo("2022-12-23");
        assertThat(json.get("to").asText()).isEqualTo("2023-01-01");
        assertThat(json.get("currency").asText()).isEqualTo("USD");
        assertThat(json.get("revenue").isNumber()).isTrue();
        assertThat(json.get("revenue").decimalValue()).isEqualByComparingTo("279.51");
        assertThat(json.get("orders").asInt()).isEqualTo(8);
        JsonNode channel = json.get("channels").get(0);
        assertThat(channel.fieldNames()).toIterable()
                .contains("channel", "kind", "revenue", "share", "orders", "fees", "feesEstimated", "net");
        assertThat(json.get("concentration").fieldNames()).toIterable()
                .containsExactly("hhi", "cr1", "topChannel", "effectiveChannels", "entropyEffective", "platformShare",
                        "controlledShare", "topPlatform", "topPlatformShare", "risk");
        assertThat(json.get("concentration").get("risk").asText()).isEqualTo("CRITICAL");
    }

    @Test
    void reportTextSaysTheRiskInPlainWords() {
        run("ingest", "--data", data.toString(), "--seller", "alice", sample("valid-EtsySoldOrders2022_en-US.csv"));

        run("report", "--data", data.toString(), "--seller", "alice");

        assertThat(output()).contains("Risk CRITICAL: 100.0% of revenue depends on etsy");
    }

    @Test
    void reportTextOfASellerWithNoPlatformSaysSo() {
        run("ingest", "--data", data.toString(), "--seller", "bea", TestData.samples().resolve("square-item-sales")
                .resolve("valid-square_items_detail_2026-07_35col.csv").toString());

        run("report", "--data", data.toString(), "--seller", "bea");

        assertThat(output()).contains("markets").contains("IN_PERSON")
                .contains("Risk LOW: none of the revenue depends on a platform");
    }

    @Test
    void badSellerIdIsAUsageError() {
        int code = run("report", "--data", data.toString(), "--seller", "../etc");

        assertThat(code).isEqualTo(1);
    }

    @Test
    void ingestWithAMappingReadsAFileNoParserKnowsAndWarnsAboutExcel() {
        Path mapped = TestData.samples().resolveSibling("mapped-samples").resolve("alittlemarket");

        int code = run("ingest", "--data", data.toString(), "--seller", "alice",
                "--mapping", mapped.resolve("alittlemarket-historique.mapping.json").toString(),
                mapped.resolve("faulty-alittlemarket-excel-damaged.csv").toString());

        assertThat(code).isZero();
        assertThat(output()).contains("faulty-alittlemarket-excel-damaged.csv: mapping:alittlemarket-historique -> channel "
                        + "alittlemarket (MARKETPLACE): 2 rows accepted (2 new, 0 duplicates skipped), 2 rejected")
                .contains("  warning: Column 'Date de commande' mixes 2-digit and 4-digit years")
                .contains("we cannot tell 03/04 from 04/03 in this file");
    }

    @Test
    void anUnknownFileIsRefusedWithAHintThenRecognisedOnceItsMappingIsSaved() {
        Path mapped = TestData.samples().resolveSibling("mapped-samples").resolve("alittlemarket");
        String file = mapped.resolve("valid-alittlemarket-historique-2015.csv").toString();

        int refused = run("ingest", "--data", data.toString(), "--seller", "alice", file);
        assertThat(refused).isEqualTo(2);
        assertThat(output()).contains("REFUSED: no known export format").contains("--mapping FILE");

        new app.eggbasket.ingestion.mapping.MappingStore(new app.eggbasket.ingestion.lake.Lake(data)).save("alice",
                app.eggbasket.ingestion.mapping.MappingJson.read(TestData.read(mapped.resolve("alittlemarket-historique.mapping.json"))));
        cli.resetOutput();
        int code = run("ingest", "--data", data.toString(), "--seller", "alice", file);
        assertThat(code).isZero();
        assertThat(output()).contains("mapping:alittlemarket-historique -> channel alittlemarket (MARKETPLACE): 6 rows accepted");

        cli.resetOutput();
        run("mapping", "show", "--data", data.toString(), "--seller", "alice");
        assertThat(output()).contains("alittlemarket-historique (12 columns, delimiter ';', decimal comma, dates dd/MM/yyyy HH:mm")
                .contains("amount <- 'Prix unitaire'").contains("currency <- = EUR");
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String output() {
        return cli.output();
    }

    private static String sample(String name) {
        String root = System.getProperty("eggbasket.samples", "../data-samples/src/main/resources/samples");
        Path file = Path.of(root, "etsy-sold-orders", name);
        assertThat(Files.exists(file)).isTrue();
        return file.toString();
    }
}
