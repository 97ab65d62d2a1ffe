package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.cooperative.Members;
import app.eggbasket.analytics.cooperative.Membership;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.dashboard.cooperative.MarketReports;
import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A seller's cooperatives and her consent to each (only she may see or change them), {@code /sellers/{id}/market}:
 * the default cooperative's market report, the cooperatives she belongs to, the invitations waiting for her
 * answer, a code to join one; leaving or withdrawing her consent asks her to confirm, saying that editions
 * already published stay as they are and that she is out of every later one.
 */
@PageController
class ConsentController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String CONFIRMED = "yes";

    /** One cooperative she belongs to, or is invited to. */
    record CoopRow(String id, String name, String status, LocalDate memberSince, LocalDate invitedOn, boolean consents,
                   LocalDate consentSince) {
    }

    /** What she is asked to confirm: {@code leave} or {@code withdraw}, for one cooperative. */
    record Confirmation(String action, String coop, String name) {
    }

    private final MarketReports reports;
    private final Cooperatives cooperatives;
    private final SellerAccess access;
    private final app.eggbasket.dashboard.cooperative.Editions editions;

    ConsentController(MarketReports reports, Cooperatives cooperatives, SellerAccess access,
                      app.eggbasket.dashboard.cooperative.Editions editions) {
        this.editions = editions;
        this.reports = reports;
        this.cooperatives = cooperatives;
        this.access = access;
    }

    @GetMapping("/sellers/{id}/market")
    String consentPage(@PathVariable String id, @RequestParam(name = "confirm", required = false) String confirm,
                       @RequestParam(name = "coop", required = false) String coop,
                       Authentication authentication, Model model) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        model.addAttribute("seller", seller);
        model.addAttribute("consents", reports.consents(seller));
        model.addAttribute("consentSince", reports.consentSince(seller).map(ConsentController::day).orElse(null));
        List<CoopRow> memberships = new ArrayList<>();
        List<CoopRow> invitations = new ArrayList<>();
        for (Cooperatives.Standing s : cooperatives.of(seller)) {
            Membership m = s.membership();
            ConsentStore consents = cooperatives.members(s.cooperative().id()).consents();
            LocalDate consentSince = m.member() ? consents.since(seller).map(ConsentController::day).orElse(null) : null;
            CoopRow row = new CoopRow(s.cooperative().id(), s.cooperative().name(), m.status().name(), day(m.memberSince()),
                    day(m.invitedAt()), consentSince != null, consentSince);
            if (m.pending()) {
                invitations.add(row);
            } else if (m.member() && !s.cooperative().id().equals(Cooperative.DEFAULT_ID)) {
                memberships.add(row);
            }
        }
        model.addAttribute("memberships", memberships);
        model.addAttribute("invitations", invitations);
        model.addAttribute("included", editions.including(seller));
        if (("leave".equals(confirm) || "withdraw".equals(confirm)) && coop != null) {
            cooperatives.find(coop).filter(c -> cooperatives.members(c.id()).isMember(seller))
                    .ifPresent(c -> model.addAttribute("confirmation", new Confirmation(confirm, c.id(), c.name())));
        }
        return "consent";
    }

    /** Her consent to the default cooperative's market report, as before cooperatives (joins it when she consents). */
    @PostMapping("/sellers/{id}/market/consent")
    String consent(@PathVariable String id, @RequestParam(name = "consent", required = false) String consent,
                   Authentication authentication, RedirectAttributes redirect) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        Optional<Boolean> choice = ConsentChoice.parse(consent);
        if (choice.isPresent()) {
            reports.setConsent(seller, choice.get());
            redirect.addFlashAttribute("consentSaved", choice.get() ? "on" : "off");
        } else {
            redirect.addFlashAttribute("coopError", "coops.error.choice");
        }
        return page(seller);
    }

    /** She joins the cooperative whose invitation code she typed. */
    @PostMapping("/sellers/{id}/cooperatives/join")
    String join(@PathVariable String id, @RequestParam(name = "code", required = false) String code,
                Authentication authentication, RedirectAttributes redirect) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        cooperatives.byInvitationCode(code).ifPresentOrElse(c -> {
            cooperatives.members(c.id()).join(seller, null);
            redirect.addFlashAttribute("coopSaved", "coops.saved.joined");
            redirect.addFlashAttribute("coopName", c.name());
        }, () -> {
            redirect.addFlashAttribute("coopError", "coops.error.code");
            redirect.addFlashAttribute("codeTyped", code);
        });
        return page(seller);
    }

    @PostMapping("/sellers/{id}/cooperatives/{coop}/accept")
    String accept(@PathVariable String id, @PathVariable String coop, Authentication authentication,
                  RedirectAttributes redirect) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        Cooperative c = cooperative(coop);
        Members members = cooperatives.members(c.id());
        if (members.find(seller).filter(Membership::pending).isPresent()) {
            members.accept(seller);
            saved(redirect, "coops.saved.accepted", c);
        }
        return page(seller);
    }

    @PostMapping("/sellers/{id}/cooperatives/{coop}/decline")
    String decline(@PathVariable String id, @PathVariable String coop, Authentication authentication,
                   RedirectAttributes redirect) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        Cooperative c = cooperative(coop);
        Members members = cooperatives.members(c.id());
        if (members.find(seller).filter(Membership::pending).isPresent()) {
            members.decline(seller);
            saved(redirect, "coops.saved.declined", c);
        }
        return page(seller);
    }

    /** Her consent to one cooperative; withdrawing it waits for her confirmation ({@code confirmed=yes}). */
    @PostMapping("/sellers/{id}/cooperatives/{coop}/consent")
    String coopConsent(@PathVariable String id, @PathVariable String coop,
                       @RequestParam(name = "consent", required = false) String consent,
                       @RequestParam(name = "confirmed", required = false) String confirmed,
                       Authentication authentication, RedirectAttributes redirect) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        Cooperative c = cooperative(coop);
        Members members = cooperatives.members(c.id());
        if (!members.isMember(seller) && !c.id().equals(Cooperative.DEFAULT_ID)) {
            return page(seller);
        }
        Optional<Boolean> choice = ConsentChoice.parse(consent);
        if (choice.isEmpty()) {
            redirect.addFlashAttribute("coopError", "coops.error.choice");
        } else if (choice.get()) {
            members.consents().give(seller);
            saved(redirect, "coops.saved.consented", c);
        } else {
            if (!CONFIRMED.equals(confirmed)) {
                return "redirect:/sellers/" + seller + "/market?confirm=withdraw&coop=" + c.id() + "#confirm";
            }
            members.consents().withdraw(seller);
            saved(redirect, "coops.saved.withdrawn", c);
        }
        return page(seller);
    }

    /** She leaves a cooperative, once she confirmed ({@code confirmed=yes}); her consent goes with her. */
    @PostMapping("/sellers/{id}/cooperatives/{coop}/leave")
    String leave(@PathVariable String id, @PathVariable String coop,
                 @RequestParam(name = "confirmed", required = false) String confirmed,
                 Authentication authentication, RedirectAttributes redirect) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        Cooperative c = cooperative(coop);
        if (!CONFIRMED.equals(confirmed)) {
            return "redirect:/sellers/" + seller + "/market?confirm=leave&coop=" + c.id() + "#confirm";
        }
        if (cooperatives.members(c.id()).leave(seller)) {
            saved(redirect, "coops.saved.left", c);
        }
        return page(seller);
    }

    private Cooperative cooperative(String coop) {
        return cooperatives.find(coop).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such cooperative"));
    }

    private static void saved(RedirectAttributes redirect, String key, Cooperative c) {
        redirect.addFlashAttribute("coopSaved", key);
        redirect.addFlashAttribute("coopName", c.name());
    }

    private static String page(String seller) {
        return "redirect:/sellers/" + seller + "/market";
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, PARIS);
    }
}
