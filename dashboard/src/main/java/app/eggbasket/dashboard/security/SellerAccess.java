package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.sharing.GrantStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read or change a seller's data (DESIGN §10). A seller reads and changes her own data; an advisor
 * reads, and only reads, the sellers whose grant is active at this very request (the {@link GrantStore} is
 * asked each time: a revocation or an expiry holds from the next request); a cooperative manager reads no
 * single seller. Controllers call {@link #check} before reading a seller's data and {@link #checkOwner}
 * before changing it or showing the controls that change it.
 */
@Component
public class SellerAccess {

    private final GrantStore grants;

    public SellerAccess(GrantStore grants) {
        this.grants = grants;
    }

    /** @throws AccessDeniedException when the account may not read this seller (answered 403) */
    public void check(Authentication authentication, String sellerId) {
        if (!allows(authentication, sellerId)) {
            throw new AccessDeniedException("no access to this seller");
        }
    }

    /** @throws AccessDeniedException when the account is not this seller herself (answered 403) */
    public void checkOwner(Authentication authentication, String sellerId) {
        if (!owns(authentication, sellerId)) {
            throw new AccessDeniedException("only the seller herself may do this");
        }
    }

    public boolean allows(Authentication authentication, String sellerId) {
        SellerUser user = user(authentication);
        if (user == null) {
            return false;
        }
        return user.owns(sellerId) || (user.isAdvisor() && grants.allows(user.getUsername(), sellerId));
    }

    public boolean owns(Authentication authentication, String sellerId) {
        SellerUser user = user(authentication);
        return user != null && user.owns(sellerId);
    }

    private static SellerUser user(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof SellerUser user)) {
            return null;
        }
        return user;
    }
}
