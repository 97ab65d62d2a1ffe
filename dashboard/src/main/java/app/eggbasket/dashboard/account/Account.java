package app.eggbasket.dashboard.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A login. A SELLER account is bound to one seller id; a COOPERATIVE_MANAGER account to the cooperative she runs
 * (null in an {@code accounts.json} written before cooperatives: she then runs none); an ADVISOR to neither.
 *
 * @param passwordHash  BCrypt hash, never the password
 * @param cooperativeId the cooperative a manager runs; absent from {@code accounts.json} for the other roles
 */
public record Account(String username, String passwordHash, Role role, String sellerId,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String cooperativeId) {

    @JsonCreator
    public Account {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new IllegalArgumentException("username must be 2-64 letters, digits or . _ @ -");
        }
        if (role == Role.SELLER && (sellerId == null || sellerId.isBlank())) {
            throw new IllegalArgumentException("a seller account needs a seller id");
        }
        if (role != Role.SELLER && sellerId != null) {
            throw new IllegalArgumentException("only a seller account is bound to a seller id");
        }
        if (role != Role.COOPERATIVE_MANAGER && cooperativeId != null) {
            throw new IllegalArgumentException("only a cooperative manager's account is bound to a cooperative");
        }
    }

    /** A seller's or an advisor's login, or a manager's without a cooperative. */
    public Account(String username, String passwordHash, Role role, String sellerId) {
        this(username, passwordHash, role, sellerId, null);
    }
}
