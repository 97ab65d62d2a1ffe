package app.eggbasket.dashboard.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read or write a seller's data (DESIGN §7): an ADMIN any seller, a SELLER only her own.
 * Controllers call {@link #check} before touching a seller's data.
 */
@Component
public class SellerAccess {

    /**
     * @throws AccessDeniedException when the authenticated account may not see this seller (answered 403)
     */
    public void check(Authentication authentication, String sellerId) {
        if (!allows(authentication, sellerId)) {
            throw new AccessDeniedException("no access to this seller");
        }
    }

    public boolean allows(Authentication authentication, String sellerId) {
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof SellerUser user)) {
            return false;
        }
        return user.isAdmin() || (user.sellerId() != null && user.sellerId().equals(sellerId));
    }
}
