package app.eggbasket.ingestion.privacy;

import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Erases everything held about one seller (the right to erasure): her sale lines first, under the same
 * lock as ingestion so no upload in progress writes them back, then her raw uploads, upload history, column mappings and profile.
 * Erasing twice is harmless; a crash half-way is finished by erasing again.
 */
public final class SellerDataEraser {

    private final Lake lake;
    private final LakeWriter writer;

    public SellerDataEraser(Lake lake) {
        this.lake = lake;
        this.writer = new LakeWriter(lake);
    }

    /** What was erased. */
    public record Erased(boolean sales, int rawFiles, int uploadRecords) {
    }

    public Erased erase(String sellerId) {
        boolean sales = writer.erase(sellerId);
        int raw = deleteTree(lake.rawDir(sellerId));
        int uploads = deleteTree(lake.uploadsDir(sellerId));
        deleteTree(lake.mappingsDir(sellerId));
        try {
            Files.deleteIfExists(lake.profileFile(sellerId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot erase " + lake.profileFile(sellerId), e);
        }
        return new Erased(sales, raw, uploads);
    }

    private static int deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            int files = 0;
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(p)) {
                    files++;
                }
                Files.delete(p);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot erase " + dir, e);
        }
    }
}
