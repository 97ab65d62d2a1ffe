package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.analytics.currency.UnknownCurrencyException;
import app.eggbasket.analytics.report.MonthlyReport;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.dashboard.security.SellerAccess;
import org.springframework.security.core.Authentication;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A seller's overview for a period (default: all her data): KPI, the closure risk in plain words,
 * channel shares and their monthly evolution. Several currencies or no data yet give a message, not charts.
 */
@PageController
class OverviewController {

    /** The currencies offered in the period form; any ECB currency works through {@code ?currency=}. */
    static final List<String> CURRENCY_CHOICES = List.of("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "DKK", "NOK",
            "PLN", "CZK", "JPY");

    private final SellerAnalytics analytics;
    private final SellerAccess access;
    private final app.eggbasket.dashboard.cooperative.Editions editions;
    private final app.eggbasket.dashboard.web.ChannelNames channelNames;

    OverviewController(SellerAnalytics analytics, SellerAccess access, app.eggbasket.dashboard.cooperative.Editions editions,
                       app.eggbasket.dashboard.web.ChannelNames channelNames) {
        this.channelNames = channelNames;
        this.analytics = analytics;
        this.access = access;
        this.editions = editions;
    }

    /** The currencies her period can be reported in whole, and the one she asked for if it is not among them. */
    private List<String> currencyChoices(String seller, SellerRequests.DateRange period, String requested) {
        List<String> choices = new ArrayList<>(analytics.reportableCurrencies(seller, period.from(), period.to(),
                CURRENCY_CHOICES));
        if (requested != null && !choices.contains(requested)) {
            choices.add(requested);
        }
        return choices;
    }

    @GetMapping("/sellers/{id}")
    String overview(@PathVariable String id, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to,
                    @RequestParam(name = "currency", required = false) String currencyParam,
                    Authentication authentication, Locale locale, Model model) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        model.addAttribute("seller", seller);
        model.addAttribute("fromParam", from);
        model.addAttribute("toParam", to);
        model.addAttribute("currencyParam", currencyParam);
        model.addAttribute("currencyChoices", List.of(SellerAnalytics.DEFAULT_CURRENCY));
        SellerRequests.DateRange period;
        String currency;
        try {
            period = SellerRequests.period(from, to);
            currency = SellerRequests.currency(currencyParam);
        } catch (InvalidRequestException e) {
            model.addAttribute("errorKey", e.messageKey());
            return "overview";
        }
        try {
            model.addAttribute("currencyChoices", currencyChoices(seller, period, currency));
            SellerReport report = analytics.report(seller, period.from(), period.to(), currency);
            model.addAttribute("leftOut", LeftOutView.of(report.leftOut(), new LocalFormat(locale)));
            model.addAttribute("reportCurrency", report.currency());
            if (report.channels().isEmpty()) {
                model.addAttribute("empty", true);
                model.addAttribute("filtered", period.from() != null || period.to() != null);
                return "overview";
            }
            MonthlyReport monthly = analytics.monthly(seller, period.from(), period.to(), report.currency());
            model.addAttribute("view", new OverviewView(report, monthly, new LocalFormat(locale), channelId -> channelNames.name(channelId, locale)));
            model.addAttribute("benchmarks", CooperativeBenchmark.of(seller, editions, analytics, new LocalFormat(locale)));
        } catch (UnknownCurrencyException e) {
            model.addAttribute("errorKey", "error.currency");
        }
        return "overview";
    }
}
