package app.eggbasket.analytics.scenario;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.report.MonthlyReport;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Scenarios for one seller and period (DESIGN §4): closure of a channel, a closure template, a fee hike,
 * a cash hold. Reads the seller report and monthly series from {@link SellerAnalytics} (so the same
 * period and currency rules apply) and computes with {@link ScenarioCalculator}.
 */
public final class Scenarios {

    /** Etsy's transaction fee before and after 11 April 2022: the default fee hike. */
    public static final BigDecimal ETSY_2022_OLD_RATE = new BigDecimal("0.05");
    public static final BigDecimal ETSY_2022_NEW_RATE = new BigDecimal("0.065");

    private final SellerAnalytics analytics;
    private final ScenarioCalculator calculator;

    public Scenarios(SellerAnalytics analytics, ConcentrationCalculator concentration) {
        this.analytics = analytics;
        this.calculator = new ScenarioCalculator(concentration);
    }

    /** The period's figures the scenarios start from. */
    public record Basis(SellerReport report, MonthlyReport monthly) {
    }

    /**
     * @param from, to, currency as in {@link SellerAnalytics#report(String, LocalDate, LocalDate, String)}
     */
    public Basis basis(String seller, LocalDate from, LocalDate to, String currency) {
        SellerReport report = analytics.report(seller, from, to, currency);
        if (report.channels().isEmpty()) {
            throw new ScenarioException("No sales for " + seller + " in this period: nothing to compute.");
        }
        return new Basis(report, analytics.monthly(seller, report.from(), report.to(), report.currency()));
    }

    public ClosureScenario closure(Basis basis, String channel, int noticeDays, BigDecimal substitution) {
        return calculator.closure(basis.report(), basis.monthly(), channel, noticeDays, substitution, null);
    }

    public ClosureScenario template(Basis basis, String channel, ClosureTemplate template, BigDecimal substitution) {
        return calculator.template(basis.report(), basis.monthly(), channel, template, substitution);
    }

    public FeeHikeScenario feeHike(Basis basis, String channel, BigDecimal oldRate, BigDecimal newRate) {
        return calculator.feeHike(basis.report(), basis.monthly(), channel, oldRate, newRate);
    }

    public CashHoldScenario cashHold(Basis basis, String channel, BigDecimal holdRate, int holdDays) {
        return calculator.cashHold(basis.report(), basis.monthly(), channel, holdRate, holdDays);
    }
}
