package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.report.MixedCurrencyException;
import app.eggbasket.analytics.report.MonthlyReport;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.dashboard.security.SellerAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * A seller's overview for a period (default: all her data): KPI, the closure risk in plain words,
 * channel shares and their monthly evolution. Several currencies or no data yet give a message, not charts.
 */
@Controller
class OverviewController {

    private final SellerAnalytics analytics;
    private final SellerAccess access;

    OverviewController(SellerAnalytics analytics, SellerAccess access) {
        this.analytics = analytics;
        this.access = access;
    }

    @GetMapping("/sellers/{id}")
    String overview(@PathVariable String id, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, Authentication authentication, Locale locale, Model model) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        model.addAttribute("seller", seller);
        model.addAttribute("fromParam", from);
        model.addAttribute("toParam", to);
        SellerRequests.DateRange period;
        try {
            period = SellerRequests.period(from, to);
        } catch (InvalidRequestException e) {
            model.addAttribute("errorKey", e.messageKey());
            return "overview";
        }
        try {
            SellerReport report = analytics.report(seller, period.from(), period.to());
            if (report.channels().isEmpty()) {
                model.addAttribute("empty", true);
                model.addAttribute("filtered", period.from() != null || period.to() != null);
                return "overview";
            }
            MonthlyReport monthly = analytics.monthly(seller, period.from(), period.to());
            model.addAttribute("view", new OverviewView(report, monthly, new LocalFormat(locale)));
        } catch (MixedCurrencyException e) {
            model.addAttribute("currencies", String.join(", ", e.currencies()));
        }
        return "overview";
    }
}
