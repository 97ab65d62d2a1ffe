package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.ingestion.privacy.SellerDataEraser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A seller's rights over her data (DESIGN §7, GDPR): {@code GET} downloads everything held about her as
 * one ZIP, {@code DELETE} erases it all (sale lines, raw uploads, upload history; the account stays).
 */
@RestController
@RequestMapping("/api/sellers/{id}/data")
class SellerDataApiController {

    private final SellerDataRights rights;
    private final SellerAccess access;

    SellerDataApiController(SellerDataRights rights, SellerAccess access) {
        this.rights = rights;
        this.access = access;
    }

    @GetMapping
    ResponseEntity<StreamingResponseBody> download(@PathVariable String id, Authentication authentication) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        return SellerDataDownload.zip(seller, out -> rights.writeZip(seller, out));
    }

    @DeleteMapping
    SellerDataEraser.Erased erase(@PathVariable String id, Authentication authentication) {
        return rights.erase(SellerRequests.ownSeller(id, authentication, access));
    }

}
