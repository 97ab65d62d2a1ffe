package app.eggbasket.dashboard.advisor;

import app.eggbasket.dashboard.account.SignupLinkView;
import app.eggbasket.dashboard.account.SignupLinks;
import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.dashboard.sharing.Invitations;
import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;

/**
 * The advisor's portfolio page ({@code /advisor/clients}): her clients by risk, a filter by risk level and a
 * search by name, her invitation code. ADVISOR accounts only (SecurityConfig).
 */
@PageController
class PortfolioController {

    private final Portfolios portfolios;
    private final Invitations invitations;
    private final SignupLinks signupLinks;

    PortfolioController(Portfolios portfolios, Invitations invitations, SignupLinks signupLinks) {
        this.portfolios = portfolios;
        this.invitations = invitations;
        this.signupLinks = signupLinks;
    }

    @GetMapping("/advisor/clients")
    String page(@AuthenticationPrincipal SellerUser advisor, @RequestParam(name = "risk", required = false) String risk,
                @RequestParam(name = "q", required = false) String query, Locale locale, Model model) {
        String level = PortfolioRequests.risk(risk);
        List<ClientRow> rows = portfolios.clients(advisor.getUsername(), "GET /advisor/clients",
                new Portfolios.Filter(level, query));
        model.addAttribute("view", PortfolioView.of(rows, new LocalFormat(locale)));
        model.addAttribute("riskParam", level);
        model.addAttribute("queryParam", query == null ? "" : query.trim());
        model.addAttribute("filtered", level != null || (query != null && !query.isBlank()));
        model.addAttribute("invitationCode", invitations.codeOf(advisor.getUsername()));
        model.addAttribute("staleDays", Portfolios.STALE_AFTER_DAYS);
        return "portfolio";
    }

    @PostMapping("/advisor/invitation")
    String renewInvitation(@AuthenticationPrincipal SellerUser advisor, RedirectAttributes redirect) {
        invitations.renew(advisor.getUsername());
        redirect.addFlashAttribute("invitationRenewed", true);
        return "redirect:/advisor/clients";
    }

    /**
     * An invitation link for a new client (issue 14): always the logged-in advisor's own, whatever the request
     * says, so a link never grants another advisor anything.
     */
    @PostMapping("/advisor/signup-links")
    String createSignupLink(@AuthenticationPrincipal SellerUser advisor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("signupLink",
                SignupLinkView.of(signupLinks.create(SignupLinks.Kind.ADVISOR, advisor.getUsername(), null)));
        return "redirect:/advisor/clients#signup";
    }
}
