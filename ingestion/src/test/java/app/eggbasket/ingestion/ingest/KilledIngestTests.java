package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer process killed with SIGKILL while it writes the lake leaves the seller's file as it was
 * before (or, if the rename already happened, as it is after): never half-written.
 */
class KilledIngestTests {

    private static final int BIG_ROWS = 150_000;

    @TempDir
    Path data;

    @Test
    void killedWriterLeavesTheLakeWholeAndTheNextIngestCleansUp() throws Exception {
        Lake lake = new Lake(data);
        Ingestor ingestor = new Ingestor(lake, Formats.standard());
        byte[] sample = Samples.read("etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv");
        ingestor.ingest("alice", "orders.csv", sample, null, ParseContext.DEFAULT_ZONE);
        Path big = data.resolve("big.csv");
        Files.writeString(big, bigExport(new String(sample, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestMain.class.getName(),
                data.toString(), "alice", big.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("writer.log").toFile()).start();
        boolean caughtMidWrite = waitForPartFile(lake, writer, 60);
        writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        long lines = count(lake);
        assertThat(lines).as("lines after the kill (part file seen: %s)", caughtMidWrite).isIn(8L, 8L + BIG_ROWS);
        assertThat(caughtMidWrite).as("the writer was killed while writing its part file").isTrue();

        ingestor.ingest("alice", "orders-again.csv", sample, null, ParseContext.DEFAULT_ZONE);
        assertThat(count(lake)).isEqualTo(lines);
        try (Stream<Path> leftovers = Files.list(lake.tmpDir())) {
            assertThat(leftovers.filter(p -> p.getFileName().toString().startsWith("alice~"))).isEmpty();
        }
    }

    private static boolean waitForPartFile(Lake lake, Process writer, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && writer.isAlive()) {
            if (Files.isDirectory(lake.tmpDir())) {
                try (Stream<Path> parts = Files.list(lake.tmpDir())) {
                    if (parts.anyMatch(p -> p.getFileName().toString().startsWith("alice~"))) {
                        return true;
                    }
                }
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static String bigExport(String sample) {
        String[] lines = sample.split("\n");
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        for (int i = 0; i < BIG_ROWS; i++) {
            String row = lines[1 + i % (lines.length - 1)];
            out.append(row.replaceFirst(",99000000\\d+,", "," + (1_000_000_000L + i) + ",")).append('\n');
        }
        return out.toString();
    }

    private static long count(Lake lake) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:duckdb:");
             var statement = connection.prepareStatement("SELECT count(*) FROM read_parquet(?)")) {
            statement.setString(1, lake.salesFile("alice").toString());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
