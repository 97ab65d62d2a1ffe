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
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What every {@link SalesEngine} must answer, to the cent, on one lake filled from real sample exports through
 * the real ingestion path. Each subclass gives the engine under test; its every answer is compared with the
 * in-memory DuckDB engine's over the same Parquet files (a live reference, so the contract survives changes to
 * the samples and the reports), and a few figures checked by hand pin the reference itself.
 * <p>
 * Shared with other modules through analytics' test-jar: the Spark engine's subclass lives in the spark module.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SalesEngineContract {

    /** Etsy Sold Orders 2022, USD: 8 orders checked by hand (SellerAnalyticsTests). */
    protected static final String ETSY = "etsy-us";
    /** A Shopify export in GBP with a TikTok Shop channel. */
    protected static final String SHOPIFY = "shopify-gb";
    /** Square item sales, 2017 layout, with a refund. */
    protected static final String SQUARE = "square-us";
    /** The demo seller fabrique-lea: a year on Etsy, Shopify and Square markets (2025-11 to 2026-10). */
    protected static final String DEMO = "fabrique-lea";
    /** USD, CAD, EUR and GBP lines converted at the shipped ECB rates; an Etsy statement's fees and fee rows. */
    protected static final String MULTI = "multi-currency";
    /** Etsy 2022 lines in ARS, a currency the ECB does not publish, converted at rates the seller imported. */
    protected static final String IMPORTED = "imported-rates";
    /** ARS lines of 2020 (no rate imported for them) beside EUR lines: conversion refused. */
    protected static final String UNRATED = "unrated";
    /** A seller without any line. */
    protected static final String NOBODY = "nobody";

    private static final List<String> SELLERS = List.of(ETSY, SHOPIFY, SQUARE, DEMO, MULTI, IMPORTED, UNRATED, NOBODY);
    /** As found (null), and converted: to euros (the default), and to dollars (a cross rate through the euro). */
    private static final List<String> CURRENCIES = Arrays.asList(null, "EUR", "USD");

    @TempDir
    static Path data;

    private Lake lake;
    private SalesEngine reference;
    private SalesEngine engine;
    private SellerAnalytics expected;
    private SellerAnalytics actual;

    /** The engine under test over {@code lake}, created once per test class. */
    protected abstract SalesEngine createEngine(Lake lake);

    @BeforeAll
    void buildLakeAndEngines() throws IOException {
        lake = new Lake(data);
        Ingestor ingestor = new Ingestor(lake, Formats.standard());
        ingest(ingestor, ETSY, "samples/etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", null);
        ingest(ingestor, SHOPIFY, "samples/shopify-orders/valid-orders_export_2025_GBP_tiktok.csv", null);
        ingest(ingestor, SQUARE, "samples/square-item-sales/valid-square_items_detail_2017-layout_24col-with-refund.csv", null);
        for (String file : List.of("EtsySoldOrders2026.csv", "orders_export_1.csv", "items-2025-11-01-2026-10-31.csv")) {
            ingest(ingestor, DEMO, "demo/fabrique-lea/" + file, null);
        }
        ingest(ingestor, MULTI, "samples/etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", null);
        ingest(ingestor, MULTI, "samples/etsy-statement/valid-etsy_statement_2022_12_en-US_USD.csv", null);
        ingest(ingestor, MULTI, "samples/etsy-sold-orders/valid-EtsySoldOrders2020_en-GB_excel-resaved-by-seller.csv",
                Channel.of("etsy-canada", ChannelKind.MARKETPLACE));
        ingest(ingestor, MULTI, "samples/shopify-orders/valid-orders_export_2026_EUR_taxes-included.csv", null);
        ingest(ingestor, MULTI, "samples/shopify-orders/valid-orders_export_2025_GBP_tiktok.csv", null);
        ingest(ingestor, MULTI, "samples/stripe-payments/valid-stripe_unified_payments_2024-10_eur_refunds.csv", null);
        ingest(ingestor, MULTI, "samples/square-item-sales/valid-square_items_detail_2026-06_33col.csv", null);
        ingestReplacing(ingestor, IMPORTED, "samples/etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", ",USD,", ",ARS,");
        ingest(ingestor, IMPORTED, "samples/shopify-orders/valid-orders_export_2026_EUR_taxes-included.csv", null);
        ingestReplacing(ingestor, UNRATED, "samples/etsy-sold-orders/valid-EtsySoldOrders2020_en-GB_excel-resaved-by-seller.csv",
                ",CAD,", ",ARS,");
        ingest(ingestor, UNRATED, "samples/stripe-payments/valid-stripe_unified_payments_2024-10_eur_refunds.csv", null);
        importArsRatesForDecember2022();

        reference = new DuckDbEngine(lake);
        engine = createEngine(lake);
        ConcentrationCalculator calculator = new ConcentrationCalculator(RiskThresholds.DEFAULT);
        expected = new SellerAnalytics(reference, calculator);
        actual = new SellerAnalytics(engine, calculator);
    }

    @AfterAll
    void closeEngines() {
        if (engine != null) {
            engine.close();
        }
        if (reference != null) {
            reference.close();
        }
    }

    protected Lake lake() {
        return lake;
    }

    static Stream<String> sellers() {
        return SELLERS.stream();
    }

    @ParameterizedTest
    @MethodSource("sellers")
    void dataRangeIsTheReferences(String seller) {
        assertThat(engine.dataRange(seller)).isEqualTo(reference.dataRange(seller));
    }

    @ParameterizedTest
    @MethodSource("sellers")
    void currenciesAreTheReferences(String seller) {
        for (Period period : periods(seller)) {
            assertThat(engine.currencies(seller, period)).as("%s", period).isEqualTo(reference.currencies(seller, period));
        }
    }

    @ParameterizedTest
    @MethodSource("sellers")
    void channelTotalsAreTheReferencesToTheCent(String seller) {
        for (Period period : periods(seller)) {
            for (String currency : CURRENCIES) {
                List<ChannelTotals> want = reference.channelTotals(seller, period, currency);
                // strict: BigDecimal.equals compares the scale too, so 12.30 and 12.3 differ
                assertThat(engine.channelTotals(seller, period, currency)).as("%s in %s", period, currency)
                        .isEqualTo(want);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sellers")
    void feeBasesOfUnstatedFeesAreTheReferencesToTheCent(String seller) {
        for (Period period : periods(seller)) {
            for (String currency : CURRENCIES) {
                assertThat(engine.unstatedFeeBases(seller, period, currency)).as("%s in %s", period, currency)
                        .isEqualTo(reference.unstatedFeeBases(seller, period, currency));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sellers")
    void monthlyTotalsAreTheReferencesToTheCent(String seller) {
        for (Period period : periods(seller)) {
            for (String currency : CURRENCIES) {
                assertThat(engine.monthly(seller, period, currency)).as("%s in %s", period, currency)
                        .isEqualTo(reference.monthly(seller, period, currency));
            }
        }
    }

    /** The one-pass statement of a report gives what the four separate statements give, whatever bounds are open. */
    @ParameterizedTest
    @MethodSource("sellers")
    void reportPassIsTheFourSeparateStatements(String seller) {
        Period month = firstMonth(seller);
        Optional<Period> range = reference.dataRange(seller);
        List<LocalDate[]> bounds = List.of(new LocalDate[]{null, null}, new LocalDate[]{month.from(), null},
                new LocalDate[]{null, month.to()}, new LocalDate[]{month.from(), month.to()},
                new LocalDate[]{LocalDate.of(2001, 1, 1), LocalDate.of(2001, 2, 1)});
        for (LocalDate[] b : bounds) {
            LocalDate from = b[0] != null ? b[0] : range.map(Period::from).orElse(null);
            LocalDate to = b[1] != null ? b[1] : range.map(Period::to).orElse(null);
            ReportTotals want = from == null || to == null || !from.isBefore(to)
                    ? new ReportTotals(range, List.of(), List.of(), List.of())
                    : new ReportTotals(range, reference.currencies(seller, new Period(from, to)),
                    reference.channelTotals(seller, new Period(from, to), null),
                    reference.unstatedFeeBases(seller, new Period(from, to), null));
            assertThat(engine.reportTotals(seller, b[0], b[1])).as("from %s to %s", b[0], b[1]).isEqualTo(want);
        }
    }

    @ParameterizedTest
    @MethodSource("sellers")
    void missingRatesAreTheReferences(String seller) {
        for (Period period : periods(seller)) {
            for (String currency : List.of("EUR", "USD")) {
                assertThat(engine.missingRates(seller, period, currency)).as("%s in %s", period, currency)
                        .isEqualTo(reference.missingRates(seller, period, currency));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sellers")
    void sellerReportsAreTheReferences(String seller) {
        for (String currency : CURRENCIES) {
            sameOutcome(() -> actual.report(seller, null, null, currency), () -> expected.report(seller, null, null, currency));
            sameOutcome(() -> actual.monthly(seller, null, null, currency), () -> expected.monthly(seller, null, null, currency));
        }
        Period first = firstMonth(seller);
        sameOutcome(() -> actual.report(seller, first.from(), first.to(), null),
                () -> expected.report(seller, first.from(), first.to(), null));
    }

    @Test
    void etsyFiguresCheckedByHand() {
        SellerReport report = actual.report(ETSY, null, null);

        assertThat(report.currency()).isEqualTo("USD");
        assertThat(report.from()).isEqualTo(LocalDate.of(2022, 12, 23));
        assertThat(report.to()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(report.revenue()).isEqualTo(new BigDecimal("279.51"));
        // 11.04 card processing stated + Etsy's transaction fee 6.5% × 279.51 = 18.17 + 12 listings × 0.20 USD
        assertThat(report.fees()).isEqualTo(new BigDecimal("31.61"));
        assertThat(report.orders()).isEqualTo(8);
        // orders of 12/27 (38.29 + 47.29), 12/28 (20.93 + 26.04), 12/30 (23.83); not 12/31
        assertThat(actual.report(ETSY, LocalDate.of(2022, 12, 27), LocalDate.of(2022, 12, 31)).revenue())
                .isEqualTo(new BigDecimal("156.38"));
    }

    @Test
    void importedRatesConvertLineByLineRoundingHalfUpCheckedByHand() {
        // 2 ARS per euro puts half cents on five of the eight lines: 40.90/2 = 20.45, 23.83/2 = 11.915 → 11.92,
        // 20.93/2 = 10.465 → 10.47, 26.04/2 = 13.02, 38.29/2 = 19.145 → 19.15, 47.29/2 = 23.645 → 23.65,
        // 33.06/2 = 16.53, 49.17/2 = 24.585 → 24.59: 139.78 (half-even would give 139.74, the unrounded sum 139.755)
        SellerReport report = actual.report(IMPORTED, LocalDate.of(2022, 12, 1), LocalDate.of(2023, 1, 1), "EUR");

        assertThat(report.conversion().from()).containsExactly("ARS");
        assertThat(report.revenue()).isEqualTo(new BigDecimal("139.78"));
    }

    @Test
    void linesWithoutARateAreLeftOutTheSameWay() {
        SellerReport report = actual.report(UNRATED, null, null, "EUR");

        assertThat(report.leftOut().lines()).isEqualTo(6);
        assertThat(report.leftOut().currencies()).singleElement().satisfies(u -> {
            assertThat(u.currency()).isEqualTo("ARS");
            assertThat(u.firstDate()).isEqualTo(LocalDate.of(2020, 11, 19));
            assertThat(u.lastDate()).isEqualTo(LocalDate.of(2020, 11, 21));
            assertThat(u.amount().signum()).isPositive();
        });
        assertThat(report.leftOut()).isEqualTo(expected.report(UNRATED, null, null, "EUR").leftOut());
        assertThat(actual.monthly(UNRATED, null, null, "EUR").leftOut()).isEqualTo(report.leftOut());
        assertThat(engine.missingRates(DEMO, new Period(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 11, 1)), "USD"))
                .as("the shipped rates end in August 2026, the demo seller sells until October")
                .isNotEmpty();
    }

    /** The whole data range and a period with no line. */
    private List<Period> periods(String seller) {
        List<Period> periods = new ArrayList<>();
        reference.dataRange(seller).ifPresent(periods::add);
        periods.add(new Period(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 2, 1)));
        return periods;
    }

    /** The seller's first month (a part of her range), or one without data. */
    private Period firstMonth(String seller) {
        LocalDate from = reference.dataRange(seller).map(Period::from).orElse(LocalDate.of(2001, 1, 1));
        return new Period(from, from.plusMonths(1));
    }

    /** Both give the same report, or both refuse it with the same exception and message. */
    private static void sameOutcome(Supplier<?> actual, Supplier<?> expected) {
        Throwable expectedFailure = catchThrowable(expected::get);
        if (expectedFailure != null) {
            assertThatThrownBy(actual::get).isInstanceOf(expectedFailure.getClass()).hasMessage(expectedFailure.getMessage());
        } else {
            // records all the way down: every amount, share, HHI and risk, BigDecimal scales included
            assertThat(actual.get()).isEqualTo(expected.get());
        }
    }

    private void ingest(Ingestor ingestor, String seller, String resource, Channel channel) throws IOException {
        Path file = resources().resolve(resource);
        ingestor.ingest(seller, file.getFileName().toString(), Files.readAllBytes(file), channel, ParseContext.DEFAULT_ZONE);
    }

    private void ingestReplacing(Ingestor ingestor, String seller, String resource, String from, String to) throws IOException {
        Path file = resources().resolve(resource);
        String csv = Files.readString(file, StandardCharsets.UTF_8).replace(from, to);
        ingestor.ingest(seller, file.getFileName().toString(), csv.getBytes(StandardCharsets.UTF_8), null,
                ParseContext.DEFAULT_ZONE);
    }

    /** 2 ARS per euro (a rate that makes half cents) for the weekdays of December 2022, as `./eggbasket rates import` would merge them. */
    private void importArsRatesForDecember2022() throws IOException {
        StringBuilder csv = new StringBuilder("Date,ARS\n");
        for (LocalDate d = LocalDate.of(2022, 12, 30); !d.isBefore(LocalDate.of(2022, 12, 1)); d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                csv.append(d).append(",2\n");
            }
        }
        Path file = data.resolve("ars-rates.csv");
        Files.writeString(file, csv);
        new RatesStore(lake).importFile(file);
    }

    private static Path resources() {
        Path samples = Path.of(System.getProperty("eggbasket.samples", "../data-samples/src/main/resources/samples"));
        return samples.getParent();
    }
}
