package app.eggbasket.dashboard.web;

import app.eggbasket.dashboard.security.SellerUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import org.springframework.web.bind.annotation.GetMapping;

/** The login and logout pages, and the home page: each account goes to its own first page. */
@PageController
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /**
     * A typed or bookmarked {@code /logout}: logging out is a POST (with its CSRF token, so that no other site can log
     * her out), so this page asks her to confirm with one button; without a session she is logged out already.
     */
    @GetMapping("/logout")
    String logout(@AuthenticationPrincipal SellerUser user) {
        return user == null ? "redirect:/login?logout" : "logout";
    }

    /**
     * A seller to her overview, an advisor to her portfolio, a cooperative manager to her cooperative's members
     * (to the market report when her account names no cooperative).
     */
    @GetMapping("/")
    String home(@AuthenticationPrincipal SellerUser user) {
        return switch (user.role()) {
            case SELLER -> "redirect:/sellers/" + user.sellerId();
            case ADVISOR -> "redirect:/advisor/clients";
            case COOPERATIVE_MANAGER -> user.cooperativeId() == null ? "redirect:/market"
                    : "redirect:/coops/" + user.cooperativeId() + "/members";
        };
    }
}
