package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.account.Role;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/**
 * A logged-in account. {@code sellerId} is the seller a SELLER owns, {@code cooperativeId} the cooperative a
 * COOPERATIVE_MANAGER runs; null otherwise.
 */
public class SellerUser extends User {

    private final String sellerId;
    private final Role role;
    private final String cooperativeId;

    public SellerUser(String username, String passwordHash, String role, String sellerId) {
        this(username, passwordHash, role, sellerId, null);
    }

    public SellerUser(String username, String passwordHash, String role, String sellerId, String cooperativeId) {
        super(username, passwordHash, AuthorityUtils.createAuthorityList("ROLE_" + Role.parse(role).name()));
        this.role = Role.parse(role);
        this.sellerId = sellerId;
        this.cooperativeId = this.role == Role.COOPERATIVE_MANAGER ? cooperativeId : null;
    }

    /** The cooperative this manager runs, null for other accounts (and a manager without one). */
    public String cooperativeId() {
        return cooperativeId;
    }

    /** Whether this account is a manager of the cooperative {@code cooperative}. */
    public boolean manages(String cooperative) {
        return role == Role.COOPERATIVE_MANAGER && cooperativeId != null && cooperativeId.equals(cooperative);
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
