package app.eggbasket.analytics.scenario;

import app.eggbasket.analytics.concentration.ChannelRevenue;
import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.report.ChannelFigures;
import app.eggbasket.analytics.report.FeeSource;
import app.eggbasket.analytics.report.MonthlyReport;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.ingestion.sale.ChannelKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scenarios on reports built by hand, every figure checked by hand: a seller with 1,200 over 2025
 * (12 months), 70% on Etsy (840, fees 84 stated, net 756), 20% on a second channel (240), 10% on a third (120).
 */
class ScenarioCalculatorTests {

    private static final ConcentrationCalculator CONCENTRATION = new ConcentrationCalculator(RiskThresholds.DEFAULT);
    private static final BigDecimal CONTRIBUTION_RATE = new BigDecimal("0.123");
    private final ScenarioCalculator calculator = new ScenarioCalculator(CONCENTRATION);

    @Test
    void closingThe70PercentPlatformWithSubstitution02LosesShare056() {
        SellerReport report = report(ch("etsy", ChannelKind.MARKETPLACE, "840", "84"),
                ch("own-shop", ChannelKind.OWN_SHOP, "240", "0"), ch("markets", ChannelKind.IN_PERSON, "120", "0"));

        ClosureScenario s = calculator.closure(report, monthly(report), "etsy", 0, new BigDecimal("0.2"), null);

        assertThat(s.monthsInPeriod()).isEqualTo(12);
        assertThat(s.shareLost()).as("0.7 × (1 − 0.2)").isEqualByComparingTo("0.56");
        assertThat(s.revenueLostPerMonth()).as("840 / 12 × 0.8").isEqualByComparingTo("56.00");
        assertThat(s.netLostPerMonth()).as("(840 − 84) / 12 × 0.8").isEqualByComparingTo("50.40");
        assertThat(s.revenueLost12Months()).as("no notice: 12 × 56").isEqualByComparingTo("672.00");
        assertThat(s.netLost12Months()).isEqualByComparingTo("604.80");
        assertThat(s.keptLostPerMonth()).as("(840 − 84 − 12.3% × 840 = 652.68) / 12 × 0.8").isEqualByComparingTo("43.51");
        assertThat(s.keptLost12Months()).as("652.68 × 0.8").isEqualByComparingTo("522.14");
        assertThat(s.months()).allSatisfy(m -> assertThat(m.keptLost()).isEqualByComparingTo("43.51"));
        assertThat(s.contributionRate()).isEqualByComparingTo("0.123");
        assertThat(s.announced()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(s.closes()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(s.months()).hasSize(12).allSatisfy(m -> assertThat(m.revenueLost()).isEqualByComparingTo("56.00"));
        assertThat(s.before().hhi()).as("10,000 × (0.49 + 0.04 + 0.01)").isEqualByComparingTo("5400.0");
        assertThat(s.before().risk()).isEqualTo(Risk.CRITICAL);

        // 0.2 × 840 = 168 won back, pro rata 240:120 → own-shop 240 + 112 = 352, markets 120 + 56 = 176, total 528
        assertThat(s.revenueAfter()).isEqualByComparingTo("528.00");
        assertThat(s.substitutedTo()).containsExactly("own-shop", "markets");
        assertThat(s.channelsAfter()).extracting(ClosureScenario.ChannelAfter::channel).containsExactly("own-shop", "markets");
        assertThat(s.channelsAfter().get(0).revenue()).isEqualByComparingTo("352.00");
        assertThat(s.channelsAfter().get(0).share()).isEqualByComparingTo("0.6667");
        assertThat(s.channelsAfter().get(1).revenue()).isEqualByComparingTo("176.00");
        assertThat(s.after().hhi()).as("10,000 × (4/9 + 1/9)").isEqualByComparingTo("5555.6");
        assertThat(s.after().topPlatformShare()).isEqualByComparingTo("0");
        assertThat(s.after().controlledShare()).isEqualByComparingTo("1");
        assertThat(s.after().risk()).isEqualTo(Risk.LOW);
    }

    @Test
    void substitutionGoesToControlledChannelsOnlyNeverToAnotherPlatform() {
        SellerReport report = report(ch("etsy", ChannelKind.MARKETPLACE, "840", "84"),
                ch("amazon", ChannelKind.MARKETPLACE, "240", "0"), ch("own-shop", ChannelKind.OWN_SHOP, "120", "0"));

        ClosureScenario s = calculator.closure(report, monthly(report), "etsy", 0, new BigDecimal("0.2"), null);

        // amazon keeps 240, own-shop 120 + 168 = 288; total 528; HHI = (240² + 288²) / 528² = 140,544 / 278,784
        assertThat(s.substitutedTo()).containsExactly("own-shop");
        assertThat(s.channelsAfter().get(0).share()).as("240 / 528").isEqualByComparingTo("0.4545");
        assertThat(s.channelsAfter().get(1).share()).as("288 / 528").isEqualByComparingTo("0.5455");
        assertThat(s.after().hhi()).isEqualByComparingTo("5041.3");
        assertThat(s.after().topPlatform()).isEqualTo("amazon");
        assertThat(s.after().risk()).isEqualTo(Risk.HIGH);
    }

    @Test
    void aSellerWithoutControlledChannelsWinsBackThroughANewDirectChannel() {
        SellerReport report = report(ch("etsy", ChannelKind.MARKETPLACE, "840", "0"), ch("amazon", ChannelKind.MARKETPLACE, "360", "0"));

        ClosureScenario s = calculator.closure(report, monthly(report), "etsy", 0, new BigDecimal("0.5"), null);

        // 420 won back → direct 420, amazon 360, total 780
        assertThat(s.substitutedTo()).containsExactly(ScenarioCalculator.DIRECT);
        assertThat(s.channelsAfter()).extracting(ClosureScenario.ChannelAfter::channel).containsExactly("amazon", "direct");
        assertThat(s.channelsAfter().get(1).kind()).isEqualTo(ChannelKind.DIRECT);
        assertThat(s.channelsAfter().get(1).share()).as("420 / 780").isEqualByComparingTo("0.5385");
        assertThat(s.after().topPlatformShare()).as("360 / 780").isEqualByComparingTo("0.4615");
        assertThat(s.after().risk()).isEqualTo(Risk.HIGH);
        assertThat(s.shareLost()).as("0.7 × 0.5").isEqualByComparingTo("0.35");
    }

    @Test
    void aLittleMarketGave59DaysSoNothingIsLostInJanuaryAndFebruary2026() {
        SellerReport report = report(ch("etsy", ChannelKind.MARKETPLACE, "840", "84"),
                ch("own-shop", ChannelKind.OWN_SHOP, "240", "0"), ch("markets", ChannelKind.IN_PERSON, "120", "0"));

        ClosureScenario s = calculator.template(report, monthly(report), "etsy", ClosureTemplate.ALM_2017, BigDecimal.ZERO);

        assertThat(ClosureTemplate.ALM_2017.noticeDays()).as("3 July → 31 August 2017").isEqualTo(59);
        assertThat(s.template()).isEqualTo("alm-2017");
        assertThat(s.reviewsLost()).isTrue();
        assertThat(s.closes()).as("2026-01-01 + 59 days = 31 + 28 days").isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(s.months().get(0).revenueLost()).isEqualByComparingTo("0");
        assertThat(s.months().get(1).revenueLost()).isEqualByComparingTo("0");
        assertThat(s.months().get(2).revenueLost()).isEqualByComparingTo("70.00");
        assertThat(s.months().get(2).netLost()).as("756 / 12").isEqualByComparingTo("63.00");
        assertThat(s.revenueLost12Months()).as("10 × 70").isEqualByComparingTo("700.00");
        assertThat(s.shareLost()).isEqualByComparingTo("0.7");
        assertThat(s.after().risk()).isEqualTo(Risk.LOW);
        assertThat(s.channelsAfter().get(0).share()).as("240 / 360").isEqualByComparingTo("0.6667");
    }

    @Test
    void daWandaGave61DaysSoMarchLoses29Of31Days() {
        SellerReport report = report(ch("etsy", ChannelKind.MARKETPLACE, "840", "84"), ch("own-shop", ChannelKind.OWN_SHOP, "360", "0"));

        ClosureScenario s = calculator.template(report, monthly(report), "etsy", ClosureTemplate.DAWANDA_2018, BigDecimal.ZERO);

        assertThat(ClosureTemplate.DAWANDA_2018.noticeDays()).as("30 June → 30 August 2018").isEqualTo(61);
        assertThat(s.reviewsLost()).isFalse();
        assertThat(s.closes()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(s.months().get(2).daysClosed()).isEqualTo(29);
        assertThat(s.months().get(2).revenueLost()).as("70 × 29 / 31 = 65.4839").isEqualByComparingTo("65.48");
        assertThat(s.revenueLost12Months()).as("65.48 + 9 × 70").isEqualByComparingTo("695.48");
    }

    @Test
    void aSuspensionLosesFromTheFirstDay() {
        SellerReport report = report(ch("etsy", ChannelKind.MARKETPLACE, "840", "84"), ch("own-shop", ChannelKind.OWN_SHOP, "360", "0"));

        ClosureScenario s = calculator.template(report, monthly(report), "etsy", ClosureTemplate.SUSPENSION, BigDecimal.ZERO);

        assertThat(s.noticeDays()).isZero();
        assertThat(s.revenueLost12Months()).isEqualByComparingTo("840.00");
        assertThat(s.netLost12Months()).isEqualByComparingTo("756.00");
    }

    @Test
    void etsyFeeHikeFrom5To6Point5PercentCosts1Point05AMonthOn70() {
        SellerReport report = report(ch("etsy", ChannelKind.MARKETPLACE, "840", "84"),
                ch("own-shop", ChannelKind.OWN_SHOP, "240", "0"), ch("markets", ChannelKind.IN_PERSON, "120", "0"));

        FeeHikeScenario s = calculator.feeHike(report, monthly(report), "etsy", new BigDecimal("0.05"), new BigDecimal("0.065"));

        assertThat(s.netLostPerMonth()).as("70 × 0.015").isEqualByComparingTo("1.05");
        assertThat(s.netLost12Months()).isEqualByComparingTo("12.60");
        assertThat(s.netLostInPeriod()).as("840 × 0.015").isEqualByComparingTo("12.60");
        assertThat(s.channelNetAfter()).as("756 − 12.60").isEqualByComparingTo("743.40");
        assertThat(s.netAfter()).as("1,116 − 12.60").isEqualByComparingTo("1103.40");
        assertThat(s.shareOfNetLost()).as("12.60 / 1,116 = 0.01129").isEqualByComparingTo("0.0113");
        assertThat(s.risk()).isEqualTo(Risk.CRITICAL);
    }

    @Test
    void cashHoldOf25PercentFor90DaysLocksUpAboutHalfAMonthOfRevenue() {
        SellerReport report = report(ch("etsy", ChannelKind.MARKETPLACE, "840", "84"),
                ch("own-shop", ChannelKind.OWN_SHOP, "240", "0"), ch("markets", ChannelKind.IN_PERSON, "120", "0"));

        CashHoldScenario s = calculator.cashHold(report, monthly(report), "etsy", new BigDecimal("0.25"), 90);

        assertThat(s.heldPerMonth()).as("70 × 0.25").isEqualByComparingTo("17.50");
        assertThat(s.balanceHeld()).as("70 / 30.4375 × 0.25 × 90 = 51.7454").isEqualByComparingTo("51.75");
        assertThat(s.shareOfMonthlyRevenue()).as("51.7454 / 100").isEqualByComparingTo("0.5175");
        // held per day 0.574949…: end of January (31 days) 17.82, of February (59) 33.92, of March (90) 51.75
        assertThat(s.months().get(0).balanceAtEnd()).isEqualByComparingTo("17.82");
        assertThat(s.months().get(1).balanceAtEnd()).isEqualByComparingTo("33.92");
        assertThat(s.months().get(1).cashMissing()).isEqualByComparingTo("16.10");
        assertThat(s.months().get(2).balanceAtEnd()).isEqualByComparingTo("51.75");
        assertThat(s.months().get(3).cashMissing()).isEqualByComparingTo("0");
        assertThat(s.months().stream().map(CashHoldScenario.MonthHold::cashMissing).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("51.75");
    }

    @Test
    void twelveMonthTotalsAreExactSumsRoundedOnceNotSumsOfRoundedMonths() {
        // 1,000.00 over 12 months: 83.3333… a month, shown 83.33; a year without notice loses exactly 1,000.00
        SellerReport report = report(ch("etsy", ChannelKind.MARKETPLACE, "1000", "0"), ch("own-shop", ChannelKind.OWN_SHOP, "200", "0"));

        ClosureScenario s = calculator.closure(report, monthly(report), "etsy", 0, BigDecimal.ZERO, null);

        assertThat(s.revenueLostPerMonth()).isEqualByComparingTo("83.33");
        assertThat(s.months().get(0).revenueLost()).isEqualByComparingTo("83.33");
        assertThat(s.revenueLost12Months()).isEqualByComparingTo("1000.00");
    }

    @Test
    void unknownChannelsAndRatesOutOfRangeAreRefusedInPlainWords() {
        SellerReport report = report(ch("etsy", ChannelKind.MARKETPLACE, "840", "0"), ch("own-shop", ChannelKind.OWN_SHOP, "360", "0"));

        assertThatThrownBy(() -> calculator.closure(report, monthly(report), "dawanda", 0, BigDecimal.ZERO, null))
                .isInstanceOf(ScenarioException.class).hasMessage("Unknown channel 'dawanda': the channels of this period are etsy, own-shop.");
        assertThatThrownBy(() -> calculator.closure(report, monthly(report), "etsy", 0, new BigDecimal("1.2"), null))
                .hasMessageContaining("substitution rate must be a fraction from 0 to 1");
        assertThatThrownBy(() -> calculator.closure(report, monthly(report), "etsy", -1, BigDecimal.ZERO, null))
                .hasMessageContaining("notice period");
        assertThatThrownBy(() -> calculator.cashHold(report, monthly(report), "etsy", BigDecimal.ZERO, 90))
                .hasMessageContaining("more than 0");
        assertThatThrownBy(() -> ClosureTemplate.byId("amazon-2030"))
                .hasMessage("Unknown template 'amazon-2030': use one of alm-2017, dawanda-2018, suspension.");
        assertThat(calculator.closure(report, monthly(report), "ETSY", 0, BigDecimal.ZERO, null).channel().name())
                .isEqualTo("etsy");
    }

    // -- a report for 2025 as SellerAnalytics builds it

    private record Ch(String channel, ChannelKind kind, BigDecimal revenue, BigDecimal fees) {
    }

    private static Ch ch(String channel, ChannelKind kind, String revenue, String fees) {
        return new Ch(channel, kind, new BigDecimal(revenue).setScale(2), new BigDecimal(fees).setScale(2));
    }

    private static SellerReport report(Ch... channels) {
        List<ChannelRevenue> revenues = new ArrayList<>();
        for (Ch c : channels) {
            revenues.add(new ChannelRevenue(c.channel(), c.kind(), c.revenue()));
        }
        BigDecimal positive = ConcentrationCalculator.positiveTotal(revenues);
        List<ChannelFigures> figures = new ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO.setScale(2);
        BigDecimal fees = BigDecimal.ZERO.setScale(2);
        BigDecimal contributions = BigDecimal.ZERO.setScale(2);
        for (Ch c : channels) {
            BigDecimal contribution = c.revenue().multiply(CONTRIBUTION_RATE).setScale(2, RoundingMode.HALF_EVEN);
            figures.add(new ChannelFigures(c.channel(), c.kind(), c.revenue(),
                    ConcentrationCalculator.share(c.revenue(), positive).setScale(4, RoundingMode.HALF_EVEN), 10, c.fees(),
                    false, c.fees().signum() > 0, c.revenue().subtract(c.fees()),
                    c.fees().signum() > 0 ? FeeSource.STATED : FeeSource.NO_SCHEDULE, contribution,
                    c.revenue().subtract(c.fees()).subtract(contribution)));
            revenue = revenue.add(c.revenue());
            fees = fees.add(c.fees());
            contributions = contributions.add(contribution);
        }
        return new SellerReport("ines", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), "EUR", revenue, fees,
                revenue.subtract(fees), 30, figures, CONCENTRATION.of(revenues), null, false, CONTRIBUTION_RATE,
                contributions, revenue.subtract(fees).subtract(contributions), null);
    }

    private static MonthlyReport monthly(SellerReport report) {
        List<MonthlyReport.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthlyReport.Month(YearMonth.of(2025, m), BigDecimal.ZERO, List.of(), BigDecimal.ZERO,
                    BigDecimal.ZERO, "LOW", BigDecimal.ZERO, BigDecimal.ZERO));
        }
        return new MonthlyReport(report.seller(), report.from(), report.to(), report.currency(), List.of(), months, null, null);
    }
}
