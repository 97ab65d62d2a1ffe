package app.eggbasket.spark;

import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.engine.ChannelTotals;
import app.eggbasket.analytics.engine.Period;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** SalesEngine implementations are thread-safe: concurrent queries on one session never see each other's views. */
class SparkEngineConcurrencyTests {

    @TempDir
    Path data;

    @Test
    void concurrentQueriesForDifferentSellersAndCurrenciesKeepTheirOwnViews() throws Exception {
        Lake lake = new Lake(data);
        Ingestor ingestor = new Ingestor(lake, Formats.standard());
        Path samples = Path.of(System.getProperty("eggbasket.samples", "../data-samples/src/main/resources/samples"));
        Path etsy = samples.resolve("etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv");
        Path shopify = samples.resolve("shopify-orders/valid-orders_export_2025_GBP_tiktok.csv");
        ingestor.ingest("seller-a", "a.csv", Files.readAllBytes(etsy), null, ParseContext.DEFAULT_ZONE);
        ingestor.ingest("seller-b", "b.csv", Files.readAllBytes(shopify), null, ParseContext.DEFAULT_ZONE);
        Period period = new Period(java.time.LocalDate.of(2022, 1, 1), java.time.LocalDate.of(2026, 1, 1));
        String[][] queries = {{"seller-a", null}, {"seller-b", null}, {"seller-a", "EUR"}, {"seller-b", "EUR"},
                {"seller-a", "GBP"}, {"seller-b", "USD"}, {"seller-a", "EUR"}, {"seller-b", null}};

        List<List<ChannelTotals>> expected = new ArrayList<>();
        try (DuckDbEngine duckDb = new DuckDbEngine(lake)) {
            for (String[] q : queries) {
                expected.add(duckDb.channelTotals(q[0], period, q[1]));
            }
        }
        SparkEngine spark = new SparkEngine(TestSpark.session(), lake);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ChannelTotals>>> answers = new ArrayList<>();
            for (String[] q : queries) {
                answers.add(pool.submit(() -> spark.channelTotals(q[0], period, q[1])));
            }
            for (int i = 0; i < queries.length; i++) {
                assertThat(answers.get(i).get()).as("%s in %s", queries[i][0], queries[i][1]).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdown();
            spark.close();
        }
        assertThat(TestSpark.session().catalog().listTables().collectAsList())
                .as("every query dropped its views").isEmpty();
    }
}
