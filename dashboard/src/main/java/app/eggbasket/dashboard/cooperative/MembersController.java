package app.eggbasket.dashboard.cooperative;

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

    MembersController(CooperativeMembers members, CooperativeAccess access) {
        this.members = members;
        this.access = access;
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

    @PostMapping("/coops/{coop}/invitation-code")
    String renewCode(@PathVariable String coop, Authentication authentication, RedirectAttributes redirect) {
        access.checkManager(authentication, coop);
        members.renewInvitationCode(coop);
        redirect.addFlashAttribute("codeRenewed", true);
        return "redirect:/coops/" + coop + "/members";
    }
}
