package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.dashboard.sharing.GrantStore;
import app.eggbasket.dashboard.sharing.ReadEntry;
import app.eggbasket.dashboard.sharing.ReadLog;
import app.eggbasket.dashboard.sharing.ReadRoutes;
import app.eggbasket.dashboard.sharing.Sharing;
import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The seller's Sharing page ({@code /sellers/{id}/sharing}): grant an advisor read access by her username or
 * invitation code, optionally until a date; the current grants with a revoke button; who read her data.
 * Only the seller herself opens it.
 */
@PageController
class SharingController {

    /** How many of the latest reads the page lists; the export holds them all. */
    static final int READS_SHOWN = 200;

    /** A grant as the page shows it: the day it was given, in the seller's zone. */
    public record GrantRow(String advisor, LocalDate since, LocalDate until, boolean active) {
    }

    /** A read as the page shows it: the time in the seller's zone. */
    public record ReadRow(LocalDateTime at, String reader, String route, String what) {
    }

    private final Sharing sharing;
    private final ReadLog reads;
    private final SellerAccess access;

    SharingController(Sharing sharing, ReadLog reads, SellerAccess access) {
        this.sharing = sharing;
        this.reads = reads;
        this.access = access;
    }

    @GetMapping("/sellers/{id}/sharing")
    String page(@PathVariable String id, Authentication authentication, Model model) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        model.addAttribute("seller", seller);
        model.addAttribute("grants", sharing.grantsOf(seller).stream().map(g -> new GrantRow(g.advisor(),
                LocalDate.ofInstant(g.grantedAt(), GrantStore.SELLERS_ZONE), g.until(), g.active())).toList());
        List<ReadEntry> recent = reads.recent(seller, READS_SHOWN);
        model.addAttribute("reads", recent.stream().map(r -> new ReadRow(
                LocalDateTime.ofInstant(r.at(), GrantStore.SELLERS_ZONE), r.reader(), r.route(),
                ReadRoutes.describe(r.route()))).toList());
        return "sharing";
    }

    @PostMapping("/sellers/{id}/sharing/grants")
    String grant(@PathVariable String id, @RequestParam(name = "advisor", required = false) String advisor,
                 @RequestParam(name = "until", required = false) String until,
                 Authentication authentication, RedirectAttributes redirect) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        try {
            Sharing.GrantStatus granted = sharing.grant(seller, advisor, SellerRequests.date(until));
            redirect.addFlashAttribute("granted", granted.advisor());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("sharingError", e.messageKey());
            redirect.addFlashAttribute("advisorTyped", advisor);
        }
        return "redirect:/sellers/" + seller + "/sharing";
    }

    @PostMapping("/sellers/{id}/sharing/grants/{advisor}/revoke")
    String revoke(@PathVariable String id, @PathVariable String advisor, Authentication authentication,
                  RedirectAttributes redirect) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        if (sharing.revoke(seller, advisor)) {
            redirect.addFlashAttribute("revoked", advisor);
        }
        return "redirect:/sellers/" + seller + "/sharing";
    }
}
