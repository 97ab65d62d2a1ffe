package app.eggbasket.analytics.concentration;

import app.eggbasket.ingestion.sale.ChannelKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-computed cases of DESIGN §4. */
class ConcentrationCalculatorTests {

    private final ConcentrationCalculator calculator = new ConcentrationCalculator(RiskThresholds.DEFAULT);

    @Test
    void seventyTwentyTenGivesHhi5400AndEffective185() {
        Concentration c = calculator.of(List.of(
                channel("etsy", ChannelKind.MARKETPLACE, "7000"),
                channel("own-shop", ChannelKind.OWN_SHOP, "2000"),
                channel("markets", ChannelKind.IN_PERSON, "1000")));

        assertThat(c.hhi()).isEqualByComparingTo("5400.0");
        assertThat(c.effectiveChannels()).isEqualByComparingTo("1.85");
        assertThat(c.cr1()).isEqualByComparingTo("0.7");
        assertThat(c.topChannel()).isEqualTo("etsy");
        assertThat(c.platformShare()).isEqualByComparingTo("0.7");
        assertThat(c.controlledShare()).isEqualByComparingTo("0.3");
        assertThat(c.topPlatformShare()).isEqualByComparingTo("0.7");
        // exp(-(0.7 ln 0.7 + 0.2 ln 0.2 + 0.1 ln 0.1)) = exp(0.8018) = 2.23
        assertThat(c.entropyEffective()).isEqualByComparingTo("2.23");
        assertThat(c.risk()).isEqualTo(Risk.CRITICAL);
    }

    @Test
    void fiveEqualChannelsGiveHhi2000() {
        Concentration c = calculator.of(List.of(
                channel("a", ChannelKind.MARKETPLACE, "100"), channel("b", ChannelKind.MARKETPLACE, "100"),
                channel("c", ChannelKind.OWN_SHOP, "100"), channel("d", ChannelKind.IN_PERSON, "100"),
                channel("e", ChannelKind.DIRECT, "100")));

        assertThat(c.hhi()).isEqualByComparingTo("2000.0");
        assertThat(c.effectiveChannels()).isEqualByComparingTo("5.00");
        assertThat(c.entropyEffective()).isEqualByComparingTo("5.00");
        assertThat(c.topPlatformShare()).isEqualByComparingTo("0.2");
        assertThat(c.risk()).isEqualTo(Risk.MODERATE);
    }

    @Test
    void eightyPercentOnHerOwnShopIsLowRisk() {
        Concentration c = calculator.of(List.of(
                channel("own-shop", ChannelKind.OWN_SHOP, "8000"),
                channel("markets", ChannelKind.IN_PERSON, "1300"),
                channel("etsy", ChannelKind.MARKETPLACE, "700")));

        assertThat(c.hhi()).isEqualByComparingTo("6618.0");
        assertThat(c.topPlatform()).isEqualTo("etsy");
        assertThat(c.topPlatformShare()).isEqualByComparingTo("0.07");
        assertThat(c.risk()).isEqualTo(Risk.LOW);
    }

    @Test
    void channelsWithoutPositiveRevenueTakeNoShare() {
        Concentration c = calculator.of(List.of(
                channel("etsy", ChannelKind.MARKETPLACE, "300"),
                channel("own-shop", ChannelKind.OWN_SHOP, "-50")));

        assertThat(c.hhi()).isEqualByComparingTo("10000.0");
        assertThat(c.topPlatformShare()).isEqualByComparingTo("1");
    }

    @Test
    void riskBandsFollowTopPlatformShareBounds() {
        assertThat(RiskThresholds.DEFAULT.classify(new BigDecimal("0.0999"))).isEqualTo(Risk.LOW);
        assertThat(RiskThresholds.DEFAULT.classify(new BigDecimal("0.10"))).isEqualTo(Risk.MODERATE);
        assertThat(RiskThresholds.DEFAULT.classify(new BigDecimal("0.25"))).isEqualTo(Risk.HIGH);
        assertThat(RiskThresholds.DEFAULT.classify(new BigDecimal("0.50"))).isEqualTo(Risk.CRITICAL);
    }

    @Test
    void noRevenueAtAllIsLowRiskWithNoTopChannel() {
        Concentration c = calculator.of(List.of());

        assertThat(c.topChannel()).isNull();
        assertThat(c.risk()).isEqualTo(Risk.LOW);
    }

    private static ChannelRevenue channel(String name, ChannelKind kind, String revenue) {
        return new ChannelRevenue(name, kind, new BigDecimal(revenue));
    }
}
