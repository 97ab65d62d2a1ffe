package app.eggbasket.dashboard.printable;

import app.eggbasket.analytics.report.MonthlyReport;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.analytics.scenario.ClosureScenario;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a printable report shows, gathered once: the seller report of the period (the JSON of
 * {@code GET /api/sellers/{id}/report}), its monthly series, and what closing the top platform the way
 * A Little Market closed in 2017 would cost.
 *
 * @param closure the ALM-2017 closure of the top platform, null when no revenue depends on a platform
 * @param madeOn  the day the report was made, printed in its footer
 */
public record PrintableReport(SellerReport report, MonthlyReport monthly, ClosureScenario closure, LocalDate madeOn) {

    public PrintableReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(madeOn, "madeOn");
        if (report.channels().isEmpty()) {
            throw new IllegalArgumentException("a printable report needs sales");
        }
    }

    /** The file a browser or the CLI saves it as: eggbasket-report-SELLER-FROM-TO.pdf ({@code to} excluded). */
    public String fileName() {
        return "eggbasket-report-" + report.seller() + "-" + report.from() + "-" + report.to() + ".pdf";
    }
}
