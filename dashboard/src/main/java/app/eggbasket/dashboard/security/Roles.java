package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.account.Role;

/** Spring Security role names of the account roles. */
public final class Roles {

    public static final String SELLER = Role.SELLER.name();
    public static final String ADMIN = Role.ADMIN.name();
    /** The authority Spring Security checks for an admin. */
    public static final String ADMIN_AUTHORITY = "ROLE_" + ADMIN;

    private Roles() {
    }
}
