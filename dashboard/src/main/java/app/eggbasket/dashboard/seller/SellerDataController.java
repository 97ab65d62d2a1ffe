package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.security.SellerAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "your data" actions of the upload page: download everything as a ZIP, and erase everything after
 * the seller typed her seller id to confirm.
 */
@PageController
class SellerDataController {

    private final SellerDataRights rights;
    private final SellerAccess access;

    SellerDataController(SellerDataRights rights, SellerAccess access) {
        this.rights = rights;
        this.access = access;
    }

    @GetMapping("/sellers/{id}/data")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String id, Authentication authentication) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        return SellerDataDownload.zip(seller, out -> rights.writeZip(seller, out));
    }

    @PostMapping("/sellers/{id}/data/erase")
    String erase(@PathVariable String id, @RequestParam(name = "confirm", required = false) String confirm,
                 Authentication authentication, RedirectAttributes redirect) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        if (confirm == null || !confirm.trim().equals(seller)) {
            redirect.addFlashAttribute("eraseNotConfirmed", true);
        } else {
            rights.erase(seller);
            redirect.addFlashAttribute("erased", true);
        }
        return "redirect:/sellers/" + seller + "/uploads#your-data";
    }

}
