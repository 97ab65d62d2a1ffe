package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.profile.SellerProfile;
import app.eggbasket.analytics.profile.SellerProfiles;
import app.eggbasket.dashboard.security.SellerAccess;
import org.springframework.security.core.Authentication;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The contribution-rate form of the overview's "what you keep" card: sales of goods (12.3%), artisanal
 * services (21.2%), or the seller's own rate in percent.
 */
@PageController
class ProfileController {

    private final SellerProfiles profiles;
    private final SellerAccess access;

    ProfileController(SellerProfiles profiles, SellerAccess access) {
        this.profiles = profiles;
        this.access = access;
    }

    @PostMapping("/sellers/{id}/profile")
    String save(@PathVariable String id, @RequestParam(name = "activity", required = false) String activity,
                @RequestParam(name = "rate", required = false) String rate,
                @RequestParam(name = "from", required = false) String from,
                @RequestParam(name = "to", required = false) String to,
                @RequestParam(name = "currency", required = false) String currency,
                Authentication authentication, RedirectAttributes redirect) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        try {
            SellerProfile profile = "custom".equals(activity)
                    ? SellerProfile.parse(rate == null || rate.isBlank() || rate.contains("%") ? rate : rate + "%")
                    : SellerProfile.parse(activity);
            profiles.save(seller, profile);
            redirect.addFlashAttribute("profileSaved", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("profileError", true);
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/sellers/{id}");
        addIfPresent(back, "from", from);
        addIfPresent(back, "to", to);
        addIfPresent(back, "currency", currency);
        return "redirect:" + back.fragment("keep-card").buildAndExpand(seller).encode().toUriString();
    }

    private static void addIfPresent(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
