package app.eggbasket.ingestion.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Puts a {@link Backup} back ({@code eggbasket restore --from FILE --data DIR}) into a data directory that does not
 * exist or is empty: the zip is unpacked beside it and renamed into place, so a restore cut short leaves no half
 * directory. An entry that would land outside the directory ("zip slip") or a file that is not an Eggbasket backup
 * is refused, naming it.
 */
public final class Restore {

    private Restore() {
    }

    /** @return the number of files restored */
    public static int into(Path backup, Path data) {
        Path target = data.toAbsolutePath().normalize();
        try {
            if (Files.exists(target) && !isEmptyDirectory(target)) {
                throw new IllegalArgumentException(data + " is not empty: restore into a new directory, then move it");
            }
            Path staging = target.resolveSibling(target.getFileName() + ".restoring-" + UUID.randomUUID());
            int files = 0;
            boolean manifest = false;
            try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().equals(Backup.MANIFEST)) {
                        manifest = true;
                        continue;
                    }
                    Path out = staging.resolve(entry.getName()).normalize();
                    if (!out.startsWith(staging) || entry.getName().contains("..")) {
                        throw new IllegalArgumentException(backup + ": entry '" + entry.getName() + "' points outside the data directory");
                    }
                    if (entry.isDirectory()) {
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out);
                    if (entry.getLastModifiedTime() != null) {
                        Files.setLastModifiedTime(out, entry.getLastModifiedTime());
                    }
                    files++;
                }
                if (!manifest) {
                    throw new IllegalArgumentException(backup + " is not an Eggbasket backup (no " + Backup.MANIFEST + ")");
                }
                Files.createDirectories(staging);
                if (Files.exists(target)) {
                    Files.delete(target);
                }
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                return files;
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + backup + " into " + data + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
