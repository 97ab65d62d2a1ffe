package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.dashboard.sharing.ReadEntry;
import app.eggbasket.dashboard.sharing.ReadLog;
import app.eggbasket.dashboard.sharing.Sharing;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * The seller's grants and read log through the API (DESIGN §8, §10): list, grant (by the advisor's username
 * or invitation code, optionally until a date), revoke; who read her data. Only the seller herself.
 */
@RestController
@RequestMapping("/api/sellers/{id}")
class SharingApiController {

    /** A grant asked for: {@code advisor} is her username or her invitation code; {@code until} ISO or absent. */
    record GrantRequest(String advisor, String until) {
    }

    private final Sharing sharing;
    private final ReadLog reads;
    private final SellerAccess access;

    SharingApiController(Sharing sharing, ReadLog reads, SellerAccess access) {
        this.sharing = sharing;
        this.reads = reads;
        this.access = access;
    }

    @GetMapping("/grants")
    List<Sharing.GrantStatus> grants(@PathVariable String id, Authentication authentication) {
        return sharing.grantsOf(SellerRequests.ownSeller(id, authentication, access));
    }

    @PostMapping("/grants")
    ResponseEntity<Sharing.GrantStatus> grant(@PathVariable String id, @RequestBody GrantRequest request,
                                              Authentication authentication) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(sharing.grant(seller, request.advisor(), SellerRequests.date(request.until())));
    }

    @DeleteMapping("/grants/{advisor}")
    ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable String advisor, Authentication authentication) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        if (!sharing.revoke(seller, advisor)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No grant to this advisor.");
        }
        return ResponseEntity.noContent().build();
    }

    /** Every read of her data by someone else, newest first. */
    @GetMapping("/reads")
    List<ReadEntry> reads(@PathVariable String id, Authentication authentication) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        return reads.recent(seller, Integer.MAX_VALUE);
    }
}
