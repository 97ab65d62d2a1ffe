package app.eggbasket.dashboard.printable;

import app.eggbasket.analytics.currency.UnknownCurrencyException;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.analytics.scenario.ClosureScenario;
import app.eggbasket.analytics.scenario.ClosureTemplate;
import app.eggbasket.analytics.scenario.ScenarioException;
import app.eggbasket.analytics.scenario.Scenarios;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Gathers a {@link PrintableReport} for a seller and period from the same {@link Scenarios} (hence the same
 * {@link SellerAnalytics}) the pages, the API and the CLI use, so that its figures are theirs to the cent.
 * Plain Java: the dashboard makes one bean of it, the CLI one of its own.
 */
public final class PrintableReports {

    /** The closure the report prices: A Little Market's, 59 days' notice, none of the sales won back. */
    static final ClosureTemplate CLOSURE = ClosureTemplate.ALM_2017;

    private final Scenarios scenarios;
    private final Clock clock;

    public PrintableReports(Scenarios scenarios, Clock clock) {
        this.scenarios = scenarios;
        this.clock = clock;
    }

    /**
     * @param from, to, currency as in {@link SellerAnalytics#report(String, LocalDate, LocalDate, String)}
     * @throws NoSalesException               when the seller has no sales in the period
     * @throws UnknownCurrencyException       when the currency is not one the ECB publishes
     */
    public PrintableReport gather(String seller, LocalDate from, LocalDate to, String currency) {
        Scenarios.Basis basis;
        try {
            basis = scenarios.basis(seller, from, to, currency);
        } catch (ScenarioException noSales) {
            throw new NoSalesException(seller);
        }
        SellerReport report = basis.report();
        String platform = report.concentration().topPlatform();
        ClosureScenario closure = platform == null ? null
                : scenarios.template(basis, platform, CLOSURE, BigDecimal.ZERO);
        return new PrintableReport(report, basis.monthly(), closure, LocalDate.now(clock));
    }
}
