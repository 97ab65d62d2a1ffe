package app.eggbasket.ingestion.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps every upload as received, private to its seller, so the lake can be rebuilt when a parser
 * improves. Files are named by their SHA-256: the same export uploaded twice is kept once.
 */
public final class RawStore {

    private static final Pattern UPLOAD_ID = Pattern.compile("[0-9a-f]{64}");

    private final Lake lake;

    public RawStore(Lake lake) {
        this.lake = lake;
    }

    /** The upload as received, empty when this seller has no upload with that id (or the id is malformed). */
    public Optional<byte[]> read(String sellerId, String uploadId) {
        if (uploadId == null || !UPLOAD_ID.matcher(uploadId).matches()) {
            return Optional.empty();
        }
        Path file = lake.rawDir(sellerId).resolve(uploadId + ".csv");
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the raw upload " + uploadId, e);
        }
    }

    public void keep(String sellerId, String uploadId, byte[] content) {
        Path target = lake.rawDir(sellerId).resolve(uploadId + ".csv");
        if (Files.exists(target)) {
            return;
        }
        try {
            PrivateFiles.writeAtomically(target, content, lake.tmpDir(), false);
        } catch (FileAlreadyExistsException sameContent) {
            // kept by a concurrent upload of the same file
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the raw upload " + uploadId, e);
        }
    }
}
