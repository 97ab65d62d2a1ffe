package app.eggbasket.dashboard.security;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/**
 * A logged-in account. {@code sellerId} is the only seller a SELLER may see; null for an ADMIN.
 */
public class SellerUser extends User {

    private final String sellerId;

    public SellerUser(String username, String passwordHash, String role, String sellerId) {
        super(username, passwordHash, AuthorityUtils.createAuthorityList("ROLE_" + role));
        this.sellerId = sellerId;
    }

    public String sellerId() {
        return sellerId;
    }

    public boolean isAdmin() {
        return getAuthorities().stream().anyMatch(a -> Roles.ADMIN_AUTHORITY.equals(a.getAuthority()));
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
