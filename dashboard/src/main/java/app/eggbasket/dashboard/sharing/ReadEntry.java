package app.eggbasket.dashboard.sharing;

import java.time.Instant;

/** One read of a seller's data by someone other than her: who, which page or API route, when (UTC). */
public record ReadEntry(Instant at, String reader, String route) {
}
