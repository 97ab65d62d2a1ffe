package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.engine.Period;

import java.time.LocalDate;
import java.util.List;

/**
 * Builds the cooperative market report (DESIGN §5) on any {@link MarketEngine}: only consenting members
 * count, amounts in euros (each line converted at the ECB rate of its date, as the seller report does;
 * lines without a rate are left out and counted), then disclosure control.
 */
public final class MarketAnalytics {

    public static final String CURRENCY = "EUR";
    private static final LocalDate BEGINNING = LocalDate.of(1970, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 1, 1);

    private final MarketEngine engine;
    private final ConsentStore consents;
    private final RiskThresholds thresholds;

    public MarketAnalytics(MarketEngine engine, ConsentStore consents, RiskThresholds thresholds) {
        this.engine = engine;
        this.consents = consents;
        this.thresholds = thresholds;
    }

    /** The published report; {@code from}/{@code to} null for all the data. */
    public MarketReport report(LocalDate from, LocalDate to, DisclosureRules rules) {
        return compute(from, to, rules).published();
    }

    /** Every cell with its true figures and status: for tests and audits, never to be published as is. */
    public MarketComputation compute(LocalDate from, LocalDate to, DisclosureRules rules) {
        List<String> sellers = consents.consenting();
        Period period = new Period(from == null ? BEGINNING : from, to == null ? END : to);
        if (sellers.isEmpty()) {
            return MarketComputation.of(List.of(), rules, thresholds, from, to, 0, 0);
        }
        QuarterlySums sums = engine.marketSums(sellers, period, CURRENCY);
        return MarketComputation.of(sums, rules, thresholds, from, to, sellers.size());
    }
}
