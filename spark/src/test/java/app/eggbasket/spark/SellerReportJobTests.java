package app.eggbasket.spark;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The spark-submit job, run in this JVM's local session over a file: lake. */
class SellerReportJobTests {

    @TempDir
    static Path data;

    private static Lake lake;

    @BeforeAll
    static void fillLake() throws IOException {
        lake = new Lake(data);
        Ingestor ingestor = new Ingestor(lake, Formats.standard());
        Path samples = Path.of(System.getProperty("eggbasket.samples", "../data-samples/src/main/resources/samples"));
        for (String[] upload : new String[][]{
                {"atelier-x", "etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv"},
                {"atelier-y", "shopify-orders/valid-orders_export_2026_EUR_taxes-included.csv"},
                {"atelier-y", "square-item-sales/valid-square_items_detail_2026-06_33col.csv"}}) {
            Path file = samples.resolve(upload[1]);
            ingestor.ingest(upload[0], file.getFileName().toString(), Files.readAllBytes(file), null, ParseContext.DEFAULT_ZONE);
        }
    }

    @Test
    void printsTheSameJsonAsTheCliForOneSeller() throws IOException {
        Result result = run("--lake", lake.salesDir().getParent().toUri().toString(), "--seller", "atelier-x");

        assertThat(result.status()).isZero();
        String cli;
        try (DuckDbEngine duckDb = new DuckDbEngine(lake)) {
            cli = SellerReportJob.mapper().writeValueAsString(new SellerAnalytics(duckDb,
                    new ConcentrationCalculator(RiskThresholds.DEFAULT)).report("atelier-x", null, null, null));
        }
        assertThat(result.out().strip()).isEqualTo(cli.strip());
        JsonNode json = SellerReportJob.mapper().readTree(result.out());
        assertThat(json.get("revenue").decimalValue()).isEqualByComparingTo("279.51");
        assertThat(json.get("from").asText()).isEqualTo("2022-12-23");
    }

    @Test
    void reportsEverySellerOfTheLakeInAnotherCurrency() throws IOException {
        Result result = run("--lake", lake.salesDir().getParent().toString(), "--all", "--currency", "usd");

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode json = SellerReportJob.mapper().readTree(result.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.findValuesAsText("seller")).containsExactly("atelier-x", "atelier-y");
        assertThat(json.get(0).get("revenue").decimalValue()).isEqualByComparingTo("279.51");
        assertThat(json.get(1).get("currency").asText()).isEqualTo("USD");
        assertThat(json.get(1).get("conversion").get("from").get(0).asText()).isEqualTo("EUR");
    }

    @Test
    void refusesAnUnknownCurrencyWithStatus1() {
        Result result = run("--lake", lake.salesDir().getParent().toString(), "--seller", "atelier-y",
                "--currency", "XYZ");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("XYZ");
    }

    @Test
    void wrongArgumentsAreNamed() {
        assertThatThrownBy(() -> SellerReportJob.Options.parse("--seller", "a"))
                .hasMessageContaining("--lake is required");
        assertThatThrownBy(() -> SellerReportJob.Options.parse("--lake", "x"))
                .hasMessageContaining("--seller ID (repeatable) or --all");
        assertThatThrownBy(() -> SellerReportJob.Options.parse("--lake", "x", "--all", "--from", "1/2/2025"))
                .hasMessageContaining("--from '1/2/2025' is not a date");
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SellerReportJob.run(TestSpark.session(), SellerReportJob.Options.parse(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
