package app.eggbasket.dashboard.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may run a cooperative (DESIGN §10): its own managers, nobody else — not a manager of another cooperative,
 * not a seller, not an advisor. The account's cooperative is the one it logged in with.
 */
@Component
public class CooperativeAccess {

    /** @throws AccessDeniedException when the account is not a manager of this cooperative (answered 403) */
    public void checkManager(Authentication authentication, String cooperative) {
        if (!manages(authentication, cooperative)) {
            throw new AccessDeniedException("only the cooperative's own managers may do this");
        }
    }

    public boolean manages(Authentication authentication, String cooperative) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SellerUser user && user.manages(cooperative);
    }
}
