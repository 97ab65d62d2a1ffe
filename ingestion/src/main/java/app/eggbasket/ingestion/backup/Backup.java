package app.eggbasket.ingestion.backup;

import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;
import app.eggbasket.ingestion.lake.SellerIds;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A consistent copy of a data directory while the dashboard runs ({@code eggbasket backup --data DIR --to FILE}):
 * every file of a seller (her sales file, raw uploads, upload results, mappings, profile) is copied while holding
 * her write lock, so an ingest running meanwhile is in the copy whole or not at all; every other file (accounts,
 * cooperatives, editions, rates, the pseudonymisation key) is replaced atomically by its writers and is copied as it
 * is. Files being written ({@code lake/.tmp}) and the locks are left out. The zip is written beside its target and
 * renamed into place, so a backup cut short leaves no half file under the name. {@link Restore} puts it back.
 */
public final class Backup {

    /** The first entry of every backup: what it is and when it was made. */
    public static final String MANIFEST = "eggbasket-backup.txt";
    /** The folders under the data directory whose next level is a seller id (or {@code <seller>.properties}). */
    static final List<String> PER_SELLER = List.of("lake/sales", "raw", "uploads", "mappings", "profiles");
    private static final Set<String> LEFT_OUT = Set.of("lake/.tmp", "lake/.locks");

    /** What a backup copied. */
    public record Result(int sellers, int files, long bytes) {
    }

    private final Lake lake;

    public Backup(Lake lake) {
        this.lake = lake;
    }

    public Result writeTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (absolute.startsWith(lake.root())) {
            throw new IllegalArgumentException("the backup " + target + " must not be inside the data directory it copies");
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            Result result;
            Files.deleteIfExists(partial);
            Files.createFile(partial);
            // it holds the pseudonymisation key and every seller's data: readable by its owner only
            if (Files.getFileStore(partial).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                result = write(zip);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the .part of a failed backup: nothing else to do
            }
        }
    }

    private Result write(ZipOutputStream zip) throws IOException {
        Counter count = new Counter();
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(("Eggbasket backup\nmade: " + Instant.now() + "\nfrom: " + lake.root() + "\n").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        Path root = lake.root();
        // everything that is not a seller's, as it is
        for (Path file : files(root, true)) {
            count.add(copy(zip, file));
        }
        // each seller's files under her lock
        LakeWriter writer = new LakeWriter(lake);
        for (String seller : sellers()) {
            writer.underLock(seller, () -> {
                for (String folder : PER_SELLER) {
                    Path dir = root.resolve(folder).resolve(seller);
                    for (Path file : Files.isDirectory(dir) ? files(dir, false) : List.<Path>of()) {
                        count.add(copy(zip, file));
                    }
                    Path single = root.resolve(folder).resolve(seller + ".properties");
                    if (Files.isRegularFile(single)) {
                        count.add(copy(zip, single));
                    }
                }
                return null;
            });
            count.sellers++;
        }
        return new Result(count.sellers, count.files, count.bytes);
    }

    /** Every seller with a file in one of the per-seller folders. */
    private Set<String> sellers() throws IOException {
        Set<String> sellers = new TreeSet<>();
        for (String folder : PER_SELLER) {
            Path dir = lake.root().resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString().replaceFirst("\\.properties$", "");
                    if (SellerIds.isValid(name)) {
                        sellers.add(name);
                    }
                }
            }
        }
        return sellers;
    }

    /**
     * The files under {@code dir} in name order, without what is being written ({@code lake/.tmp}, part files) and
     * the locks; without the per-seller folders too when {@code skipSellers} (they are copied under each lock).
     */
    private List<Path> files(Path dir, boolean skipSellers) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) {
                String relative = relative(d);
                boolean skipped = LEFT_OUT.contains(relative) || (skipSellers && PER_SELLER.contains(relative));
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !file.getFileName().toString().endsWith(".part")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // removed while the walk ran (a temporary file)
                }
                throw e;
            }
        });
        files.sort(null);
        return files;
    }

    private long copy(ZipOutputStream zip, Path file) throws IOException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException gone) {
            return -1; // removed since it was listed (a temporary file): not part of the copy
        }
        ZipEntry entry = new ZipEntry(relative(file));
        entry.setLastModifiedTime(Files.getLastModifiedTime(file));
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
        return content.length;
    }

    private String relative(Path file) {
        return lake.root().relativize(file).toString().replace('\\', '/');
    }

    private static final class Counter {
        int sellers;
        int files;
        long bytes;

        void add(long copied) {
            if (copied >= 0) {
                files++;
                bytes += copied;
            }
        }
    }
}
