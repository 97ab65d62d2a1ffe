package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The market report on DuckDB over a real lake: consent, one glob over every seller's file, conversion to euros. */
class MarketDuckDbTests {

    @TempDir
    Path data;

    private Lake lake;
    private DuckDbEngine engine;
    private ConsentStore consents;
    private MarketAnalytics market;

    @BeforeEach
    void setUp() {
        lake = new Lake(data);
        engine = new DuckDbEngine(lake);
        consents = new ConsentStore(lake);
        market = new MarketAnalytics(engine, consents, RiskThresholds.DEFAULT);
        LakeWriter writer = new LakeWriter(lake);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        writer.merge("ana", List.of(line("ana", "etsy", ChannelKind.MARKETPLACE, "1", "2025-01-10", "EUR", "100.00"),
                line("ana", "own-shop", ChannelKind.OWN_SHOP, "2", "2025-04-02", "EUR", "50.00")), now);
        writer.merge("ben", List.of(line("ben", "etsy", ChannelKind.MARKETPLACE, "1", "2025-02-10", "EUR", "200.00")), now);
        // 104.65 USD on 3 March 2025, when the ECB rate was 1.0465 USD per euro: 100.00 EUR
        writer.merge("cleo", List.of(line("cleo", "etsy", ChannelKind.MARKETPLACE, "1", "2025-03-03", "USD", "104.65"),
                line("cleo", "etsy", ChannelKind.MARKETPLACE, "2", "2025-03-04", "ARS", "5000.00")), now);
        writer.merge("dan", List.of(line("dan", "etsy", ChannelKind.MARKETPLACE, "1", "2025-01-15", "EUR", "9999.00")), now);
        consents.give("ana");
        consents.give("ben");
        consents.give("cleo");
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    @Test
    void onlyConsentingSellersCountAndAmountsAreInEuros() {
        MarketComputation computed = market.compute(null, null, new DisclosureRules(1, BigDecimal.ONE));
        MarketReport report = computed.published();

        assertThat(report.consenting()).isEqualTo(3);
        assertThat(report.excludedLines()).as("the ARS line: no ECB rate").isEqualTo(1);
        assertThat(report.quarters()).containsExactly("2025-Q1", "2025-Q2");
        assertThat(report.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(report.to()).isEqualTo(LocalDate.of(2025, 7, 1));
        // dan did not consent: his 9,999.00 never counts. 100 + 200 + 100 (USD converted) + 50
        assertThat(report.total().figures().revenue()).isEqualByComparingTo("450.00");
        assertThat(report.total().figures().sellers()).isEqualTo(3);
        MarketCell.Figures etsyQ1 = computed.truth(CellKey.channelQuarter("etsy", ChannelKind.MARKETPLACE, "2025-Q1"));
        assertThat(etsyQ1.revenue()).isEqualByComparingTo("400.00");
        assertThat(etsyQ1.sellers()).isEqualTo(3);
    }

    @Test
    void withdrawingConsentRemovesTheSellerFromTheNextReport() {
        consents.withdraw("ben");
        MarketReport report = market.report(null, null, new DisclosureRules(1, BigDecimal.ONE));

        assertThat(report.consenting()).isEqualTo(2);
        assertThat(report.total().figures().revenue()).isEqualByComparingTo("250.00");
        assertThat(consents.consents("ben")).isFalse();
        assertThat(consents.consenting()).containsExactly("ana", "cleo");
    }

    @Test
    void anaAloneOnHerShopHidesEtsyTooBecauseTheTotalWouldGiveHerShopAway() {
        MarketComputation computed = market.compute(null, null, DisclosureRules.DEFAULT);
        MarketReport report = computed.published();

        // etsy passes both rules (3 sellers, largest 50%) but total (450.00) - etsy (400.00) = ana's shop:
        // secondary suppression hides etsy (and the MARKETPLACE kind, equal to it), the total stays published
        assertThat(computed.status(CellKey.channel("etsy", ChannelKind.MARKETPLACE))).isEqualTo(Disclosure.Status.SECONDARY);
        assertThat(computed.status(CellKey.channel(MarketComputation.OTHER, ChannelKind.OWN_SHOP))).isEqualTo(Disclosure.Status.FREQUENCY);
        assertThat(report.total().status()).isEqualTo(MarketCell.Status.PUBLISHED);
        assertThat(report.total().figures().revenue()).isEqualByComparingTo("450.00");
        assertThat(report.channels()).allSatisfy(c -> assertThat(c.status()).isEqualTo(MarketCell.Status.SUPPRESSED));
        Attacker attacker = new Attacker(report);
        assertThat(attacker.byDifferencing()).isEmpty();
        assertThat(attacker.byElimination()).isEmpty();
    }

    @Test
    void theCompactCopyGivesTheSameReportAndNeverAStaleOne() {
        MarketComputation before = market.compute(null, null, new DisclosureRules(1, BigDecimal.ONE));
        assertThat(engine.compact()).isEqualTo(4);
        MarketComputation compacted = market.compute(null, null, new DisclosureRules(1, BigDecimal.ONE));
        assertThat(compacted.published()).isEqualTo(before.published());

        // ben uploads again after the compaction: his new line counts, read from his own file
        new LakeWriter(lake).merge("ben", List.of(line("ben", "etsy", ChannelKind.MARKETPLACE, "2", "2025-02-11", "EUR", "25.00")),
                Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(market.report(null, null, new DisclosureRules(1, BigDecimal.ONE)).total().figures().revenue())
                .isEqualByComparingTo("475.00");

        // ana erases her data: her lines never come back from the compact copy
        new LakeWriter(lake).erase("ana");
        MarketReport afterErasure = market.report(null, null, new DisclosureRules(1, BigDecimal.ONE));
        assertThat(afterErasure.total().figures().revenue()).isEqualByComparingTo("325.00"); // 225 ben + 100 cleo
        assertThat(afterErasure.total().figures().sellers()).isEqualTo(2);
    }

    @Test
    void noConsentNoReport() {
        List.of("ana", "ben", "cleo").forEach(consents::withdraw);
        MarketReport report = market.report(null, null, DisclosureRules.DEFAULT);

        assertThat(report.consenting()).isZero();
        assertThat(report.total().status()).isEqualTo(MarketCell.Status.EMPTY);
        assertThat(report.channels()).isEmpty();
    }

    private static SaleLine line(String seller, String channel, ChannelKind kind, String order, String date,
                                 String currency, String amount) {
        LocalDate day = LocalDate.parse(date);
        BigDecimal value = new BigDecimal(amount);
        BigDecimal zero = BigDecimal.ZERO;
        return new SaleLine(seller, channel, kind, "test", "upload-1", 2, order, order,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), day, "item", null, 1, currency, value, zero, zero, zero, zero,
                null, value, null, null, SaleStatus.COMPLETED);
    }
}
