package app.eggbasket.dashboard.advisor;

import app.eggbasket.dashboard.account.SignupLinkView;
import app.eggbasket.dashboard.account.SignupLinks;
import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.dashboard.sharing.Invitations;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The advisor's own API (DESIGN §8): her clients, and the invitation code she gives them. ADVISOR accounts only. */
@RestController
@RequestMapping("/api/advisors/me")
class AdvisorApiController {

    /** The advisor and the code her clients type on their Sharing page. */
    record Me(String advisor, String invitationCode) {
    }

    /** The portfolio: every client with an active grant, sorted by risk then top-platform share. */
    record Clients(String advisor, int count, List<ClientRow> clients) {
    }

    private final Portfolios portfolios;
    private final Invitations invitations;
    private final SignupLinks signupLinks;

    AdvisorApiController(Portfolios portfolios, Invitations invitations, SignupLinks signupLinks) {
        this.portfolios = portfolios;
        this.invitations = invitations;
        this.signupLinks = signupLinks;
    }

    /** An invitation link for a new client, who grants this advisor read access by creating her account. */
    @PostMapping("/signup-links")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    SignupLinkView createSignupLink(@AuthenticationPrincipal SellerUser advisor) {
        return SignupLinkView.of(signupLinks.create(SignupLinks.Kind.ADVISOR, advisor.getUsername(), null));
    }

    @GetMapping
    Me me(@AuthenticationPrincipal SellerUser advisor) {
        return new Me(advisor.getUsername(), invitations.codeOf(advisor.getUsername()));
    }

    @PostMapping("/invitation")
    Me renewInvitation(@AuthenticationPrincipal SellerUser advisor) {
        return new Me(advisor.getUsername(), invitations.renew(advisor.getUsername()));
    }

    @GetMapping("/clients")
    Clients clients(@AuthenticationPrincipal SellerUser advisor, @RequestParam(name = "risk", required = false) String risk,
                    @RequestParam(name = "q", required = false) String query) {
        List<ClientRow> rows = portfolios.clients(advisor.getUsername(), "GET /api/advisors/me/clients",
                new Portfolios.Filter(PortfolioRequests.risk(risk), query));
        return new Clients(advisor.getUsername(), rows.size(), rows);
    }
}
