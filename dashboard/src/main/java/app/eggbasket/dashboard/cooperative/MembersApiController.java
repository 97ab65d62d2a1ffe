package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.cooperative.Membership;
import app.eggbasket.dashboard.account.SignupLinkView;
import app.eggbasket.dashboard.account.SignupLinks;
import app.eggbasket.dashboard.security.CooperativeAccess;
import app.eggbasket.dashboard.security.SellerUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** The members of a cooperative, for its own managers: {@code GET /api/coops/{coop}/members}, invitations. */
@RestController
class MembersApiController {

    /** The cooperative and its rules, its counts, its invitation code and every row of its list. */
    record MembersResponse(String cooperative, String name, int minSellers, BigDecimal dominance, long members,
                           long consenting, long invited, String invitationCode, List<CooperativeMembers.MemberRow> sellers) {
    }

    /** A manager's invitation: the seller's id. */
    record InvitationRequest(String seller) {
    }

    record InvitationResponse(String cooperative, String seller, String status, java.time.Instant invitedAt) {
    }

    private final CooperativeMembers members;
    private final CooperativeAccess access;
    private final SignupLinks signupLinks;

    MembersApiController(CooperativeMembers members, CooperativeAccess access, SignupLinks signupLinks) {
        this.members = members;
        this.access = access;
        this.signupLinks = signupLinks;
    }

    /** An invitation link for a seller with no account yet, invited to this cooperative once she has one. */
    @PostMapping("/api/coops/{coop}/signup-links")
    @ResponseStatus(HttpStatus.CREATED)
    SignupLinkView createSignupLink(@PathVariable String coop, Authentication authentication) {
        access.checkManager(authentication, coop);
        return SignupLinkView.of(signupLinks.create(SignupLinks.Kind.COOPERATIVE, authentication.getName(),
                members.cooperative(coop).id()));
    }

    @GetMapping("/api/coops/{coop}/members")
    MembersResponse list(@PathVariable String coop, Authentication authentication) {
        access.checkManager(authentication, coop);
        CooperativeMembers.MemberList list = members.list(coop, authentication.getName(), "GET /api/coops/" + coop + "/members");
        return new MembersResponse(list.cooperative().id(), list.cooperative().name(), list.cooperative().minSellers(),
                list.cooperative().dominance(), list.members(), list.consenting(), list.invited(), list.invitationCode(),
                list.rows());
    }

    @PostMapping("/api/coops/{coop}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    InvitationResponse invite(@PathVariable String coop, @RequestBody InvitationRequest request, Authentication authentication) {
        access.checkManager(authentication, coop);
        Membership invited = members.invite(coop, request.seller(), ((SellerUser) authentication.getPrincipal()).getUsername());
        return new InvitationResponse(coop, invited.seller(), invited.status().name(), invited.invitedAt());
    }
}
