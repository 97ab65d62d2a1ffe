package app.eggbasket.ingestion.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads sample exports from data-samples for tests outside the golden-file suite. */
final class Samples {

    private Samples() {
    }

    static byte[] read(String relative) {
        String configured = System.getProperty("eggbasket.samples");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "data-samples", "src", "main", "resources", "samples");
        try {
            return Files.readAllBytes(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
