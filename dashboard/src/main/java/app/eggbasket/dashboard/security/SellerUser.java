package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.account.Role;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/**
 * A logged-in account. {@code sellerId} is the seller a SELLER owns; null for the other roles.
 */
public class SellerUser extends User {

    private final String sellerId;
    private final Role role;

    public SellerUser(String username, String passwordHash, String role, String sellerId) {
        super(username, passwordHash, AuthorityUtils.createAuthorityList("ROLE_" + Role.parse(role).name()));
        this.role = Role.parse(role);
        this.sellerId = sellerId;
    }

    public String sellerId() {
        return sellerId;
    }

    public Role role() {
        return role;
    }

    public boolean isAdvisor() {
        return role == Role.ADVISOR;
    }

    /** Whether this account is the seller {@code seller} herself. */
    public boolean owns(String seller) {
        return role == Role.SELLER && sellerId != null && sellerId.equals(seller);
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
