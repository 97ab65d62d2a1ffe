package app.eggbasket.ingestion.crash;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full disk (issue 15): the data directory on a 1 MB tmpfs. An upload that does not fit is refused with a sentence
 * saying the disk is full, and the seller's lake is exactly what it was.
 * Needs {@code mount} (root, as on the CI machine); skipped where it is not allowed.
 */
class DiskFullTests {

    private static final Path ETSY = Path.of("..", "data-samples", "src", "main", "resources", "samples",
            "etsy-sold-orders", "valid-EtsySoldOrders2022_en-US.csv");

    @TempDir
    Path work;

    private Path data;

    @BeforeEach
    void smallDisk() throws Exception {
        data = Files.createDirectories(work.resolve("small-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", data.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(20, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "mount -t tmpfs is not allowed here: "
                + new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @AfterEach
    void unmount() throws Exception {
        new ProcessBuilder("umount", data.toString()).start().waitFor(20, TimeUnit.SECONDS);
    }

    @Test
    void anUploadThatDoesNotFitFailsSayingSoAndTheLakeIsUnchanged() throws Exception {
        Ingestor ingestor = new Ingestor(new Lake(data), Formats.standard());
        FileSummary first = ingestor.ingest("alice", "EtsySoldOrders2022.csv", Files.readAllBytes(ETSY), null,
                ParseContext.DEFAULT_ZONE);
        assertThat(first.accepted()).isEqualTo(8);
        long before = lines();

        // 2 MB of cash sales with item names that do not compress: their Parquet file does not fit in what is left
        StringBuilder csv = new StringBuilder("order_id,date,channel,item,gross_amount\n");
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; csv.length() < 2_000_000; i++) {
            csv.append("M-").append(i).append(",2025-03-").append(String.format("%02d", 1 + i % 28))
                    .append(",markets,Mug ").append(Long.toHexString(random.nextLong())).append(Long.toHexString(random.nextLong()))
                    .append(',').append(10 + i % 50).append(".50\n");
        }
        byte[] big = csv.toString().getBytes(StandardCharsets.UTF_8);

        FileSummary full = ingestor.ingest("alice", "cash.csv", big, null, ParseContext.DEFAULT_ZONE);
        assertThat(full.refused()).isTrue();
        assertThat(full.fileName()).isEqualTo("cash.csv");
        assertThat(full.refusal()).startsWith("the disk holding the data directory is full: nothing of this file was stored");
        assertThat(full.refusalReason().key()).isEqualTo("diskFull");
        assertThat(lines()).as("the lake as it was").isEqualTo(before);
        try (Stream<Path> tmp = Files.exists(new Lake(data).tmpDir()) ? Files.list(new Lake(data).tmpDir()) : Stream.empty()) {
            assertThat(tmp.filter(f -> f.toString().endsWith(".part")).toList()).as("no part file left").isEmpty();
        }
    }

    private long lines() throws Exception {
        try (var db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('"
                     + new Lake(data).salesFile("alice").toString().replace("'", "''") + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
