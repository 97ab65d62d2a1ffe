package app.eggbasket.analytics.cooperative;

import java.time.Instant;

/**
 * A seller's standing in one cooperative, {@code <data>/cooperatives/<coop>/members/<seller>.json}. Her consent
 * to contribute is kept apart (a {@link app.eggbasket.analytics.market.ConsentStore} per cooperative): only a
 * member consents, and leaving withdraws it.
 *
 * @param seller      the seller
 * @param status      invited (the invitation is pending), member, declined (the invitation), left
 * @param invitedAt   when a manager invited her, null when she joined without an invitation (a code, a migration)
 * @param invitedBy   the manager who invited her, or null
 * @param memberSince when she became a member, null while invited or after declining
 * @param changedAt   when the status last changed
 */
public record Membership(String seller, Status status, Instant invitedAt, String invitedBy, Instant memberSince,
                         Instant changedAt) {

    public enum Status {
        /** Invited by a manager; she has not answered. */
        INVITED,
        /** A member (she accepted, used a code, or was migrated). */
        MEMBER,
        /** She declined the invitation. */
        DECLINED,
        /** She was a member and left. */
        LEFT
    }

    public boolean member() {
        return status == Status.MEMBER;
    }

    public boolean pending() {
        return status == Status.INVITED;
    }
}
