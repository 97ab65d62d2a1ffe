package app.eggbasket.dashboard.cli;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backup} while sellers upload, then {@code restore} (issue 15): every seller's report from the restored
 * directory is the report of the original, and a seller whose upload ran during the backup is in it whole or not at
 * all. A restore refuses a directory that is not empty, and a zip that is not a backup.
 */
class BackupRestoreCliTests {

    @TempDir
    Path work;

    @Test
    void aBackupTakenDuringUploadsRestoresToIdenticalReports() throws Exception {
        Path data = TestData.seededCopy();
        List<String> sellers = sellers(data);
        assertThat(sellers).as("the seeded sellers with sales").hasSizeGreaterThan(5).contains("alice", "ines");
        Map<String, String> before = reports(data, sellers);
        assertThat(before.values()).allSatisfy(json -> assertThat(json).contains("\"channels\""));

        // uploads of new sellers go on while the backup runs
        byte[] etsy = TestData.read(TestData.etsySample(TestData.ETSY_2022));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger uploaded = new AtomicInteger();
        Thread uploads = new Thread(() -> {
            Ingestor ingestor = new Ingestor(new Lake(data), Formats.standard());
            while (!stop.get() && uploaded.get() < 200) {
                ingestor.ingest("newcomer-" + uploaded.get(), TestData.ETSY_2022, etsy, null, ParseContext.DEFAULT_ZONE);
                uploaded.incrementAndGet();
            }
        });
        uploads.start();
        while (uploaded.get() < 2) {
            Thread.sleep(10);
        }
        Path zip = work.resolve("backups").resolve("eggbasket.zip");
        CliRun cli = new CliRun();
        assertThat(cli.run("backup", "--data", data.toString(), "--to", zip.toString())).as(cli.errors()).isZero();
        stop.set(true);
        uploads.join();
        assertThat(cli.output()).contains("backed up").contains("seller(s)");
        assertThat(uploaded.get()).as("uploads ran during the backup").isGreaterThan(2);
        assertThat(Files.list(zip.getParent()).map(p -> p.getFileName().toString())).containsExactly("eggbasket.zip");

        Path restored = work.resolve("restored");
        assertThat(cli.run("restore", "--from", zip.toString(), "--data", restored.toString())).as(cli.errors()).isZero();

        assertThat(reports(restored, sellers)).isEqualTo(before);
        String newcomer = reports(data, List.of("newcomer-0")).get("newcomer-0");
        for (String seller : sellers(restored)) {
            if (seller.startsWith("newcomer-")) {
                assertThat(reports(restored, List.of(seller)).get(seller)).as(seller + " whole").isEqualTo(
                        newcomer.replace("newcomer-0", seller));
            }
        }
        assertThat(Files.exists(restored.resolve("accounts.json"))).isTrue();
        assertThat(Files.exists(restored.resolve("secret").resolve("buyer-key"))).isTrue();
        assertThat(Files.exists(restored.resolve("lake").resolve(".tmp"))).isFalse();
    }

    @Test
    void aRestoreRefusesADirectoryInUseAndAZipThatIsNoBackup() throws Exception {
        Path data = TestData.seededCopy();
        Path zip = work.resolve("b.zip");
        CliRun cli = new CliRun();
        assertThat(cli.run("backup", "--data", data.toString(), "--to", zip.toString())).isZero();

        assertThat(cli.run("restore", "--from", zip.toString(), "--data", data.toString())).isNotZero();
        assertThat(cli.errors()).contains("is not empty");

        Path notABackup = work.resolve("other.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(notABackup))) {
            out.putNextEntry(new java.util.zip.ZipEntry("../../etc/evil"));
            out.write(1);
            out.closeEntry();
        }
        assertThat(cli.run("restore", "--from", notABackup.toString(), "--data", work.resolve("x").toString())).isNotZero();
        assertThat(cli.errors()).contains("points outside the data directory");
        assertThat(work.resolve("x")).doesNotExist();
    }

    private static List<String> sellers(Path data) throws Exception {
        Path sales = new Lake(data).salesDir();
        try (Stream<Path> dirs = Files.list(sales)) {
            return dirs.filter(d -> Files.exists(d.resolve("sales.parquet"))).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> reports(Path data, List<String> sellers) {
        Map<String, String> reports = new LinkedHashMap<>();
        for (String seller : sellers) {
            CliRun cli = new CliRun();
            int code = cli.run("report", "--data", data.toString(), "--seller", seller, "--json");
            assertThat(code).as(seller + ": " + cli.errors()).isZero();
            reports.put(seller, cli.output());
        }
        return reports;
    }
}
