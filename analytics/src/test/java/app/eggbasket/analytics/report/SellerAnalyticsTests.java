package app.eggbasket.analytics.report;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.currency.UnconvertedLines;
import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.currency.UnknownCurrencyException;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports computed by DuckDB over a lake filled through the real ingestion path. */
class SellerAnalyticsTests {

    @TempDir
    Path data;

    private Ingestor ingestor;
    private DuckDbEngine engine;
    private SellerAnalytics analytics;

    @BeforeEach
    void setUp() {
        Lake lake = new Lake(data);
        ingestor = new Ingestor(lake, Formats.standard());
        engine = new DuckDbEngine(lake);
        analytics = new SellerAnalytics(engine, new ConcentrationCalculator(RiskThresholds.DEFAULT));
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    @Test
    void reportsTheEtsySampleAsCheckedByHand() throws IOException {
        ingest("etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", null);

        SellerReport report = analytics.report("alice", null, null);

        assertThat(report.currency()).isEqualTo("USD");
        assertThat(report.from()).isEqualTo(LocalDate.of(2022, 12, 23));
        assertThat(report.to()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(report.revenue()).isEqualByComparingTo("279.51");
        // the file states card processing fees only (11.04); Etsy's 6.5% transaction fee on 279.51 (18.16815)
        // and its 0.20 USD listing fee on 12 units (2.40) are estimated: 31.60815
        assertThat(report.fees()).isEqualByComparingTo("31.61");
        assertThat(report.net()).isEqualByComparingTo("247.90");
        assertThat(report.feesEstimated()).isTrue();
        assertThat(report.orders()).isEqualTo(8);
        assertThat(report.channels()).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo("etsy");
            assertThat(c.share()).isEqualByComparingTo("1");
            assertThat(c.feesStated()).isTrue();
            assertThat(c.feeSource()).isEqualTo(FeeSource.STATED_AND_ESTIMATED);
        });
        assertThat(report.concentration().hhi()).isEqualByComparingTo("10000");
        assertThat(report.concentration().risk()).isEqualTo(Risk.CRITICAL);
    }

    @Test
    void periodBoundsAreInclusiveFromExclusiveTo() throws IOException {
        ingest("etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", null);

        SellerReport report = analytics.report("alice", LocalDate.of(2022, 12, 27), LocalDate.of(2022, 12, 31));

        // orders of 12/27 (38.29 + 47.29), 12/28 (20.93 + 26.04), 12/30 (23.83); not 12/31
        assertThat(report.revenue()).isEqualByComparingTo("156.38");
        assertThat(report.orders()).isEqualTo(5);
    }

    @Test
    void sharesSplitAcrossChannelsTheSellerNamed() throws IOException {
        ingest("etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", null);
        ingest("etsy-sold-orders/excel-fr-EtsySoldOrders2022.csv", Channel.of("boutique", ChannelKind.OWN_SHOP));

        SellerReport report = analytics.report("alice", null, null);

        assertThat(report.revenue()).isEqualByComparingTo("559.02");
        assertThat(report.concentration().hhi()).isEqualByComparingTo("5000.0");
        assertThat(report.concentration().platformShare()).isEqualByComparingTo("0.5");
        assertThat(report.concentration().risk()).isEqualTo(Risk.CRITICAL);
    }

    @Test
    void monthlySeriesCoversEveryMonthOfThePeriod() throws IOException {
        ingest("etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", null);

        MonthlyReport monthly = analytics.monthly("alice", LocalDate.of(2022, 11, 1), LocalDate.of(2023, 1, 1));

        assertThat(monthly.months()).extracting(MonthlyReport.Month::month)
                .containsExactly(YearMonth.of(2022, 11), YearMonth.of(2022, 12));
        assertThat(monthly.months().get(0).revenue()).isEqualByComparingTo("0");
        assertThat(monthly.months().get(1).revenue()).isEqualByComparingTo("279.51");
        assertThat(monthly.months().get(1).topPlatformShare()).isEqualByComparingTo("1");
    }

    @Test
    void mixedCurrenciesAreConvertedToEurosAtTheRateOfEachOrderDate() throws IOException {
        ingest("etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", null);
        ingest("etsy-sold-orders/valid-EtsySoldOrders2020_en-GB_excel-resaved-by-seller.csv", null);
        importRates("USD", "0.5", "CAD", "0.25");

        SellerReport report = analytics.report("alice", null, null);

        assertThat(report.currency()).isEqualTo("EUR");
        assertThat(report.conversion().from()).containsExactly("CAD", "USD");
        assertThat(report.conversion().to()).isEqualTo("EUR");
        assertThat(report.revenue()).as("279.51 USD × 2 + 299.02 CAD × 4").isEqualByComparingTo("1755.10");
        // stated card processing 11.04 USD × 2 + 10.80 CAD × 4 = 65.28; estimated: 2022 transaction 6.5% of
        // 559.02 = 36.3363, 2020 transaction 5% of 1196.08 = 59.804, listing 0.20 USD (0.40 EUR) × (12 + 7) units = 7.60
        assertThat(report.fees()).isEqualByComparingTo("169.02");
        assertThat(analytics.monthly("alice", null, null).conversion().to()).isEqualTo("EUR");
    }

    @Test
    void aReportCanBeAskedInAnotherCurrency() throws IOException {
        ingest("etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv", null);
        ingest("etsy-sold-orders/valid-EtsySoldOrders2020_en-GB_excel-resaved-by-seller.csv", null);
        importRates("USD", "0.5", "CAD", "0.25");

        SellerReport inDollars = analytics.report("alice", null, null, "USD");

        assertThat(inDollars.currency()).isEqualTo("USD");
        assertThat(inDollars.conversion().from()).containsExactly("CAD");
        assertThat(inDollars.revenue()).as("279.51 + 299.02 CAD × 2").isEqualByComparingTo("877.55");
        assertThat(analytics.report("alice", LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)).conversion())
                .as("a period in one currency is reported in it, unconverted").isNull();
    }

    @Test
    void salesWithoutARateAreLeftOutNamingCurrencyDatesAndAmount() throws IOException {
        String ars = Files.readString(sample("etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv")).replace(",USD,", ",ARS,");
        ingestor.ingest("alice", "ars.csv", ars.getBytes(java.nio.charset.StandardCharsets.UTF_8), null,
                ParseContext.DEFAULT_ZONE);

        assertThat(analytics.report("alice", null, null).currency()).isEqualTo("ARS");
        assertThat(analytics.report("alice", null, null).leftOut()).as("nothing to convert").isNull();
        SellerReport inEuros = analytics.report("alice", null, null, "EUR");
        assertThat(inEuros.revenue()).as("every line is left out").isEqualByComparingTo("0");
        assertThat(inEuros.leftOut().reason()).isEqualTo(LeftOut.NO_EXCHANGE_RATE);
        assertThat(inEuros.leftOut().currencies()).containsExactly(new UnconvertedLines("ARS",
                LocalDate.of(2022, 12, 23), LocalDate.of(2022, 12, 31), 8, new BigDecimal("279.51")));
        assertThat(inEuros.leftOut().periodWithout()).as("every day of the period has such a line").isNull();
        assertThatThrownBy(() -> analytics.report("alice", null, null, "XYZ"))
                .isInstanceOf(UnknownCurrencyException.class);
    }

    @Test
    void sellerWithoutDataGetsAnEmptyReport() {
        SellerReport report = analytics.report("nobody", null, null);

        assertThat(report.channels()).isEmpty();
        assertThat(report.revenue()).isEqualByComparingTo("0");
    }

    private void ingest(String sample, Channel channel) throws IOException {
        Path file = sample(sample);
        ingestor.ingest("alice", file.getFileName().toString(), Files.readAllBytes(file), channel, ParseContext.DEFAULT_ZONE);
    }

    private static Path sample(String sample) {
        return Path.of(System.getProperty("eggbasket.samples", "../data-samples/src/main/resources/samples")).resolve(sample);
    }

    /** Imports the same rates for every weekday of 2020–2022, as `./eggbasket rates import` would. */
    private void importRates(String currency1, String rate1, String currency2, String rate2) throws IOException {
        StringBuilder csv = new StringBuilder("Date," + currency1 + "," + currency2 + "\n");
        for (LocalDate d = LocalDate.of(2022, 12, 31); !d.isBefore(LocalDate.of(2020, 1, 1)); d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                csv.append(d).append(',').append(rate1).append(',').append(rate2).append('\n');
            }
        }
        Path file = data.resolve("rates-test.csv");
        Files.writeString(file, csv);
        new RatesStore(new Lake(data)).importFile(file);
    }
}
