package app.eggbasket.dashboard.web;

import app.eggbasket.dashboard.security.SellerUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login and logout pages, and the home page: each account goes to its own first page. */
@PageController
class HomeController {

    /** The login page; {@code wait=SECONDS} after an attempt refused as too soon (LoginThrottle). */
    @GetMapping("/login")
    String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
        if (wait != null && wait.matches("\\d{1,6}")) {
            long seconds = Math.max(1, Long.parseLong(wait));
            model.addAttribute("waitSeconds", seconds);
            model.addAttribute("waitMinutes", (seconds + 59) / 60);
        }
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
