package app.eggbasket.dashboard.account;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/** What an account may do (DESIGN §10). One account has one role. */
public enum Role {
    /** Everything on her own seller data; grants advisors read access to it. */
    SELLER,
    /** Reads, read-only, the clients who granted access (DESIGN §10). */
    ADVISOR,
    /** Runs one cooperative: members, consent, editions; never a single member's figures. */
    COOPERATIVE_MANAGER;

    /**
     * The role named by the CLI ({@code advisor}, {@code cooperative-manager}) or stored in
     * {@code accounts.json}. {@code ADMIN}, the operator role of installations before advisors existed, reads
     * as {@link #ADVISOR}: such an account keeps its login and sees the sellers who grant it access, no longer
     * every seller.
     *
     * @throws IllegalArgumentException for any other name
     */
    @JsonCreator
    public static Role parse(String name) {
        String normal = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normal.equals("ADMIN")) {
            return ADVISOR;
        }
        try {
            return valueOf(normal);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + name + "': use seller, advisor or cooperative-manager");
        }
    }
}
