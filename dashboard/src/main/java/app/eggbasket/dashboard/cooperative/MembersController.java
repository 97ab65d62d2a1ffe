package app.eggbasket.dashboard.cooperative;

import app.eggbasket.dashboard.account.SignupLinkView;
import app.eggbasket.dashboard.account.SignupLinks;
import app.eggbasket.dashboard.security.CooperativeAccess;
import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's page of her cooperative ({@code /coops/{coop}/members}): members, consent, freshness, invitations.
 * Only the cooperative's own managers; never a member's figures.
 */
@PageController
class MembersController {

    private final CooperativeMembers members;
    private final CooperativeAccess access;
    private final SignupLinks signupLinks;

    MembersController(CooperativeMembers members, CooperativeAccess access, SignupLinks signupLinks) {
        this.members = members;
        this.access = access;
        this.signupLinks = signupLinks;
    }

    @GetMapping("/coops/{coop}/members")
    String page(@PathVariable String coop, Authentication authentication, Model model) {
        access.checkManager(authentication, coop);
        model.addAttribute("list", members.list(coop, authentication.getName(), "GET /coops/" + coop + "/members"));
        model.addAttribute("staleDays", app.eggbasket.dashboard.freshness.DataFreshness.STALE_AFTER_DAYS);
        return "members";
    }

    @PostMapping("/coops/{coop}/invitations")
    String invite(@PathVariable String coop, @RequestParam(name = "seller", required = false) String seller,
                  Authentication authentication, RedirectAttributes redirect) {
        access.checkManager(authentication, coop);
        try {
            String invited = members.invite(coop, seller, ((SellerUser) authentication.getPrincipal()).getUsername()).seller();
            redirect.addFlashAttribute("invited", invited);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("inviteError", e.messageKey());
            redirect.addFlashAttribute("sellerTyped", seller);
        }
        return "redirect:/coops/" + coop + "/members";
    }

    /** An invitation link for a seller with no account yet: her account is made invited to this cooperative. */
    @PostMapping("/coops/{coop}/signup-links")
    String createSignupLink(@PathVariable String coop, Authentication authentication, RedirectAttributes redirect) {
        access.checkManager(authentication, coop);
        String id = members.cooperative(coop).id();
        redirect.addFlashAttribute("signupLink",
                SignupLinkView.of(signupLinks.create(SignupLinks.Kind.COOPERATIVE, authentication.getName(), id)));
        return "redirect:/coops/" + id + "/members#invite";
    }

    @PostMapping("/coops/{coop}/invitation-code")
    String renewCode(@PathVariable String coop, Authentication authentication, RedirectAttributes redirect) {
        access.checkManager(authentication, coop);
        members.renewInvitationCode(coop);
        redirect.addFlashAttribute("codeRenewed", true);
        return "redirect:/coops/" + coop + "/members";
    }
}
