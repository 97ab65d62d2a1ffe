package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.market.MarketReportJson;
import app.eggbasket.dashboard.market.MarketReports;
import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.dashboard.security.SellerUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The public cooperative market report ({@code /market}, with CSV and JSON downloads) and each seller's
 * consent to contribute to it ({@code /sellers/{id}/market}).
 */
@Controller
class MarketPageController {

    private final MarketReports reports;
    private final SellerAccess access;
    private final ObjectMapper json;

    MarketPageController(MarketReports reports, SellerAccess access, ObjectMapper json) {
        this.reports = reports;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/market")
    String page(Locale locale, Model model) {
        model.addAttribute("market", MarketView.of(reports.published(), new LocalFormat(locale)));
        return "market";
    }

    @GetMapping("/market/report.csv")
    ResponseEntity<byte[]> csv() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"eggbasket-market-report.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(MarketReportJson.csv(reports.published()).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/market/report.json")
    ResponseEntity<byte[]> json() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"eggbasket-market-report.json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(MarketReportJson.text(reports.published(), json).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/sellers/{id}/market")
    String consentPage(@PathVariable String id, Authentication authentication, Model model) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        model.addAttribute("seller", seller);
        model.addAttribute("consents", reports.consents(seller));
        model.addAttribute("canChange", isTheSeller(authentication, seller));
        model.addAttribute("consentSince", reports.consentSince(seller).map(i -> i.atZone(java.time.ZoneId.of("Europe/Paris"))
                .toLocalDate()).orElse(null));
        return "consent";
    }

    @PostMapping("/sellers/{id}/market/consent")
    String consent(@PathVariable String id, @RequestParam(name = "consent", required = false) String consent,
                   Authentication authentication, RedirectAttributes redirect) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        if (!isTheSeller(authentication, seller)) {
            throw new AccessDeniedException("only the seller herself can give or withdraw her consent");
        }
        if ("on".equals(consent) || "off".equals(consent)) {
            reports.setConsent(seller, "on".equals(consent));
            redirect.addFlashAttribute("consentSaved", consent);
        }
        return "redirect:/sellers/" + seller + "/market";
    }

    /** Consent is the member's own act: an administrator sees it but cannot give or withdraw it for her. */
    private static boolean isTheSeller(Authentication authentication, String seller) {
        return authentication != null && authentication.getPrincipal() instanceof SellerUser user && !user.isAdmin()
                && seller.equals(user.sellerId());
    }
}
