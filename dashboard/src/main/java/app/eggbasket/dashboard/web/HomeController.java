package app.eggbasket.dashboard.web;

import app.eggbasket.analytics.currency.ConversionUnavailableException;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.ingestion.lake.Lake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The login page, and the home page: a seller goes to her overview, an admin sees every seller by risk. */
@PageController
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);

    /** One seller in the admin's list; {@code risk} null when her report cannot be computed. */
    public record SellerRow(String seller, String revenue, String topPlatform, String topPlatformShare, String risk,
                            double sortKey) {
    }

    private final Lake lake;
    private final SellerAnalytics analytics;

    HomeController(Lake lake, SellerAnalytics analytics) {
        this.lake = lake;
        this.analytics = analytics;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SellerUser user, Model model, Locale locale) {
        if (user != null && !user.isAdmin()) {
            return "redirect:/sellers/" + user.sellerId();
        }
        LocalFormat format = new LocalFormat(locale);
        List<SellerRow> rows = new ArrayList<>();
        for (String seller : lake.sellerIds()) {
            rows.add(row(seller, format));
        }
        rows.sort(Comparator.comparingDouble(SellerRow::sortKey).reversed().thenComparing(SellerRow::seller));
        model.addAttribute("sellers", rows);
        return "sellers";
    }

    private SellerRow row(String seller, LocalFormat format) {
        try {
            SellerReport r = analytics.report(seller, null, null);
            return new SellerRow(seller, format.money(r.revenue(), r.currency()), r.concentration().topPlatform(),
                    format.percent(r.concentration().topPlatformShare()), r.concentration().risk().name(),
                    r.concentration().topPlatformShare().doubleValue());
        } catch (ConversionUnavailableException e) {
            log.info("no report for {}: {}", seller, e.getMessage());
            return new SellerRow(seller, null, null, null, null, -1);
        }
    }
}
