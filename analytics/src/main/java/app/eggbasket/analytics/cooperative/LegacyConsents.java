package app.eggbasket.analytics.cooperative;

import app.eggbasket.ingestion.lake.SellerIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Moves the consents given before cooperatives existed, one file per seller in {@code <data>/consent/}, into the
 * default cooperative ({@link Cooperative#DEFAULT_ID}): each of those sellers becomes a member since the day she
 * consented, and her consent keeps its date. Runs when the folder exists and no cooperative does.
 * <p>
 * Crash-safe and idempotent: the cooperative is written whole in a hidden folder beside the others, then renamed
 * into place in one atomic step (a second process racing this one finds the name taken and drops its copy);
 * only then is the old folder renamed {@code consent.migrated}, kept as it was. A crash before the rename leaves a
 * hidden folder nobody reads (removed an hour later) and the migration runs again; a crash after it leaves the old
 * folder, which the next run renames, seeing the default cooperative's marker {@value #MARKER}.
 */
final class LegacyConsents {

    static final String MARKER = "migrated-from-consent";
    private static final Object LOCK = new Object();

    private LegacyConsents() {
    }

    static void migrate(Path data) {
        Path legacy = data.resolve("consent");
        if (!Files.isDirectory(legacy)) {
            return;
        }
        synchronized (LOCK) {
            try {
                run(data, legacy);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot migrate the consents in " + legacy + " to the default cooperative", e);
            }
        }
    }

    private static void run(Path data, Path legacy) throws IOException {
        if (!Files.isDirectory(legacy)) {
            return;
        }
        Path root = Cooperatives.root(data);
        Path target = root.resolve(Cooperative.DEFAULT_ID);
        if (Files.exists(target.resolve(MARKER))) {
            retire(data, legacy);
            return;
        }
        removeAbandoned(root);
        if (anyCooperative(root)) {
            return; // cooperatives made otherwise: the old folder is left as it is
        }
        List<String> sellers = sellers(legacy);
        if (sellers.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Path staging = root.resolve(".migrating-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging.resolve("members"));
            Files.createDirectories(staging.resolve("consent"));
            CooperativeFiles.write(staging.resolve("cooperative.json"),
                    Cooperative.withDefaultRules(Cooperative.DEFAULT_ID, Cooperative.DEFAULT_NAME, now));
            for (String seller : sellers) {
                Path old = legacy.resolve(seller);
                byte[] content = Files.readAllBytes(old);
                Instant since = consentDate(old, content);
                CooperativeFiles.write(staging.resolve("members").resolve(seller + ".json"),
                        new Membership(seller, Membership.Status.MEMBER, null, null, since, now));
                CooperativeFiles.write(staging.resolve("consent").resolve(seller), content);
            }
            CooperativeFiles.write(staging.resolve(MARKER),
                    (sellers.size() + " consents from " + legacy + " at " + now + "\n").getBytes(StandardCharsets.UTF_8));
            CooperativeFiles.ownerOnly(staging);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                // another process migrated first
            }
        } finally {
            CooperativeFiles.deleteTree(staging);
        }
        if (Files.exists(target.resolve(MARKER))) {
            retire(data, legacy);
        }
    }

    /** The date her file holds; the file's time when it holds none (as the old store answered, never lost). */
    private static Instant consentDate(Path file, byte[] content) throws IOException {
        try {
            return Instant.parse(new String(content, StandardCharsets.UTF_8).trim());
        } catch (DateTimeParseException e) {
            return Files.getLastModifiedTime(file).toInstant();
        }
    }

    private static List<String> sellers(Path legacy) throws IOException {
        List<String> sellers = new ArrayList<>();
        try (Stream<Path> files = Files.list(legacy)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && valid(name)) {
                    sellers.add(name);
                }
            }
        }
        return sellers;
    }

    private static boolean anyCooperative(Path root) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.anyMatch(d -> !d.getFileName().toString().startsWith(".") && Files.exists(d.resolve("cooperative.json")));
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static void removeAbandoned(Path root) throws IOException {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.filter(d -> d.getFileName().toString().startsWith(".migrating-")).toList()) {
                if (Files.getLastModifiedTime(d).toInstant().isBefore(hourAgo)) {
                    CooperativeFiles.deleteTree(d);
                }
            }
        } catch (NoSuchFileException e) {
            // no cooperative yet
        }
    }

    /** Renames the old folder out of the way, kept as it was: it is read no more. */
    private static void retire(Path data, Path legacy) throws IOException {
        Path kept = data.resolve("consent.migrated");
        if (Files.exists(kept)) {
            kept = data.resolve("consent.migrated-" + System.currentTimeMillis());
        }
        try {
            Files.move(legacy, kept, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            // another process retired it
        }
    }

    private static boolean valid(String name) {
        try {
            SellerIds.require(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
