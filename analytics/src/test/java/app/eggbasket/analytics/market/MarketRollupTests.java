package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-quarter sums written by {@code compact} ({@link MarketSql#ROLLUP}) give the market report exactly what the
 * sellers' own files give, on a random lake with refunds, several currencies (one without any rate), channels whose
 * kind changed between uploads and re-uploaded orders; for periods of whole quarters (the sums are read) and others
 * (they are not).
 */
class MarketRollupTests {

    private static final String[][] CHANNELS = {
            {"etsy", "MARKETPLACE"}, {"ebay", "MARKETPLACE"}, {"own-shop", "OWN_SHOP"}, {"markets", "IN_PERSON"},
            {"instagram", "SOCIAL"}};
    private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "EUR", "EUR", "EUR", "EUR", "USD", "GBP", "ARS"};
    private static final DisclosureRules EVERYTHING = new DisclosureRules(1, BigDecimal.ONE);

    @TempDir
    Path data;

    private Lake lake;
    private DuckDbEngine engine;
    private MarketAnalytics market;

    /** The random lake, written once and copied for each test (sixty merges take a while). */
    @TempDir
    static Path template;

    @BeforeAll
    static void writeLake() {
        Lake lake = new Lake(template);
        ConsentStore consents = new ConsentStore(lake);
        Random random = new Random(20261205);
        LakeWriter writer = new LakeWriter(lake);
        for (int s = 0; s < 30; s++) {
            String seller = "s" + (s < 10 ? "0" : "") + s;
            List<SaleLine> first = new ArrayList<>();
            int lines = 5 + random.nextInt(40);
            for (int i = 0; i < lines; i++) {
                String[] channel = CHANNELS[random.nextInt(CHANNELS.length)];
                first.add(line(seller, channel[0], ChannelKind.valueOf(channel[1]), "o" + i, random));
            }
            writer.merge(seller, first, Instant.parse("2026-01-01T00:00:00Z"));
            // a later upload: some orders again, and instagram sold through as DIRECT from now on for some sellers
            List<SaleLine> second = new ArrayList<>();
            for (int i = 0; i < random.nextInt(10); i++) {
                boolean direct = s % 3 == 0;
                String[] channel = direct ? new String[] {"instagram", "DIRECT"} : CHANNELS[random.nextInt(CHANNELS.length)];
                second.add(line(seller, channel[0], ChannelKind.valueOf(channel[1]), "o" + random.nextInt(lines + 5), random));
            }
            if (!second.isEmpty()) {
                writer.merge(seller, second, Instant.parse("2026-02-01T00:00:00Z"));
            }
            if (s % 6 != 5) {
                consents.give(seller);
            }
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        try (var files = Files.walk(template)) {
            for (Path from : files.toList()) {
                Path to = data.resolve(template.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        lake = new Lake(data);
        engine = new DuckDbEngine(lake);
        market = new MarketAnalytics(engine, new ConsentStore(lake), RiskThresholds.DEFAULT);
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource(nullValues = "-", value = {"-, -", "2024-04-01, 2025-10-01", "2024-02-15, 2025-11-20", "2025-01-10, 2025-04-01"})
    void theCompactedLakeGivesExactlyWhatTheSellersFilesGive(String from, String to) {
        LocalDate start = from == null ? null : LocalDate.parse(from);
        LocalDate end = to == null ? null : LocalDate.parse(to);
        MarketComputation fromFiles = market.compute(start, end, EVERYTHING);
        assertThat(fromFiles.keys()).hasSizeGreaterThan(5);

        engine.compact();
        assertThat(Files.isRegularFile(new CompactLake(lake).rollup())).isTrue();
        MarketComputation compacted = market.compute(start, end, EVERYTHING);

        assertSame(compacted, fromFiles);
    }

    @Test
    void theRollupIsWhatTheReportReadsForWholeQuarters() throws IOException {
        engine.compact();
        CompactLake compact = new CompactLake(lake);
        assertThat(compact.sources(new ConsentStore(lake).consenting()).rollup()).contains(compact.rollup());
        MarketReport right = market.report(null, null, EVERYTHING);

        // the same sums with every euro amount doubled: whole quarters now read them, other periods still read lines
        Path doubled = data.resolve("doubled.parquet");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = connection.createStatement()) {
            st.execute("COPY (SELECT * REPLACE (revenue_cents * 2 AS revenue_cents) FROM read_parquet('" + compact.rollup()
                    + "')) TO '" + doubled + "' (FORMAT parquet)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Files.move(doubled, compact.rollup(), StandardCopyOption.REPLACE_EXISTING);
        assertThat(market.report(null, null, EVERYTHING).total().figures().revenue())
                .isGreaterThan(right.total().figures().revenue());
        assertThat(market.report(LocalDate.of(2024, 1, 2), null, EVERYTHING).total().figures().revenue())
                .isEqualByComparingTo(market.compute(LocalDate.of(2024, 1, 2), null, EVERYTHING)
                        .truth(CellKey.total()).revenue());
    }

    @Test
    void aSellerWhoUploadsAfterTheCompactionIsReadFromHerFileAndTheOthersFromTheSums() throws IOException {
        engine.compact();
        new LakeWriter(lake).merge("s01", List.of(line("s01", "etsy", ChannelKind.MARKETPLACE, "late", new Random(1))),
                Instant.parse("2026-03-01T00:00:00Z"));
        new LakeWriter(lake).erase("s02");
        MarketComputation compacted = market.compute(null, null, EVERYTHING);

        Path compactDir = new CompactLake(lake).file().getParent();
        Path aside = data.resolve("compact-aside");
        Files.move(compactDir, aside);
        MarketComputation fromFiles = market.compute(null, null, EVERYTHING);
        Files.move(aside, compactDir);

        assertSame(compacted, fromFiles);
    }

    @Test
    void whileTheLakeIsUnchangedTheCompactedSellersAreNotLookedAtOneByOne() throws IOException {
        engine.compact();
        List<String> consenting = new ConsentStore(lake).consenting();
        // a file changed behind the lake writer's back (no change recorded) is not seen: the copy is trusted
        Path file = lake.salesFile("s01");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(new CompactLake(lake).sources(consenting).fromOwnFiles()).isEmpty();
        // once any change is recorded, every file is looked at and the touched one is read from itself
        new app.eggbasket.ingestion.lake.LakeChanges(lake).record();
        assertThat(new CompactLake(lake).sources(consenting).fromOwnFiles()).containsExactly("s01");
    }

    private static void assertSame(MarketComputation actual, MarketComputation expected) {
        assertThat(actual.keys()).isEqualTo(expected.keys());
        for (CellKey key : expected.keys()) {
            assertThat(actual.truth(key)).as(key.toString()).isEqualTo(expected.truth(key));
            assertThat(actual.status(key)).as(key.toString()).isEqualTo(expected.status(key));
        }
        assertThat(actual.published()).isEqualTo(expected.published());
    }

    private static SaleLine line(String seller, String channel, ChannelKind kind, String order, Random random) {
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(731));
        BigDecimal value = BigDecimal.valueOf(random.nextInt(60_000) - 5_000, 2);
        String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        BigDecimal zero = BigDecimal.ZERO;
        return new SaleLine(seller, channel, kind, "test", "upload-1", 2, order, order,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), day, "item", null, 1, currency, value, zero, zero, zero, zero,
                null, value, null, null, SaleStatus.COMPLETED);
    }
}
