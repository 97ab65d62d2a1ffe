package app.eggbasket.dashboard.account;

/** What an account may see (DESIGN §7). */
public enum Role {
    /** Sees her own seller data only. */
    SELLER,
    /** Sees every seller; for the operator of an installation. */
    ADMIN
}
