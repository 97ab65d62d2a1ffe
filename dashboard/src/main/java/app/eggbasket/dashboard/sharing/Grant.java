package app.eggbasket.dashboard.sharing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A seller's grant of read access to one advisor (DESIGN §10).
 *
 * @param until last day of access, inclusive, in the seller's zone; null for no end
 */
public record Grant(String seller, String advisor, Instant grantedAt, LocalDate until) {

    /** Whether the grant still gives access on {@code today} (the seller's date). */
    public boolean activeOn(LocalDate today) {
        return until == null || !today.isAfter(until);
    }
}
