package app.eggbasket.analytics.engine;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.privacy.SellerDataEraser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Cached answers are the engine's own, and never outlive a change of the seller's file or of the rates. */
class CachingSalesEngineTests {

    private static final String ETSY_2022 = "etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv";
    private static final String SHOPIFY_2026 = "shopify-orders/valid-orders_export_2026_EUR_taxes-included.csv";

    @TempDir
    Path data;

    private Lake lake;
    private Ingestor ingestor;
    private DuckDbEngine duckdb;
    private final AtomicInteger queries = new AtomicInteger();

    @BeforeEach
    void setUp() {
        lake = new Lake(data);
        ingestor = new Ingestor(lake, Formats.standard());
        duckdb = new DuckDbEngine(lake);
    }

    @AfterEach
    void tearDown() {
        duckdb.close();
    }

    @Test
    void aSecondReportIsServedWithoutAskingTheEngineAndEqualsTheFirst() throws IOException {
        ingest("alice", ETSY_2022);
        CachingSalesEngine cached = cached(10_000);
        SellerAnalytics analytics = analytics(cached);

        SellerReport first = analytics.report("alice", null, null);
        int asked = queries.get();
        SellerReport second = analytics.report("alice", null, null);

        assertThat(asked).isPositive();
        assertThat(queries.get()).isEqualTo(asked);
        assertThat(second).isEqualTo(first).isEqualTo(analytics(duckdb).report("alice", null, null));
        assertThat(cached.stats().hits()).isPositive();
    }

    @Test
    void anIngestReplacingTheSellersFileIsSeenAtOnce() throws IOException {
        ingest("alice", ETSY_2022);
        SellerAnalytics analytics = analytics(cached(10_000));
        SellerReport before = analytics.report("alice", null, null, "EUR");

        ingest("alice", SHOPIFY_2026);
        SellerReport after = analytics.report("alice", null, null, "EUR");

        assertThat(after).isEqualTo(analytics(duckdb).report("alice", null, null, "EUR"));
        assertThat(after.channels()).hasSizeGreaterThan(before.channels().size());
        assertThat(after.revenue()).isGreaterThan(before.revenue());
    }

    @Test
    void anErasedSellerGetsAnEmptyReportNotHerCachedOne() throws IOException {
        ingest("alice", ETSY_2022);
        SellerAnalytics analytics = analytics(cached(10_000));
        assertThat(analytics.report("alice", null, null).orders()).isPositive();

        new SellerDataEraser(lake).erase("alice");

        SellerReport erased = analytics.report("alice", null, null);
        assertThat(erased.orders()).isZero();
        assertThat(erased.channels()).isEmpty();
    }

    @Test
    void importedRatesChangeConvertedAnswers() throws IOException {
        ingest("alice", ETSY_2022);
        SellerAnalytics analytics = analytics(cached(10_000));
        BigDecimal atShippedRates = analytics.report("alice", null, null, "EUR").revenue();

        // the ECB's dollar rate on the days of the sample, replaced by one that doubles every euro amount
        Path rates = data.resolve("rates.csv");
        Files.writeString(rates, "Date,USD,\n2022-12-23,0.5,\n2022-12-24,0.5,\n2022-12-25,0.5,\n2022-12-26,0.5,\n"
                + "2022-12-27,0.5,\n2022-12-28,0.5,\n2022-12-29,0.5,\n2022-12-30,0.5,\n2022-12-31,0.5,\n");
        new RatesStore(lake).importFile(rates);
        BigDecimal atImportedRates = analytics.report("alice", null, null, "EUR").revenue();

        assertThat(atImportedRates).isNotEqualTo(atShippedRates)
                .isEqualTo(analytics(duckdb).report("alice", null, null, "EUR").revenue());
    }

    @Test
    void withoutRoomEveryAnswerIsComputedAfresh() throws IOException {
        ingest("alice", ETSY_2022);
        CachingSalesEngine cached = cached(0);
        SellerAnalytics analytics = analytics(cached);

        analytics.report("alice", null, null);
        int asked = queries.get();
        analytics.report("alice", null, null);

        assertThat(queries.get()).isEqualTo(2 * asked);
        assertThat(cached.stats().answers()).isZero();
    }

    @Test
    void theLeastRecentlyUsedAnswersLeaveFirstWithinTheRowLimit() throws IOException {
        for (String seller : new String[]{"alice", "bob", "carol"}) {
            ingest(seller, ETSY_2022);
        }
        int oneReport = rowsOfOneReport();
        CachingSalesEngine cached = cached(2 * oneReport);
        SellerAnalytics analytics = analytics(cached);

        analytics.report("alice", null, null);
        analytics.report("bob", null, null);
        analytics.report("alice", null, null);
        analytics.report("carol", null, null);
        assertThat(cached.stats().rows()).isLessThanOrEqualTo(2L * oneReport);

        int asked = queries.get();
        analytics.report("alice", null, null);
        assertThat(queries.get()).as("alice was used more recently than bob").isEqualTo(asked);
        analytics.report("bob", null, null);
        assertThat(queries.get()).as("bob was evicted").isGreaterThan(asked);
    }

    private int rowsOfOneReport() {
        CachingSalesEngine probe = cached(1_000_000);
        analytics(probe).report("alice", null, null);
        return (int) probe.stats().rows();
    }

    private CachingSalesEngine cached(int maxRows) {
        return new CachingSalesEngine(counting(duckdb), seller -> SellerDataVersion.of(lake.salesFile(seller)), maxRows);
    }

    /** The engine, counting the questions it is asked (the rates excepted). */
    private SalesEngine counting(SalesEngine engine) {
        return (SalesEngine) Proxy.newProxyInstance(SalesEngine.class.getClassLoader(), new Class<?>[]{SalesEngine.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("rates")) {
                        queries.incrementAndGet();
                    }
                    try {
                        return method.invoke(engine, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static SellerAnalytics analytics(SalesEngine engine) {
        return new SellerAnalytics(engine, new ConcentrationCalculator(RiskThresholds.DEFAULT));
    }

    private void ingest(String seller, String sample) throws IOException {
        Path file = Path.of(System.getProperty("eggbasket.samples", "../data-samples/src/main/resources/samples")).resolve(sample);
        ingestor.ingest(seller, file.getFileName().toString(), Files.readAllBytes(file), null, ParseContext.DEFAULT_ZONE);
    }
}
