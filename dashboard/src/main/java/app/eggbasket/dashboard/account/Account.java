package app.eggbasket.dashboard.account;

/**
 * A login. A SELLER account is bound to one seller id; an ADVISOR or COOPERATIVE_MANAGER account to none.
 *
 * @param passwordHash BCrypt hash, never the password
 */
public record Account(String username, String passwordHash, Role role, String sellerId) {

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
    }
}
