package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.cooperative.MarketReports;
import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A seller's own consent (only she may see or change it) to contribute to the cooperative market report ({@code /sellers/{id}/market}). */
@PageController
class ConsentController {

    private final MarketReports reports;
    private final SellerAccess access;

    ConsentController(MarketReports reports, SellerAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @GetMapping("/sellers/{id}/market")
    String consentPage(@PathVariable String id, Authentication authentication, Model model) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        model.addAttribute("seller", seller);
        model.addAttribute("consents", reports.consents(seller));
        model.addAttribute("consentSince", reports.consentSince(seller).map(i -> i.atZone(java.time.ZoneId.of("Europe/Paris"))
                .toLocalDate()).orElse(null));
        return "consent";
    }

    @PostMapping("/sellers/{id}/market/consent")
    String consent(@PathVariable String id, @RequestParam(name = "consent", required = false) String consent,
                   Authentication authentication, RedirectAttributes redirect) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        if ("on".equals(consent) || "off".equals(consent)) {
            reports.setConsent(seller, "on".equals(consent));
            redirect.addFlashAttribute("consentSaved", consent);
        }
        return "redirect:/sellers/" + seller + "/market";
    }
}
