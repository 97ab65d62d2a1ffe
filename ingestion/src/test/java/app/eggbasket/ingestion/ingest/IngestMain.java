package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.lake.Lake;

import java.nio.file.Files;
import java.nio.file.Path;

/** A separate process that ingests one file, so that a test can kill it mid-write. */
public final class IngestMain {

    private IngestMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[2]);
        new Ingestor(new Lake(Path.of(args[0])), Formats.standard())
                .ingest(args[1], file.getFileName().toString(), Files.readAllBytes(file), null, ParseContext.DEFAULT_ZONE);
    }
}
