package app.eggbasket.analytics.edition;

import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.analytics.market.MarketReportJson;
import app.eggbasket.ingestion.lake.PrivateFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A cooperative's releases on disk, under {@code <data>/cooperatives/<coop>/releases/<id>/}: {@code release.json}
 * (period, engine, when, by whom), {@code report.json} (the published cells, exactly as the public gets them),
 * {@code snapshot.bin} (what it was computed from, private: {@link Snapshot}) and, once it is an edition,
 * {@code published.json} (its number and time). A release is written whole into a hidden directory, synced, then
 * renamed into place, so a crash leaves it absent or complete; its figures are never written again. Creating and
 * publishing hold a lock on {@code releases/.lock}, across processes too (the CLI or the Spark job may publish while
 * the dashboard runs).
 */
public final class Releases {

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();
    /** Releases as read, by folder: their figures never change, and an edition stays one. */
    private static final ConcurrentHashMap<Path, Release> READ = new ConcurrentHashMap<>();
    /** Whose figures each release holds, by folder, for as long as memory allows (a snapshot may hold 100,000 members). */
    private static final ConcurrentHashMap<Path, java.lang.ref.SoftReference<java.util.Set<String>>> CONTRIBUTORS =
            new ConcurrentHashMap<>();

    /** Snapshots as read, by file, size and modification time, for as long as memory allows (~25 MB each at 100,000 members). */
    private static final ConcurrentHashMap<Path, java.lang.ref.SoftReference<CachedSnapshot>> SNAPSHOTS =
            new ConcurrentHashMap<>();

    private record CachedSnapshot(long size, java.nio.file.attribute.FileTime modified, Snapshot snapshot) {
    }

    private final Path dir;
    private final String cooperative;

    public Releases(Path data, String cooperative) {
        this.dir = Cooperatives.dir(data, cooperative).resolve("releases");
        this.cooperative = cooperative;
    }

    /** What {@code release.json} holds. */
    private record Meta(String id, String cooperative, String cooperativeName, String period, LocalDate coveredTo,
                        String engine, Instant computedAt, String computedBy, long contributing,
                        int withheldForDifferencing) {
    }

    /** What {@code published.json} holds. */
    private record Publication(int edition, Instant publishedAt) {
    }

    /** Every release, drafts and editions, in the order they were computed. */
    public List<Release> all() {
        List<Release> out = new ArrayList<>();
        for (String id : ids()) {
            read(id).ifPresent(out::add);
        }
        return out;
    }

    /** The editions, by number. */
    public List<Release> editions() {
        return all().stream().filter(Release::published).sorted(Comparator.comparing(Release::edition)).toList();
    }

    public Optional<Release> edition(int number) {
        return editions().stream().filter(r -> r.edition() == number).findFirst();
    }

    public Optional<Release> latestEdition() {
        List<Release> editions = editions();
        return editions.isEmpty() ? Optional.empty() : Optional.of(editions.get(editions.size() - 1));
    }

    public Optional<Release> find(String id) {
        if (id == null || !id.matches("\\d{4,9}")) {
            return Optional.empty();
        }
        return read(id);
    }

    /** The figures a release was computed from (private). */
    public Snapshot snapshot(String id) {
        Path file = dir.resolve(id).resolve("snapshot.bin").toAbsolutePath().normalize();
        try {
            java.nio.file.attribute.BasicFileAttributes seen = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class);
            java.lang.ref.SoftReference<CachedSnapshot> ref = SNAPSHOTS.get(file);
            CachedSnapshot cached = ref == null ? null : ref.get();
            if (cached != null && cached.size() == seen.size() && cached.modified().equals(seen.lastModifiedTime())) {
                return cached.snapshot();
            }
            Snapshot read;
            try (InputStream in = Files.newInputStream(file)) {
                read = Snapshot.read(in);
            }
            SNAPSHOTS.put(file, new java.lang.ref.SoftReference<>(new CachedSnapshot(seen.size(), seen.lastModifiedTime(), read)));
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshot of release " + id + " of " + cooperative, e);
        }
    }

    /**
     * Stores a new release. {@code check} runs under the lock, so no other release appears between the check
     * against the earlier ones and the storing of this one.
     *
     * @param check the release to store for the snapshot (its id is given here)
     */
    public Release create(Snapshot snapshot, Function<Snapshot, Release> check) {
        return locked(() -> {
            Release made = check.apply(snapshot);
            String id = String.format("%04d", ids().stream().mapToInt(Integer::parseInt).max().orElse(0) + 1);
            Release release = new Release(id, made.cooperative(), made.cooperativeName(), made.period(), made.coveredTo(),
                    made.engine(), made.computedAt(), made.computedBy(), made.contributing(), made.withheldForDifferencing(), null, null,
                    made.report());
            Path tmp = dir.resolve(".tmp-" + id + "-" + UUID.randomUUID());
            try {
                Files.createDirectories(tmp);
                PrivateFiles.ownerOnly(tmp);
                writeSynced(tmp.resolve("release.json"), JSON.writeValueAsBytes(new Meta(id, release.cooperative(),
                        release.cooperativeName(), release.period().label(), release.coveredTo(), release.engine(),
                        release.computedAt(), release.computedBy(), release.contributing(), release.withheldForDifferencing())));
                writeSynced(tmp.resolve("report.json"), MarketReportJson.text(release.report(), JSON).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, snapshot.size() * 20));
                snapshot.write(bytes);
                writeSynced(tmp.resolve("snapshot.bin"), bytes.toByteArray());
                Files.move(tmp, dir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
                syncDirectory(dir);
                return release;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store release " + id + " of " + cooperative, e);
            } finally {
                deleteTree(tmp);
            }
        });
    }

    /**
     * Makes a draft the next edition.
     *
     * @throws java.util.NoSuchElementException when there is no such release
     * @throws IllegalStateException            when it is an edition already
     */
    public Release publish(String id, Instant at) {
        return locked(() -> {
            Release draft = find(id).orElseThrow(() -> new java.util.NoSuchElementException("no release " + id + " of " + cooperative));
            if (draft.published()) {
                throw new IllegalStateException("release " + id + " is edition " + draft.edition() + " already");
            }
            int number = editions().stream().mapToInt(Release::edition).max().orElse(0) + 1;
            try {
                Path file = dir.resolve(id).resolve("published.json");
                Path tmp = file.resolveSibling(".published." + UUID.randomUUID() + ".part");
                writeSynced(tmp, JSON.writeValueAsBytes(new Publication(number, at)));
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                syncDirectory(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot publish release " + id + " of " + cooperative, e);
            }
            READ.remove(dir.resolve(id).toAbsolutePath().normalize());
            return draft.asEdition(number, at);
        });
    }

    /** Her id in every snapshot becomes an opaque token: her data is erased, her figures still protect her. */
    public void forget(String sellerId) {
        locked(() -> {
            for (String id : ids()) {
                Snapshot s = snapshot(id);
                if (hasSeller(s, sellerId)) {
                    Snapshot renamed = s.renamed(sellerId, "erased-" + UUID.randomUUID());
                    try {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, s.size() * 20));
                        renamed.write(bytes);
                        Path file = dir.resolve(id).resolve("snapshot.bin");
                        Path tmp = file.resolveSibling(".snapshot." + UUID.randomUUID() + ".part");
                        writeSynced(tmp, bytes.toByteArray());
                        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                        CONTRIBUTORS.remove(dir.resolve(id).toAbsolutePath().normalize());
                        SNAPSHOTS.remove(file.toAbsolutePath().normalize());
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot rewrite the snapshot of release " + id, e);
                    }
                }
            }
            return null;
        });
    }

    /** The ids of the releases whose figures include her (she had a line in the period). */
    public List<String> including(String sellerId) {
        return ids().stream().filter(id -> contributors(id).contains(sellerId)).toList();
    }

    private java.util.Set<String> contributors(String id) {
        Path key = dir.resolve(id).toAbsolutePath().normalize();
        java.lang.ref.SoftReference<java.util.Set<String>> kept = CONTRIBUTORS.get(key);
        java.util.Set<String> sellers = kept == null ? null : kept.get();
        if (sellers == null) {
            Snapshot s = snapshot(id);
            sellers = new java.util.HashSet<>();
            for (int r = 0; r < s.size(); r++) {
                sellers.add(s.sellerOf(r));
            }
            CONTRIBUTORS.put(key, new java.lang.ref.SoftReference<>(sellers));
        }
        return sellers;
    }

    private static boolean hasSeller(Snapshot s, String sellerId) {
        for (int i = 0; i < s.sellerCount(); i++) {
            if (s.seller(i).equals(sellerId)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Release> read(String id) {
        Path release = dir.resolve(id);
        Path key = release.toAbsolutePath().normalize();
        Release kept = READ.get(key);
        if (kept != null && (kept.published() || !Files.exists(release.resolve("published.json")))) {
            return Optional.of(kept);
        }
        Optional<Release> fresh = readFiles(id, release);
        fresh.ifPresent(r -> READ.put(key, r));
        return fresh;
    }

    private Optional<Release> readFiles(String id, Path release) {
        try {
            Meta meta = JSON.readValue(Files.readAllBytes(release.resolve("release.json")), Meta.class);
            JsonNode report = JSON.readTree(Files.readAllBytes(release.resolve("report.json")));
            MarketReport published = MarketReportJson.read(report);
            Publication publication = null;
            Path file = release.resolve("published.json");
            if (Files.exists(file)) {
                publication = JSON.readValue(Files.readAllBytes(file), Publication.class);
            }
            return Optional.of(new Release(meta.id(), meta.cooperative(), meta.cooperativeName(),
                    EditionPeriod.parse(meta.period()), meta.coveredTo(), meta.engine(), meta.computedAt(), meta.computedBy(),
                    meta.contributing(), meta.withheldForDifferencing(), publication == null ? null : publication.edition(),
                    publication == null ? null : publication.publishedAt(), published));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read release " + id + " of " + cooperative, e);
        }
    }

    private List<String> ids() {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4,9}")).sorted().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T locked(java.util.function.Supplier<T> action) {
        synchronized (LOCKS.computeIfAbsent(dir.toAbsolutePath().normalize(), p -> new Object())) {
            try {
                Files.createDirectories(dir);
                PrivateFiles.ownerOnly(dir);
                try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                    cleanTemporaries();
                    return action.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock the releases of " + cooperative, e);
            }
        }
    }

    /** A release being written when its process died never got its name: its directory goes. */
    private void cleanTemporaries() throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            listed.filter(p -> p.getFileName().toString().startsWith(".tmp-")).forEach(Releases::deleteTree);
        }
    }

    private static void writeSynced(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        PrivateFiles.ownerOnly(file);
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some file systems cannot sync a directory; the rename itself is atomic
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // left for the next start's clean-up
                }
            });
        } catch (IOException ignored) {
            // left for the next start's clean-up
        }
    }
}
