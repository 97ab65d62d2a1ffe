package app.eggbasket.ingestion.bench;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Ingest throughput of a generated Shopify orders export ({@link ShopifyExportGenerator}): times
 * {@link Ingestor#ingest} of the file into an empty lake (decode, detect, parse, canonical lines, raw copy,
 * Parquet merge), and DuckDB's own {@code COPY (FROM read_csv(file)) TO 'out.parquet' (FORMAT parquet)} on the
 * same file, several runs each, and prints min / median and the ratio. Not a unit test: it asserts nothing
 * about time and runs only in the {@code bench} profile:
 * <pre>./mvnw -o -q -pl ingestion -Pbench test -Dbench.lines=1000000 -Dbench.runs=5</pre>
 * The heap an ingest needs is found by running with a smaller {@code -Dbench.jvm="-Xmx…"}.
 * Properties: {@code bench.lines} (data lines, default 1,000,000), {@code bench.runs} (timed runs, default 5,
 * after one warm-up run of each), {@code bench.seed} (default 42), {@code bench.dir} (where the file and
 * lakes go, default a new temp dir, deleted afterwards).
 */
class IngestThroughputBenchmark {

    @Test
    void ingestShopifyExport() throws Exception {
        int lines = Integer.getInteger("bench.lines", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 5);
        long seed = Long.getLong("bench.seed", 42);
        Path dir = System.getProperty("bench.dir") != null ? Files.createDirectories(Path.of(System.getProperty("bench.dir")))
                : Files.createTempDirectory("eggbasket-bench");
        Path csv = dir.resolve("orders_export_1.csv");
        try {
            long t0 = System.nanoTime();
            ShopifyExportGenerator.write(csv, lines, seed);
            System.out.printf(Locale.ROOT, "generated %,d data lines, %,d bytes (%.1f MiB) in %.1f s%n", lines,
                    Files.size(csv), Files.size(csv) / 1048576.0, (System.nanoTime() - t0) / 1e9);
            System.out.printf(Locale.ROOT, "machine: %d processors, JDK %s (%s), max heap %d MiB%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);

            List<Long> ingest = new ArrayList<>();
            List<Long> duck = new ArrayList<>();
            List<Long> ingestCpu = new ArrayList<>();
            List<Long> duckCpuTimes = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                Path lakeDir = dir.resolve("lake-" + run);
                long cpu0 = processCpu();
                long ns = time(() -> ingestOnce(csv, lakeDir, lines));
                long cpu = processCpu() - cpu0;
                long parquet = Files.size(new Lake(lakeDir).salesFile("bench"));
                deleteTree(lakeDir);
                Path duckOut = dir.resolve("duck-" + run + ".parquet");
                long duckCpu0 = processCpu();
                long duckNs = time(() -> duckdbCopy(csv, duckOut));
                long duckCpu = processCpu() - duckCpu0;
                long duckParquet = Files.size(duckOut);
                Files.delete(duckOut);
                System.out.printf(Locale.ROOT, "%s ingest %.2f s, cpu %.2f s (parquet %.1f MiB) | duckdb"
                                + " %.2f s, cpu %.2f s (parquet %.1f MiB)%n", run == 0 ? "warm-up" : "run " + run, ns / 1e9,
                        cpu / 1e9, parquet / 1048576.0, duckNs / 1e9, duckCpu / 1e9, duckParquet / 1048576.0);
                if (run > 0) {
                    ingest.add(ns);
                    duck.add(duckNs);
                    ingestCpu.add(cpu);
                    duckCpuTimes.add(duckCpu);
                }
            }
            report("Ingestor.ingest", ingest, lines);
            report("DuckDB COPY read_csv → parquet", duck, lines);
            System.out.printf(Locale.ROOT, "ratio ingest / duckdb: min %.2f×, median %.2f× (wall); median %.2f× (process"
                            + " cpu: %.2f s / %.2f s)%n", min(ingest) / (double) min(duck), median(ingest) / (double) median(duck),
                    median(ingestCpu) / (double) median(duckCpuTimes), median(ingestCpu) / 1e9, median(duckCpuTimes) / 1e9);
        } finally {
            if (System.getProperty("bench.dir") == null) {
                deleteTree(dir);
            }
        }
    }

    private static long ingestOnce(Path csv, Path lakeDir, int lines) {
        try {
            Ingestor ingestor = new Ingestor(new Lake(lakeDir), Formats.standard());
            byte[] content = Files.readAllBytes(csv);
            FileSummary summary = ingestor.ingest("bench", csv.getFileName().toString(), content, null,
                    ZoneId.of("Europe/London"));
            if (summary.refused()) {
                throw new IllegalStateException("the export was refused: " + summary.refusal());
            }
            if (summary.accepted() + summary.skipped() + summary.rejected() != lines) {
                throw new IllegalStateException("lines do not add up: " + summary);
            }
            return summary.accepted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void duckdbCopy(Path csv, Path out) {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("COPY (FROM read_csv('" + csv + "')) TO '" + out + "' (FORMAT parquet)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long time(LongSupplier work) {
        long start = System.nanoTime();
        work.getAsLong();
        return System.nanoTime() - start;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    /** CPU time of the whole process (all threads: Java, GC, DuckDB's native threads), in ns. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void report(String what, List<Long> times, int lines) {
        System.out.printf(Locale.ROOT, "%s: min %.2f s, median %.2f s, %,.0f lines/s (median)%n", what,
                min(times) / 1e9, median(times) / 1e9, lines / (median(times) / 1e9));
    }

    private static long min(List<Long> times) {
        return Collections.min(times);
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
