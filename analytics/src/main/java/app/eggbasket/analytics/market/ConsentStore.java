package app.eggbasket.analytics.market;

import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.cooperative.Members;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which members of one cooperative consented to contribute to its market report (DESIGN §5). One file per
 * consenting member, {@code <data>/cooperatives/<coop>/consent/<seller>}, holding the instant she opted in;
 * withdrawing deletes it, and her lines stop counting in the next report. Nobody counts without the file: consent
 * is opt-in, and only a member consents ({@link Members}). {@link #ConsentStore(Lake)} is the default
 * cooperative's, which any seller joins by consenting (the one consent of installations before cooperatives,
 * whose {@code <data>/consent/} folder migrates to it on first use: {@link Cooperatives#migrateLegacyConsents}).
 * <p>
 * {@link #consenting()} keeps its last listing and lists the directory again only when the directory's
 * modification time changed: every consent given or withdrawn, by this instance or another (another
 * process), creates, renames or deletes a name in it, which sets that time. (A directory put back with
 * other names but its old time, as a restore keeping times would, is not seen by a running instance.)
 */
public final class ConsentStore {

    /**
     * How much older than a listing the directory's modification time must be for the listing to be kept: file
     * systems stamp with a coarse clock (FAT: 2 s), so a change in the same tick as the listing, made after it
     * read the directory, could leave the time as it was (git's "racily clean" index entries).
     */
    static final Duration SETTLED = Duration.ofSeconds(2);

    /** A listing of the directory and the directory's modification time read before it. */
    private record Listing(FileTime modified, boolean reusable, List<String> sellers) {
    }

    private final Lake lake;
    private final String cooperative;
    private final Path dir;
    private volatile Listing last;

    /** The consents to the default cooperative. */
    public ConsentStore(Lake lake) {
        this(lake, Cooperative.DEFAULT_ID);
    }

    /** The consents to one cooperative. */
    public ConsentStore(Lake lake, String cooperative) {
        Cooperatives.migrateLegacyConsents(lake.root());
        this.lake = lake;
        this.cooperative = cooperative;
        this.dir = Cooperatives.dir(lake.root(), cooperative).resolve("consent");
    }

    public String cooperative() {
        return cooperative;
    }

    public boolean consents(String sellerId) {
        return Files.isRegularFile(file(sellerId));
    }

    /** When the seller opted in, empty when she has not (or withdrew). */
    public Optional<Instant> since(String sellerId) {
        Path file = file(sellerId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(Files.readString(file, StandardCharsets.UTF_8).trim()));
        } catch (IOException | DateTimeParseException e) {
            return Optional.of(Instant.EPOCH);
        }
    }

    /**
     * Records the member's consent (keeps the first date when she already consented). To the default cooperative,
     * a seller who is not a member joins it by consenting (the cooperative is created when it does not exist yet).
     * Checked and written while holding the lock of every membership change, so a member leaving at the same time
     * never keeps a consent.
     *
     * @throws IllegalStateException when she is not a member of this (other than the default) cooperative
     */
    public void give(String sellerId) {
        Path file = file(sellerId);
        synchronized (Members.class) {
            if (Files.isRegularFile(file)) {
                return;
            }
            Members members = new Members(lake, cooperative);
            if (!members.isMember(sellerId)) {
                if (!cooperative.equals(Cooperative.DEFAULT_ID)) {
                    throw new IllegalStateException(sellerId + " is not a member of the cooperative " + cooperative);
                }
                new Cooperatives(lake).ensureDefault();
                members.join(sellerId, null);
            }
            write(sellerId, file);
        }
    }

    private void write(String sellerId, Path file) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + sellerId + ".tmp");
            Files.writeString(tmp, Instant.now().toString() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the consent of " + sellerId, e);
        } finally {
            last = null;
        }
    }

    /** @return true when the seller had consented */
    public boolean withdraw(String sellerId) {
        try {
            return Files.deleteIfExists(file(sellerId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot withdraw the consent of " + sellerId, e);
        } finally {
            last = null;
        }
    }

    /**
     * The consenting sellers, sorted. The last listing is returned again when the directory's modification time
     * is the one read before that listing and that time was at least {@link #SETTLED} older than the listing's
     * start; otherwise the directory is listed again (100,000 names for a large cooperative).
     */
    public List<String> consenting() {
        Instant started = Instant.now();
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(dir);
        } catch (NoSuchFileException e) {
            last = null;
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Listing cached = last;
        if (cached != null && cached.reusable() && cached.modified().equals(modified)) {
            return cached.sellers();
        }
        List<String> sellers = list();
        last = new Listing(modified, !modified.toInstant().isAfter(started.minus(SETTLED)), sellers);
        return sellers;
    }

    /**
     * The names in the directory that are seller ids. Only {@link #give} creates files here, and the only other
     * names it makes are its temporary dot-files, so no name needs a look at what it names.
     */
    private List<String> list() {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.map(f -> f.getFileName().toString()).filter(ConsentStore::validId).sorted().toList();
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean validId(String name) {
        try {
            SellerIds.require(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Path file(String sellerId) {
        return dir.resolve(SellerIds.require(sellerId));
    }
}
