package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.account.Role;

/** Spring Security role names of the account roles. */
public final class Roles {

    public static final String SELLER = Role.SELLER.name();
    public static final String ADVISOR = Role.ADVISOR.name();
    public static final String COOPERATIVE_MANAGER = Role.COOPERATIVE_MANAGER.name();

    private Roles() {
    }
}
