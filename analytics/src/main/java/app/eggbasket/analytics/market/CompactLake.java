package app.eggbasket.analytics.market;

import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeChanges;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An optional copy of every seller's lines in one Parquet file sorted by seller ({@code ./eggbasket compact}),
 * so the market report reads one file instead of one per seller. A manifest records the size and
 * modification time of each seller's file as it was copied; a seller's lines are taken from the compact file
 * only while her own file is unchanged, otherwise (new upload, erasure, new seller) from her own file, so the
 * report is never stale and an erased seller's lines never come back.
 *
 * <p>Beside it, the same lines summed per seller, channel, kind, quarter and currency ({@link MarketSql#ROLLUP}):
 * about ten times fewer rows, from which the market report takes a compacted seller's lines in its own currency
 * when the period is made of whole quarters, converting only her other lines.
 *
 * <pre>
 * lake/compact/sales.parquet      every seller's lines, sorted by seller_id, order_date
 * lake/compact/quarterly.parquet  the same lines summed per seller_id, channel, channel_kind, quarter_id, currency
 * lake/compact/manifest.tsv       the lake's change token when the copy began ({@link LakeChanges}), then
 *                                 seller, size, modified (ms) of each file copied
 * </pre>
 *
 * While the lake's change token is the one the manifest records, no seller's file changed since the copy began, and
 * the report reads every compacted seller from the copy without looking at her file; once it changed, each
 * consenting seller's file is looked at (one {@code stat} each).
 */
public final class CompactLake {

    /** A seller's file as it is, or was when compacted. */
    public record Stamp(long size, long modified) {
    }

    /**
     * Where each consenting seller's lines are to be read from.
     *
     * @param rollup       the per-quarter sums of the compact file, when there is one
     * @param fromOwnFiles the sellers whose own file is read, in the order of {@code ownFiles}
     */
    public record Sources(Optional<Path> compact, Optional<Path> rollup, List<String> fromCompact, List<Path> ownFiles,
                          List<String> fromOwnFiles) {

        /**
         * The per-quarter sums to read for the period: only when it is made of whole quarters
         * ({@link MarketSql#quarterAligned}); then the compact file's lines in the report's currency are in them,
         * not to be read again.
         */
        public Optional<Path> rollupFor(app.eggbasket.analytics.engine.Period period) {
            return MarketSql.quarterAligned(period) ? rollup : Optional.empty();
        }
    }

    private final Lake lake;
    private final LakeChanges changes;

    public CompactLake(Lake lake) {
        this.lake = lake;
        this.changes = new LakeChanges(lake);
    }

    public Path file() {
        return lake.root().resolve("lake").resolve("compact").resolve("sales.parquet");
    }

    /** The compact file's lines summed per quarter ({@link MarketSql#ROLLUP}). */
    public Path rollup() {
        return file().resolveSibling("quarterly.parquet");
    }

    public Path manifest() {
        return file().resolveSibling("manifest.tsv");
    }

    /** The stamp of a seller's file now, empty when she has none. */
    public Optional<Stamp> stamp(String seller) {
        try {
            BasicFileAttributes a = Files.readAttributes(lake.salesFile(seller), BasicFileAttributes.class);
            return Optional.of(new Stamp(a.size(), a.lastModifiedTime().toMillis()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sellers' files now (sellers without a file are left out). */
    public Map<String, Stamp> stamps(Collection<String> sellers) {
        Map<String, Stamp> out = new HashMap<>();
        for (String seller : sellers) {
            stamp(seller).ifPresent(s -> out.put(seller, s));
        }
        return out;
    }

    /**
     * The manifest as last read, with the size, modification time and file key (inode) of the file it was read
     * from: the manifest is only ever replaced by an atomic move, which gives it a new file key.
     */
    private record ReadManifest(Object fileKey, long size, long modified, Manifest manifest) {
    }

    /**
     * What a compaction copied.
     *
     * @param changes the lake's change token when the copy began, "" when unknown
     */
    public record Manifest(String changes, Map<String, Stamp> stamps) {
        static final Manifest NONE = new Manifest("", Map.of());
    }

    private volatile ReadManifest lastRead;

    public Manifest readManifest() {
        if (!Files.isRegularFile(manifest()) || !Files.isRegularFile(file())) {
            return Manifest.NONE;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(manifest(), BasicFileAttributes.class);
            ReadManifest known = lastRead;
            if (known != null && a.fileKey() != null && a.fileKey().equals(known.fileKey())
                    && a.size() == known.size() && a.lastModifiedTime().toMillis() == known.modified()) {
                return known.manifest();
            }
            Manifest manifest = parseManifest();
            lastRead = new ReadManifest(a.fileKey(), a.size(), a.lastModifiedTime().toMillis(), manifest);
            return manifest;
        } catch (NoSuchFileException e) {
            return Manifest.NONE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Manifest parseManifest() {
        try {
            Map<String, Stamp> out = new HashMap<>();
            String changes = "";
            for (String line : Files.readAllLines(manifest(), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 2 && f[0].equals(CHANGES)) {
                    changes = f[1];
                } else if (f.length == 3) {
                    out.put(f[0], new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2])));
                }
            }
            return new Manifest(changes, Map.copyOf(out));
        } catch (IOException | NumberFormatException e) {
            return Manifest.NONE;
        }
    }

    private static final String CHANGES = "#changes";

    /**
     * The lake's change token to record in the manifest of a compaction about to begin: read before any seller's
     * file is looked at (a lake whose writers never recorded a change gets its first token now).
     */
    public String changesBeforeCopy() {
        if (changes.current().isEmpty()) {
            changes.record();
        }
        return changes.current();
    }

    /**
     * Writes the manifest atomically; call it only after the compact files themselves were replaced.
     *
     * @param changes the lake's change token read before the copy began ({@link #changesBeforeCopy()})
     * @param stamps  the sellers copied, each with her file's stamp, unchanged from before the copy to after it
     */
    public void writeManifest(String changes, Map<String, Stamp> stamps) {
        String text = CHANGES + "\t" + changes + "\n" + stamps.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "\t" + e.getValue().size() + "\t" + e.getValue().modified() + "\n")
                .collect(Collectors.joining());
        try {
            Path tmp = manifest().resolveSibling("manifest.tsv.tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, manifest(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits the sellers between the compact file (unchanged since compaction) and their own files. While the lake's
     * change token is the manifest's, the compacted sellers are taken from the copy as they are and only the others
     * are looked at; otherwise every seller's file is, in parallel: one {@code stat} each, 100,000 of them for a large
     * cooperative.
     */
    public Sources sources(Collection<String> sellers) {
        Manifest manifest = readManifest();
        boolean unchanged = !manifest.changes().isEmpty() && manifest.changes().equals(changes.current());
        List<String> fromCompact = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String seller : sellers) {
            if (unchanged && manifest.stamps().containsKey(seller)) {
                fromCompact.add(seller);
            } else {
                unknown.add(seller);
            }
        }
        List<Path> own = new ArrayList<>();
        List<String> fromOwn = new ArrayList<>();
        List<Optional<Stamp>> stamps = unknown.parallelStream().map(this::stamp).toList();
        for (int i = 0; i < unknown.size(); i++) {
            String seller = unknown.get(i);
            Optional<Stamp> now = stamps.get(i);
            if (now.isEmpty()) {
                continue;
            }
            if (now.get().equals(manifest.stamps().get(seller))) {
                fromCompact.add(seller);
            } else {
                own.add(lake.salesFile(seller));
                fromOwn.add(seller);
            }
        }
        Optional<Path> compact = fromCompact.isEmpty() ? Optional.empty() : Optional.of(file());
        Optional<Path> rollup = compact.isPresent() && Files.isRegularFile(rollup()) ? Optional.of(rollup()) : Optional.empty();
        return new Sources(compact, rollup, fromCompact, own, fromOwn);
    }
}
