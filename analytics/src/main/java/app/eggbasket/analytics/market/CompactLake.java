package app.eggbasket.analytics.market;

import app.eggbasket.ingestion.lake.Lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
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
 * <pre>
 * lake/compact/sales.parquet    every seller's lines, sorted by seller_id, order_date
 * lake/compact/manifest.tsv     seller, size, modified (ms) of each file copied
 * </pre>
 */
public final class CompactLake {

    /** A seller's file as it is, or was when compacted. */
    public record Stamp(long size, long modified) {
    }

    /**
     * Where each consenting seller's lines are to be read from.
     *
     * @param fromOwnFiles the sellers whose own file is read, in the order of {@code ownFiles}
     */
    public record Sources(Optional<Path> compact, List<String> fromCompact, List<Path> ownFiles, List<String> fromOwnFiles) {
    }

    private final Lake lake;

    public CompactLake(Lake lake) {
        this.lake = lake;
    }

    public Path file() {
        return lake.root().resolve("lake").resolve("compact").resolve("sales.parquet");
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
    private record ReadManifest(Object fileKey, long size, long modified, Map<String, Stamp> stamps) {
    }

    private volatile ReadManifest lastRead;

    public Map<String, Stamp> readManifest() {
        if (!Files.isRegularFile(manifest()) || !Files.isRegularFile(file())) {
            return Map.of();
        }
        try {
            BasicFileAttributes a = Files.readAttributes(manifest(), BasicFileAttributes.class);
            ReadManifest known = lastRead;
            if (known != null && a.fileKey() != null && a.fileKey().equals(known.fileKey())
                    && a.size() == known.size() && a.lastModifiedTime().toMillis() == known.modified()) {
                return known.stamps();
            }
            Map<String, Stamp> stamps = parseManifest();
            lastRead = new ReadManifest(a.fileKey(), a.size(), a.lastModifiedTime().toMillis(), stamps);
            return stamps;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Stamp> parseManifest() {
        try {
            Map<String, Stamp> out = new HashMap<>();
            for (String line : Files.readAllLines(manifest(), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 3) {
                    out.put(f[0], new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2])));
                }
            }
            return Map.copyOf(out);
        } catch (IOException | NumberFormatException e) {
            return Map.of();
        }
    }

    /** Writes the manifest atomically; call it only after the compact file itself was replaced. */
    public void writeManifest(Map<String, Stamp> stamps) {
        String text = stamps.entrySet().stream().sorted(Map.Entry.comparingByKey())
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
     * Splits the sellers between the compact file (unchanged since compaction) and their own files. The sellers'
     * files are looked at in parallel: one {@code stat} each, 100,000 of them for a large cooperative.
     */
    public Sources sources(Collection<String> sellers) {
        Map<String, Stamp> compacted = readManifest();
        List<String> fromCompact = new java.util.ArrayList<>();
        List<Path> own = new java.util.ArrayList<>();
        List<String> fromOwn = new java.util.ArrayList<>();
        List<String> ordered = List.copyOf(sellers);
        List<Optional<Stamp>> stamps = ordered.parallelStream().map(this::stamp).toList();
        for (int i = 0; i < ordered.size(); i++) {
            String seller = ordered.get(i);
            Optional<Stamp> now = stamps.get(i);
            if (now.isEmpty()) {
                continue;
            }
            if (now.get().equals(compacted.get(seller))) {
                fromCompact.add(seller);
            } else {
                own.add(lake.salesFile(seller));
                fromOwn.add(seller);
            }
        }
        return new Sources(fromCompact.isEmpty() ? Optional.empty() : Optional.of(file()), fromCompact, own, fromOwn);
    }
}
