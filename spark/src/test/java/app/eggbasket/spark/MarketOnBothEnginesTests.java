package app.eggbasket.spark;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.engine.Period;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.analytics.market.MarketAnalytics;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.analytics.market.SellerQuarterRevenue;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cooperative market report (DESIGN §5) from the same SQL on DuckDB and on Spark, on one lake of
 * real samples in three currencies: the rows to the cent and the published report identical, suppression
 * included.
 */
class MarketOnBothEnginesTests {

    private static Path data;
    private static Lake lake;
    private static DuckDbEngine duck;
    private static SparkEngine spark;

    @BeforeAll
    static void lakeOfSixMembers() throws IOException {
        data = Files.createTempDirectory("eggbasket-market-both");
        lake = new Lake(data);
        Ingestor ingestor = new Ingestor(lake, Formats.standard());
        Path samples = Path.of("..", "data-samples", "src", "main", "resources", "samples");
        String[][] members = {
                {"anne", "etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", null},
                {"anne", "square-item-sales/valid-square_items_detail_2026-07_35col.csv", null},
                {"bea", "etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", null},
                {"bea", "shopify-orders/valid-orders_export_2026_EUR_taxes-included.csv", null},
                {"carl", "etsy-sold-orders/valid-EtsySoldOrders2020_en-GB_excel-resaved-by-seller.csv", null},
                {"carl", "eggbasket-template/valid-template-en.csv", null},
                {"dina", "etsy-sold-order-items/valid-EtsySoldOrderItems2020_en-GB.csv", null},
                {"dina", "square-item-sales/valid-square_items_detail_2026-07_35col.csv", "salon"},
                {"eve", "shopify-orders/valid-orders_export_2025_GBP_tiktok.csv", null},
                {"fred", "etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", null}};
        for (String[] m : members) {
            Channel channel = m[2] == null ? null : new Channel(m[2], ChannelKind.IN_PERSON);
            ingestor.ingest(m[0], Path.of(m[1]).getFileName().toString(), Files.readAllBytes(samples.resolve(m[1])),
                    channel, ParseContext.DEFAULT_ZONE);
        }
        ConsentStore consents = new ConsentStore(lake);
        for (String seller : List.of("anne", "bea", "carl", "dina", "eve")) {
            consents.give(seller);
        }
        duck = new DuckDbEngine(lake);
        spark = new SparkEngine(TestSpark.session(), lake);
    }

    @Test
    void theCompactCopyGivesTheSameReportOnBothEnginesAndNeverAStaleOne() throws IOException {
        ConsentStore consents = new ConsentStore(lake);
        DisclosureRules everything = new DisclosureRules(1, BigDecimal.ONE, true);
        BigDecimal before = new MarketAnalytics(duck, consents, RiskThresholds.DEFAULT).report(null, null, everything)
                .total().figures().revenue();
        assertThat(duck.compact()).isEqualTo(6);
        // bea uploads again after the compaction: both engines read her from her own file, the others from the copy
        new Ingestor(lake, Formats.standard()).ingest("bea", "valid-template-en.csv", Files.readAllBytes(Path.of("..",
                "data-samples", "src", "main", "resources", "samples", "eggbasket-template", "valid-template-en.csv")),
                null, ParseContext.DEFAULT_ZONE);
        for (DisclosureRules rules : List.of(DisclosureRules.DEFAULT, everything)) {
            MarketReport onDuckDb = new MarketAnalytics(duck, consents, RiskThresholds.DEFAULT).report(null, null, rules);
            MarketReport onSpark = new MarketAnalytics(spark, consents, RiskThresholds.DEFAULT).report(null, null, rules);
            assertThat(onSpark).isEqualTo(onDuckDb);
        }
        // whole quarters read the per-quarter sums of the copy, other periods its lines: the same on both engines
        LocalDate[][] periods = {{LocalDate.of(2020, 4, 1), LocalDate.of(2026, 10, 1)},
                {LocalDate.of(2020, 3, 15), LocalDate.of(2026, 8, 20)}};
        for (LocalDate[] period : periods) {
            MarketReport onDuckDb = new MarketAnalytics(duck, consents, RiskThresholds.DEFAULT)
                    .report(period[0], period[1], everything);
            MarketReport onSpark = new MarketAnalytics(spark, consents, RiskThresholds.DEFAULT)
                    .report(period[0], period[1], everything);
            assertThat(onSpark).as("from %s to %s", period[0], period[1]).isEqualTo(onDuckDb);
            assertThat(onDuckDb.total().figures().revenue()).isPositive();
        }
        BigDecimal after = new MarketAnalytics(spark, consents, RiskThresholds.DEFAULT).report(null, null, everything)
                .total().figures().revenue();
        assertThat(after).as("bea's new lines count on Spark too").isGreaterThan(before);
    }

    @AfterAll
    static void close() {
        duck.close();
    }

    @Test
    void marketRowsAreTheSameToTheCent() {
        List<String> consenting = List.of("anne", "bea", "carl", "dina", "eve");
        Period period = new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2027, 1, 1));

        List<SellerQuarterRevenue> onDuckDb = duck.marketRows(consenting, period, "EUR");
        List<SellerQuarterRevenue> onSpark = spark.marketRows(consenting, period, "EUR");

        assertThat(onDuckDb).hasSizeGreaterThan(8);
        assertThat(onSpark).containsExactlyInAnyOrderElementsOf(onDuckDb);
        assertThat(onDuckDb).noneMatch(r -> r.sellerId().equals("fred")).as("fred did not consent");
        assertThat(onDuckDb.stream().filter(r -> r.revenue() != null).map(SellerQuarterRevenue::revenue)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isPositive();
    }

    @Test
    void publishedReportIsIdenticalOnBothEngines() {
        ConsentStore consents = new ConsentStore(lake);
        for (DisclosureRules rules : List.of(DisclosureRules.DEFAULT, new DisclosureRules(2, new BigDecimal("0.95"), true))) {
            MarketReport onDuckDb = new MarketAnalytics(duck, consents, RiskThresholds.DEFAULT)
                    .report(null, null, rules);
            MarketReport onSpark = new MarketAnalytics(spark, consents, RiskThresholds.DEFAULT)
                    .report(null, null, rules);

            assertThat(onSpark).isEqualTo(onDuckDb);
            assertThat(onDuckDb.consenting()).isEqualTo(5);
        }
    }
}
