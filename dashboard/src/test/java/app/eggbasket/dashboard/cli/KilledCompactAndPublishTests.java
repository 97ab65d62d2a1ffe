package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.edition.Releases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code compact} and an edition being published, killed with SIGKILL at random moments in a child process (issue
 * 15). After a killed compaction the market report is exactly the clean one (a stale or missing compacted file is
 * never read for a seller who changed since). After a killed publication the cooperative has no edition or one
 * whole edition with the clean figures, and publishing again gives exactly one more.
 */
class KilledCompactAndPublishTests {

    private static final int RUNS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private final CliRun cli = new CliRun();

    @Test
    void aKilledCompactionNeverChangesTheMarketReport() throws Exception {
        Path data = members(work.resolve("compact"));
        JsonNode clean = marketReport(data);
        assertThat(clean.get("total").get("revenue").decimalValue()).as("the members' sales are there")
                .isEqualByComparingTo("1000.00");
        long duration = timed(data, "compact", "--data", data.toString());
        assertThat(marketReport(data)).isEqualTo(clean);

        Random random = new Random(15);
        for (int run = 0; run < RUNS; run++) {
            ingest(data, "ana", "a" + (run + 3) + ",2025-01-1" + (run % 9) + ",etsy,MARKETPLACE,10.00");
            JsonNode expected = marketReport(data);
            kill(random, duration, "compact", "--data", data.toString());
            assertThat(marketReport(data)).as("run %d: the report after a killed compaction", run).isEqualTo(expected);
        }
        assertThat(cli.run("compact", "--data", data.toString())).isZero();
        try (Stream<Path> left = Files.walk(data.resolve("lake"))) {
            assertThat(left.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".parquet.tmp")).toList())
                    .as("after a clean compaction").isEmpty();
        }
    }

    @Test
    void aKilledPublicationLeavesNoEditionOrOneWholeOne() throws Exception {
        Path template = members(work.resolve("template"));
        long duration = timed(copy(template, "timing"), "market-report", "--data", work.resolve("timing").toString(),
                "--coop", "default", "--period", "2025-Q1", "--publish");
        Random random = new Random(8);
        int published = 0;
        for (int run = 0; run < RUNS; run++) {
            Path data = copy(template, "publish-" + run);
            kill(random, duration, "market-report", "--data", data.toString(), "--coop", "default", "--period", "2025-Q1",
                    "--publish");
            List<Release> editions = new Releases(data, "default").editions();
            assertThat(editions).as("run %d", run).hasSizeLessThanOrEqualTo(1);
            editions.forEach(e -> assertThat(e.report().total().figures().revenue()).isEqualByComparingTo("1000.00"));
            published += editions.size();

            assertThat(cli.run("market-report", "--data", data.toString(), "--coop", "default", "--period", "2025-Q1",
                    "--publish")).as("run %d: publishing again: %s", run, cli.errors()).isZero();
            assertThat(new Releases(data, "default").editions()).hasSize(editions.size() + 1)
                    .allSatisfy(e -> assertThat(e.report().total().figures().revenue()).isEqualByComparingTo("1000.00"));
        }
        System.out.printf("killed publications: %d of %d had published; a clean one takes %d ms%n", published, RUNS, duration);
    }

    /** Four sellers, three of them consenting members of the default cooperative (as in MarketCliTests). */
    private Path members(Path data) throws IOException {
        Files.createDirectories(data);
        ingest(data, "ana", "a1,2025-01-10,etsy,MARKETPLACE,100.00", "a2,2025-01-20,own-shop,OWN_SHOP,100.00");
        ingest(data, "ben", "b1,2025-02-10,etsy,MARKETPLACE,300.00", "b2,2025-02-11,own-shop,OWN_SHOP,100.00");
        ingest(data, "cleo", "c1,2025-03-03,etsy,MARKETPLACE,200.00", "c2,2025-03-05,own-shop,OWN_SHOP,200.00");
        ingest(data, "dan", "d1,2025-03-03,etsy,MARKETPLACE,5000.00");
        for (String seller : new String[]{"ana", "ben", "cleo"}) {
            assertThat(cli.run("consent", "--data", data.toString(), "--seller", seller, "--on")).isZero();
        }
        return data;
    }

    private void ingest(Path data, String seller, String... rows) throws IOException {
        StringBuilder csv = new StringBuilder("order_id,date,channel,channel_kind,item,gross_amount,currency\n");
        for (String row : rows) {
            String[] f = row.split(",");
            csv.append(f[0]).append(',').append(f[1]).append(',').append(f[2]).append(',').append(f[3]).append(",Item,")
                    .append(f[4]).append(",EUR\n");
        }
        Path file = Files.createDirectories(work.resolve("files")).resolve(seller + "-" + System.nanoTime() + ".csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        assertThat(cli.run("ingest", "--data", data.toString(), "--seller", seller, file.toString())).as(cli.errors()).isZero();
    }

    private JsonNode marketReport(Path data) throws IOException {
        CliRun run = new CliRun();
        assertThat(run.run("market-report", "--data", data.toString(), "--engine", "duckdb", "--json")).as(run.errors()).isZero();
        return JSON.readTree(run.output());
    }

    private Path copy(Path from, String name) throws IOException {
        Path to = work.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    private long timed(Path data, String... args) throws Exception {
        long start = System.nanoTime();
        Process child = start(args);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as("a clean %s", args[0]).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void kill(Random random, long duration, String... args) throws Exception {
        Process child = start(args);
        // most of a child's time is its JVM starting: kill points from 40 % of a clean run's time to 110 %
        long after = (long) ((0.4 + 0.7 * random.nextDouble()) * duration);
        if (!child.waitFor(after, TimeUnit.MILLISECONDS)) {
            child.destroyForcibly();
        }
        child.waitFor(1, TimeUnit.MINUTES);
    }

    private Process start(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                EggbasketCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
    }
}
