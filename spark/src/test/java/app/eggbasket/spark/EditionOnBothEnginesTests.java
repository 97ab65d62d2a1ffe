package app.eggbasket.spark;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.edition.EditionPeriod;
import app.eggbasket.analytics.edition.EditionPublisher;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.analytics.market.MarketCell;
import app.eggbasket.analytics.market.MarketEngine;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edition contract: the same cooperative, the same members and the same sequence of releases on two lakes,
 * one read by DuckDB and one by Spark — a first edition, then a member withdraws and the next draft is checked
 * against it (differencing), then a draft of an overlapping quarter. Every release is the same to the cent on both
 * engines, withheld cells included.
 */
class EditionOnBothEnginesTests {

    private static final Instant NOW = Instant.parse("2026-07-15T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void everyReleaseIsTheSameOnDuckDbAndOnSpark(@TempDir Path duckData, @TempDir Path sparkData) {
        List<Release> onDuckDb;
        Lake duckLake = cooperativeOfSix(duckData);
        try (DuckDbEngine duck = new DuckDbEngine(duckLake)) {
            onDuckDb = releases(duckLake, duck, "duckdb");
        }
        Lake sparkLake = cooperativeOfSix(sparkData);
        List<Release> onSpark;
        try (SparkEngine spark = new SparkEngine(TestSpark.session(), sparkLake)) {
            onSpark = releases(sparkLake, spark, "spark");
        }

        // the data is what the test claims: six members in the first edition, five after one withdrew, and cells
        // that the differencing had to withhold
        assertThat(onDuckDb.get(0).contributing()).isEqualTo(6);
        assertThat(onDuckDb.get(0).published()).isTrue();
        assertThat(onDuckDb.get(0).report().total().status()).isEqualTo(MarketCell.Status.PUBLISHED);
        assertThat(onDuckDb.get(0).report().total().figures().revenue()).isPositive();
        assertThat(onDuckDb.get(1).contributing()).isEqualTo(5);
        assertThat(onDuckDb.get(1).withheldForDifferencing()).isPositive();

        for (int i = 0; i < onDuckDb.size(); i++) {
            Release duck = onDuckDb.get(i);
            Release spark = onSpark.get(i);
            assertThat(spark.engine()).isEqualTo("spark");
            assertThat(spark.report()).as("release %d (%s)", i, duck.period().label()).isEqualTo(duck.report());
            assertThat(spark.contributing()).isEqualTo(duck.contributing());
            assertThat(spark.withheldForDifferencing()).isEqualTo(duck.withheldForDifferencing());
            assertThat(spark.coveredTo()).isEqualTo(duck.coveredTo());
        }
    }

    @Test
    void theSparkJobPublishesTheNextEditionAsJson(@TempDir Path data) {
        Lake lake = cooperativeOfSix(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (SparkEngine spark = new SparkEngine(TestSpark.session(), lake)) {
            EditionPublisher publisher = new EditionPublisher(lake, spark, "spark", RiskThresholds.DEFAULT,
                    DisclosureRules.DEFAULT, CLOCK);
            status = MarketReportJob.edition(publisher, new Cooperatives(lake).require("alpes"),
                    EditionPeriod.parse("2026-H1"), true, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(json).contains("\"status\" : \"PUBLISHED\"", "\"edition\" : 1", "\"engine\" : \"spark\"",
                "\"contributingMembers\" : 6", "\"protectionLevel\" : 0.10");
        assertThat(new app.eggbasket.analytics.edition.Releases(data, "alpes").editions()).hasSize(1);

        assertThat(MarketReportJob.run(new String[]{"--data", data.toString(), "--coop", "nowhere", "--period", "2026"},
                new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no cooperative 'nowhere'");
    }

    private static List<Release> releases(Lake lake, MarketEngine engine, String name) {
        EditionPublisher publisher = new EditionPublisher(lake, engine, name, RiskThresholds.DEFAULT,
                DisclosureRules.DEFAULT, CLOCK);
        Cooperative coop = new Cooperatives(lake).require("alpes");
        List<Release> out = new ArrayList<>();
        out.add(publisher.publish(coop, publisher.preview(coop, EditionPeriod.parse("2026-H1"), "manager").id()));
        new ConsentStore(lake, "alpes").withdraw("m6");
        out.add(publisher.preview(coop, EditionPeriod.parse("2026-H1"), "manager"));
        out.add(publisher.preview(coop, EditionPeriod.parse("2026-Q1"), "manager"));
        return out;
    }

    /** Six consenting members selling on Etsy, their own shops and markets in the first half of 2026. */
    private static Lake cooperativeOfSix(Path data) {
        Lake lake = new Lake(data);
        Cooperatives cooperatives = new Cooperatives(lake, CLOCK);
        cooperatives.create(Cooperative.withDefaultRules("alpes", "Makers of the Alps", NOW));
        LakeWriter writer = new LakeWriter(lake);
        int order = 0;
        for (int m = 1; m <= 6; m++) {
            String seller = "m" + m;
            List<SaleLine> lines = new ArrayList<>();
            for (String date : List.of("2026-01-20", "2026-02-11", "2026-04-03", "2026-05-28")) {
                lines.add(line(seller, "etsy", ChannelKind.MARKETPLACE, date, (100 + 37 * m) + ".25", ++order));
                if (m % 2 == 0) {
                    lines.add(line(seller, "own-shop", ChannelKind.OWN_SHOP, date, (60 + 11 * m) + ".10", ++order));
                }
                if (m != 3) {
                    lines.add(line(seller, "markets", ChannelKind.IN_PERSON, date, (40 + 5 * m) + ".05", ++order));
                }
            }
            writer.merge(seller, lines, NOW);
            cooperatives.members("alpes").join(seller, null);
            new ConsentStore(lake, "alpes").give(seller);
        }
        return lake;
    }

    private static SaleLine line(String seller, String channel, ChannelKind kind, String date, String amount, int order) {
        LocalDate day = LocalDate.parse(date);
        BigDecimal value = new BigDecimal(amount);
        BigDecimal zero = BigDecimal.ZERO;
        String id = Integer.toString(order);
        return new SaleLine(seller, channel, kind, "test", "upload-" + id, 2, id, id,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), day, "item", null, 1, "EUR", value, zero, zero, zero, zero,
                null, value, null, null, SaleStatus.COMPLETED);
    }
}
