package app.eggbasket.dashboard.sharing;

import com.fasterxml.jackson.core.type.TypeReference;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every grant of the installation, in {@code <data>/sharing/grants.json}. Held in memory and written
 * through on each change, so a revocation is seen by the very next request; nothing caches a decision.
 * Expiry is decided at each call from the clock: the day after {@link Grant#until()} (Europe/Paris, the
 * sellers' zone) the grant no longer opens anything.
 */
public final class GrantStore {

    /** The zone in which a grant's last day ends. */
    public static final ZoneId SELLERS_ZONE = ZoneId.of("Europe/Paris");

    private final Path file;
    private final Clock clock;
    private List<Grant> grants;

    public GrantStore(Path dataDir, Clock clock) {
        this.file = dataDir.resolve("sharing").resolve("grants.json");
        this.clock = clock;
        this.grants = JsonFiles.read(file, new TypeReference<List<Grant>>() { }, List.of());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SELLERS_ZONE));
    }

    /** Grants (or renews, replacing the end date) the advisor's read access to the seller. */
    public synchronized Grant grant(String seller, String advisor, LocalDate until) {
        Grant grant = new Grant(seller, advisor, clock.instant(), until);
        List<Grant> next = new ArrayList<>(grants);
        next.removeIf(g -> g.seller().equals(seller) && g.advisor().equalsIgnoreCase(advisor));
        next.add(grant);
        replace(next);
        return grant;
    }

    /** @return whether there was a grant to revoke */
    public synchronized boolean revoke(String seller, String advisor) {
        List<Grant> next = new ArrayList<>(grants);
        boolean removed = next.removeIf(g -> g.seller().equals(seller) && g.advisor().equalsIgnoreCase(advisor));
        if (removed) {
            replace(next);
        }
        return removed;
    }

    /** Revokes every grant of the seller (her data is erased). */
    public synchronized void revokeAll(String seller) {
        List<Grant> next = new ArrayList<>(grants);
        if (next.removeIf(g -> g.seller().equals(seller))) {
            replace(next);
        }
    }

    /** The seller's grants, expired ones included (her page shows them as expired), by advisor. */
    public synchronized List<Grant> grantsOf(String seller) {
        return grants.stream().filter(g -> g.seller().equals(seller))
                .sorted(Comparator.comparing(Grant::advisor)).toList();
    }

    /** The grants that give the advisor access today, by seller. */
    public synchronized List<Grant> activeGrantsTo(String advisor) {
        LocalDate today = today();
        return grants.stream().filter(g -> g.advisor().equalsIgnoreCase(advisor) && g.activeOn(today))
                .sorted(Comparator.comparing(Grant::seller)).toList();
    }

    /** Whether the advisor may read the seller right now. */
    public synchronized boolean allows(String advisor, String seller) {
        return find(seller, advisor).filter(g -> g.activeOn(today())).isPresent();
    }

    public synchronized Optional<Grant> find(String seller, String advisor) {
        return grants.stream().filter(g -> g.seller().equals(seller) && g.advisor().equalsIgnoreCase(advisor)).findFirst();
    }

    private void replace(List<Grant> next) {
        JsonFiles.write(file, next);
        grants = List.copyOf(next);
    }
}
