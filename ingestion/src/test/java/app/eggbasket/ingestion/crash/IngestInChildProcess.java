package app.eggbasket.ingestion.crash;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ingest a {@link RandomlyKilledIngestTests} run starts in a child JVM and kills: opens the lake as the CLI does
 * (removing what a dead writer left), ingests one file for one seller, prints its summary line and exits.
 * Arguments: data directory, seller, file.
 */
public final class IngestInChildProcess {

    private IngestInChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        Lake lake = new Lake(Path.of(args[0]));
        new LakeWriter(lake).sweepLeftovers();
        Path file = Path.of(args[2]);
        System.out.println("started");
        System.out.flush();
        FileSummary summary = new Ingestor(lake, Formats.standard())
                .ingest(args[1], file.getFileName().toString(), Files.readAllBytes(file), null, ParseContext.DEFAULT_ZONE);
        System.out.println("done " + summary.accepted() + " " + summary.newLines());
    }
}
