package app.eggbasket.analytics.cooperative;

import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The members of one cooperative and the invitations to it: one file per seller,
 * {@code <data>/cooperatives/<coop>/members/<seller>.json}. Only a member consents: {@link #leave} withdraws her
 * consent before she is marked as gone, so a crash between the two leaves her a member without consent, never
 * the reverse.
 */
public final class Members {

    /** Every change of membership or consent, in this JVM, holds it (see {@link app.eggbasket.analytics.market.ConsentStore#give}). */
    private static final Object LOCK = Members.class;

    private final Lake lake;
    private final String cooperative;
    private final Path dir;
    private final Clock clock;

    public Members(Lake lake, String cooperative) {
        this(lake, cooperative, Clock.systemUTC());
    }

    Members(Lake lake, String cooperative, Clock clock) {
        this.lake = lake;
        this.cooperative = SellerIds.require(cooperative);
        this.dir = Cooperatives.dir(lake.root(), cooperative).resolve("members");
        this.clock = clock;
    }

    public String cooperative() {
        return cooperative;
    }

    /** The consents to this cooperative. */
    public ConsentStore consents() {
        return new ConsentStore(lake, cooperative);
    }

    public Optional<Membership> find(String seller) {
        return CooperativeFiles.read(file(seller), Membership.class);
    }

    public boolean isMember(String seller) {
        return find(seller).map(Membership::member).orElse(false);
    }

    /** Every seller invited to or belonging to the cooperative, now or before, by seller id. */
    public List<Membership> all() {
        List<Membership> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith(".") && name.endsWith(".json")) {
                    CooperativeFiles.read(f, Membership.class).ifPresent(all::add);
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the members of " + cooperative, e);
        }
        return all;
    }

    /** The current members, by seller id. */
    public List<Membership> current() {
        return all().stream().filter(Membership::member).toList();
    }

    /**
     * A manager invites the seller; inviting again one who declined or left is allowed, and a pending invitation
     * keeps its first date.
     *
     * @throws IllegalStateException when she is a member already
     */
    public Membership invite(String seller, String manager) {
        synchronized (LOCK) {
            Optional<Membership> now = find(seller);
            if (now.isPresent() && now.get().member()) {
                throw new IllegalStateException(seller + " is a member of " + cooperative + " already");
            }
            if (now.isPresent() && now.get().pending()) {
                return now.get();
            }
            Instant at = clock.instant();
            return save(new Membership(seller, Membership.Status.INVITED, at, manager, null, at));
        }
    }

    /** @throws IllegalStateException when she has no pending invitation */
    public Membership accept(String seller) {
        synchronized (LOCK) {
            Membership invited = pending(seller);
            Instant at = clock.instant();
            return save(new Membership(seller, Membership.Status.MEMBER, invited.invitedAt(), invited.invitedBy(), at, at));
        }
    }

    /** @throws IllegalStateException when she has no pending invitation */
    public Membership decline(String seller) {
        synchronized (LOCK) {
            Membership invited = pending(seller);
            return save(new Membership(seller, Membership.Status.DECLINED, invited.invitedAt(), invited.invitedBy(), null,
                    clock.instant()));
        }
    }

    /**
     * She joins without an invitation (the cooperative's code, the operator's command line, a migration); a
     * member stays as she is.
     *
     * @param since when she became a member, null for now
     */
    public Membership join(String seller, Instant since) {
        synchronized (LOCK) {
            Optional<Membership> now = find(seller);
            if (now.isPresent() && now.get().member()) {
                return now.get();
            }
            Instant at = clock.instant();
            return save(new Membership(seller, Membership.Status.MEMBER, now.map(Membership::invitedAt).orElse(null),
                    now.map(Membership::invitedBy).orElse(null), since == null ? at : since, at));
        }
    }

    /**
     * She leaves: her consent is withdrawn first, so she is out of every later report.
     *
     * @return false when she was not a member
     */
    public boolean leave(String seller) {
        synchronized (LOCK) {
            Optional<Membership> now = find(seller);
            if (now.isEmpty() || !now.get().member()) {
                return false;
            }
            consents().withdraw(seller);
            Membership m = now.get();
            save(new Membership(seller, Membership.Status.LEFT, m.invitedAt(), m.invitedBy(), m.memberSince(), clock.instant()));
            return true;
        }
    }

    /**
     * Her data is erased: her consent is withdrawn and her standing deleted, as if she had never been invited.
     * Editions already published stay as they are.
     *
     * @return whether there was anything to forget
     */
    public boolean forget(String seller) {
        synchronized (LOCK) {
            boolean consented = consents().withdraw(seller);
            try {
                return java.nio.file.Files.deleteIfExists(file(seller)) || consented;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot erase the membership of " + seller + " in " + cooperative, e);
            }
        }
    }

    private Membership pending(String seller) {
        return find(seller).filter(Membership::pending).orElseThrow(() ->
                new IllegalStateException(seller + " has no pending invitation to " + cooperative));
    }

    private Membership save(Membership membership) {
        CooperativeFiles.write(file(membership.seller()), membership);
        return membership;
    }

    private Path file(String seller) {
        return dir.resolve(SellerIds.require(seller) + ".json");
    }
}
