package app.eggbasket.analytics.report;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.engine.FeeBase;
import app.eggbasket.analytics.fees.FeeSchedules;
import app.eggbasket.analytics.profile.SellerProfile;
import app.eggbasket.analytics.profile.SellerProfiles;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Fees stated and estimated, social contributions and what the seller keeps, computed by hand. */
class NetIncomeTests {

    private static final String HEADER = "order_id,date,channel,channel_kind,item,sku,quantity,unit_price,gross_amount,"
            + "discount,shipping,tax,fees,refund,currency,buyer_id,country,payment_method,note\n";

    /**
     * Etsy with no stated fees on three orders around the 11 April 2022 switch, one with stated fees;
     * PayPal without fees; a market without a fee schedule.
     */
    static final String SALES = HEADER
            + "E-1,2022-04-08,etsy,,Necklace,N1,1,20.00,20.00,,5.00,,,,EUR,,,,\n"
            + "E-2,2022-04-12,etsy,,Earrings,E1,2,15.00,30.00,,,,,,EUR,,,,\n"
            + "E-3,2022-04-12,etsy,,Ring,R1,1,10.00,10.00,,,,,10.00,EUR,,,,refunded\n"
            + "E-4,2022-04-13,etsy,,Bracelet,B1,1,40.00,40.00,,,,3.00,,EUR,,,,\n"
            + "P-1,2022-05-02,paypal,DIRECT,Commission,C1,1,100.00,100.00,,,,,,EUR,,,,\n"
            + ",2022-05-07,markets,IN_PERSON,Bowl,BW,2,25.00,50.00,,,,,,EUR,,,cash,\n";

    @TempDir
    Path data;

    private Lake lake;
    private DuckDbEngine engine;
    private SellerAnalytics analytics;
    private SellerProfiles profiles;

    @BeforeEach
    void setUp() throws IOException {
        lake = new Lake(data);
        engine = new DuckDbEngine(lake);
        profiles = new SellerProfiles(lake);
        analytics = new SellerAnalytics(engine, new ConcentrationCalculator(RiskThresholds.DEFAULT),
                FeeSchedules.shipped(), profiles::get);
        importDollarRate("2");
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    @Test
    void estimatesUnstatedFeesAndKeepsStatedOnes() throws IOException {
        ingest(SALES);

        SellerReport report = analytics.report("alice", null, null);

        ChannelFigures etsy = channel(report, "etsy");
        // E-1 (8 Apr, 5%): 25.00 × 5% 1.25 + 4% 1.00 + 0.30 + 0.20 USD at 2 USD/EUR 0.10 = 2.65
        // E-2 (12 Apr, 6.5%): 30.00 × 6.5% 1.95 + 4% 1.20 + 0.30 + 2 units × 0.10 = 3.65
        // E-3 refunded: no revenue, no order, no unit: 0; E-4 stated: 3.00
        assertThat(etsy.revenue()).isEqualByComparingTo("95.00");
        assertThat(etsy.fees()).isEqualByComparingTo("9.30");
        assertThat(etsy.feeSource()).isEqualTo(FeeSource.STATED_AND_ESTIMATED);
        assertThat(etsy.feesEstimated()).isTrue();
        assertThat(etsy.feesStated()).isTrue();
        assertThat(etsy.net()).isEqualByComparingTo("85.70");

        ChannelFigures paypal = channel(report, "paypal");
        assertThat(paypal.fees()).as("100.00 × 2.9% + 0.35").isEqualByComparingTo("3.25");
        assertThat(paypal.feeSource()).isEqualTo(FeeSource.ESTIMATED);
        assertThat(paypal.feesStated()).isFalse();

        ChannelFigures markets = channel(report, "markets");
        assertThat(markets.fees()).isEqualByComparingTo("0");
        assertThat(markets.feeSource()).isEqualTo(FeeSource.NO_SCHEDULE);
        assertThat(markets.feesEstimated()).isFalse();

        assertThat(report.revenue()).isEqualByComparingTo("245.00");
        assertThat(report.fees()).isEqualByComparingTo("12.55");
        assertThat(report.net()).isEqualByComparingTo("232.45");
        assertThat(report.feesEstimated()).isTrue();
    }

    @Test
    void contributionsAreTakenOnRevenueAtTheSellersRate() throws IOException {
        ingest(SALES);

        SellerReport goods = analytics.report("alice", null, null);

        // 12.3%: etsy 95.00 → 11.685 → 11.68 (half even), paypal 12.30, markets 6.15
        assertThat(goods.contributionRate()).isEqualByComparingTo("0.123");
        assertThat(channel(goods, "etsy").contributions()).isEqualByComparingTo("11.68");
        assertThat(channel(goods, "etsy").kept()).as("95.00 − 9.30 − 11.68").isEqualByComparingTo("74.02");
        assertThat(goods.contributions()).isEqualByComparingTo("30.13");
        assertThat(goods.kept()).as("245.00 − 12.55 − 30.13").isEqualByComparingTo("202.32");

        profiles.save("alice", SellerProfile.parse("services"));
        SellerReport services = analytics.report("alice", null, null);

        // 21.2%: etsy 20.14, paypal 21.20, markets 10.60
        assertThat(services.contributionRate()).isEqualByComparingTo("0.212");
        assertThat(services.contributions()).isEqualByComparingTo("51.94");
        assertThat(services.kept()).as("245.00 − 12.55 − 51.94").isEqualByComparingTo("180.51");
    }

    @Test
    void theSellersHandComparisonOfALittleMarketAndPayPal() throws IOException {
        // "26% for the state + 5% for ALM + 5% for PayPal": 26% is her own rate (services with income tax at source)
        ingest(HEADER
                + "A-1,2017-03-14,A Little Market,,Necklace,N1,1,100.00,100.00,,,,,,EUR,,,,\n"
                + "P-1,2017-03-20,paypal,DIRECT,Necklace,N1,1,100.00,100.00,,,,5.00,,EUR,,,,\n");
        profiles.save("alice", SellerProfile.parse("26%"));

        SellerReport report = analytics.report("alice", null, null);

        ChannelFigures alm = channel(report, "a-little-market");
        assertThat(alm.fees()).as("5% of 100.00").isEqualByComparingTo("5.00");
        assertThat(alm.feeSource()).isEqualTo(FeeSource.ESTIMATED);
        assertThat(alm.contributions()).isEqualByComparingTo("26.00");
        assertThat(alm.kept()).isEqualByComparingTo("69.00");
        assertThat(channel(report, "paypal").feeSource()).isEqualTo(FeeSource.STATED);
        assertThat(channel(report, "paypal").feesEstimated()).isFalse();
        assertThat(report.kept()).as("200 − 10 − 52").isEqualByComparingTo("138.00");
    }

    @Test
    void aCardReadersSalesAtMarketsPayTheReadersFeesWhileCashPaysNone() throws IOException {
        Path square = Path.of(System.getProperty("eggbasket.samples", "../data-samples/src/main/resources/samples"))
                .resolve("square-item-sales/valid-square_items_detail_2026-06_33col.csv");
        new Ingestor(lake, Formats.standard()).ingest("alice", "items.csv", Files.readAllBytes(square), null,
                ParseContext.DEFAULT_ZONE);

        ChannelFigures markets = channel(analytics.report("alice", null, null), "markets");

        // the Square export names the channel "markets", which has no schedule; Square's own applies
        assertThat(markets.revenue()).isEqualByComparingTo("18.00");
        assertThat(markets.fees()).as("18.00 × 1.65% = 0.297").isEqualByComparingTo("0.30");
        assertThat(markets.feeSource()).isEqualTo(FeeSource.ESTIMATED);
        assertThat(FeeSchedules.shipped().scheduleOf(new FeeBase("markets",
                LocalDate.of(2022, 5, 7), "eggbasket-template", false, BigDecimal.TEN, 1, 1, 1)))
                .as("cash sales typed into the template").isEmpty();
    }

    @Test
    void statedFeesAloneAreNotMarkedEstimated() throws IOException {
        ingest(HEADER + "E-4,2022-04-13,etsy,,Bracelet,B1,1,40.00,40.00,,,,3.00,,EUR,,,,\n");

        SellerReport report = analytics.report("alice", null, null);

        assertThat(report.feesEstimated()).isFalse();
        assertThat(channel(report, "etsy").feeSource()).isEqualTo(FeeSource.STATED);
        assertThat(report.fees()).isEqualByComparingTo("3.00");
    }

    @Test
    void aPeriodBeforeTheSwitchUsesTheOldRate() throws IOException {
        ingest(SALES);

        SellerReport april = analytics.report("alice", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 11));

        assertThat(april.fees()).as("E-1 only").isEqualByComparingTo("2.65");
    }

    @Test
    void emptyReportCarriesTheSellersRate() {
        profiles.save("alice", SellerProfile.parse("services"));

        SellerReport report = analytics.report("alice", null, null);

        assertThat(report.contributionRate()).isEqualByComparingTo("0.212");
        assertThat(report.kept()).isEqualByComparingTo("0");
    }

    private void ingest(String csv) throws IOException {
        new Ingestor(lake, Formats.standard()).ingest("alice", "sales.csv", csv.getBytes(StandardCharsets.UTF_8), null,
                ParseContext.DEFAULT_ZONE);
    }

    private static ChannelFigures channel(SellerReport report, String name) {
        return report.channels().stream().filter(c -> c.channel().equals(name)).findFirst().orElseThrow();
    }

    /** 2 US dollars per euro on every weekday of 2017–2022, so 0.20 USD are 0.10 EUR. */
    private void importDollarRate(String rate) throws IOException {
        StringBuilder csv = new StringBuilder("Date,USD\n");
        for (LocalDate d = LocalDate.of(2022, 12, 30); !d.isBefore(LocalDate.of(2017, 1, 2)); d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                csv.append(d).append(',').append(rate).append('\n');
            }
        }
        Path file = data.resolve("rates-test.csv");
        Files.writeString(file, csv);
        new RatesStore(lake).importFile(file);
    }
}
