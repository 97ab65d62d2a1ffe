package app.eggbasket.ingestion.crash;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety as a test, not a manual check (issue 15): an ingest runs in a child JVM and is killed with
 * SIGKILL at a random moment, 24 times over three file sizes. After each kill the seller's lake holds exactly what
 * it held before (the sale lines of an earlier upload) or exactly what a clean ingest gives — never part of the
 * file, never a line twice — and once the next process has opened the lake no part file of the dead one is left.
 * A final ingest of every file gives the clean totals: re-uploading after a crash never double counts.
 */
class RandomlyKilledIngestTests {

    private static final Path ETSY = Path.of("..", "data-samples", "src", "main", "resources", "samples",
            "etsy-sold-orders", "valid-EtsySoldOrders2022_en-US.csv");
    private static final int RUNS = 24;
    private static final int[] SIZES = {2_000, 40_000, 200_000};

    @TempDir
    Path work;

    /** Sale lines and revenue of a seller's lake. */
    record Totals(long lines, BigDecimal revenue) {
    }

    @Test
    void aKilledIngestLeavesTheLakeAsItWasOrAsACleanIngestWould() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int size : SIZES) {
            files.add(template(size));
        }
        // what a clean ingest gives, file by file, on top of the earlier Etsy upload
        Totals before = null;
        List<Totals> clean = new ArrayList<>();
        List<Duration> durations = new ArrayList<>();
        for (Path file : files) {
            Path data = Files.createDirectories(work.resolve("clean-" + file.getFileName()));
            seed(data);
            before = totals(data);
            long start = System.nanoTime();
            Process child = start(data, file);
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).as("a clean child ingest of " + file.getFileName()).isZero();
            durations.add(Duration.ofNanos(System.nanoTime() - start));
            clean.add(totals(data));
        }
        assertThat(before.lines()).as("the earlier upload is there").isEqualTo(8);
        for (int i = 0; i < SIZES.length; i++) {
            assertThat(clean.get(i).lines()).as("a clean ingest of %d lines", SIZES[i]).isEqualTo(before.lines() + SIZES[i]);
        }

        Random random = new Random(20261208L);
        int keptBefore = 0;
        int keptAfter = 0;
        for (int run = 0; run < RUNS; run++) {
            int which = run % SIZES.length;
            Path data = Files.createDirectories(work.resolve("run-" + run));
            seed(data);
            Process child = start(data, files.get(which));
            long killAfter = (long) (random.nextDouble() * durations.get(which).toMillis() * 1.1);
            if (!child.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            }
            child.waitFor(1, TimeUnit.MINUTES);

            Totals after = totals(data);
            assertThat(after).as("run %d (%d lines, killed after %d ms)", run, SIZES[which], killAfter)
                    .isIn(before, clean.get(which));
            if (after.equals(before)) {
                keptBefore++;
            } else {
                keptAfter++;
            }
            // the next process to open the lake removes the dead writer's part files
            new LakeWriter(new Lake(data)).sweepLeftovers();
            assertThat(partFiles(data)).as("run %d: part files left", run).isEmpty();

            // and uploading the file again gives the clean totals, never twice the lines
            new Ingestor(new Lake(data), Formats.standard()).ingest("alice", files.get(which).getFileName().toString(),
                    Files.readAllBytes(files.get(which)), null, ParseContext.DEFAULT_ZONE);
            assertThat(totals(data)).as("run %d re-uploaded", run).isEqualTo(clean.get(which));
        }
        assertThat(keptBefore).as("kills that caught the ingest before it replaced the lake").isPositive();
        System.out.printf("killed ingests: %d left the lake as before, %d as after; clean durations %s%n",
                keptBefore, keptAfter, durations);
    }

    private Process start(Path data, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                IngestInChildProcess.class.getName(), data.toString(), "alice", file.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("child-" + System.nanoTime() + ".log").toFile());
        return builder.start();
    }

    /** The seller's earlier upload: the 8 lines of the Etsy sample. */
    private static void seed(Path data) throws IOException {
        new Ingestor(new Lake(data), Formats.standard()).ingest("alice", "EtsySoldOrders2022.csv", Files.readAllBytes(ETSY),
                null, ParseContext.DEFAULT_ZONE);
    }

    /** Eggbasket's template with {@code lines} cash sales, each its own order. */
    private Path template(int lines) throws IOException {
        Path file = work.resolve("cash-" + lines + ".csv");
        StringBuilder csv = new StringBuilder("order_id,date,channel,item,gross_amount\n");
        for (int i = 0; i < lines; i++) {
            csv.append("M-").append(i).append(",2025-").append(String.format("%02d", 1 + i % 12)).append('-')
                    .append(String.format("%02d", 1 + i % 28)).append(",markets,Mug ").append(i % 97).append(',')
                    .append(10 + i % 50).append(".50\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static Totals totals(Path data) throws Exception {
        Path sales = new Lake(data).salesFile("alice");
        if (!Files.exists(sales)) {
            return new Totals(0, BigDecimal.ZERO);
        }
        try (var db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), coalesce(sum(revenue), 0) FROM read_parquet('"
                     + sales.toString().replace("'", "''") + "')")) {
            rs.next();
            return new Totals(rs.getLong(1), rs.getBigDecimal(2).setScale(2));
        }
    }

    private static List<Path> partFiles(Path data) throws IOException {
        Path tmp = new Lake(data).tmpDir();
        if (!Files.isDirectory(tmp)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
