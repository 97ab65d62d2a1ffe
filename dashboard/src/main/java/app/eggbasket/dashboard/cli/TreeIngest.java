package app.eggbasket.dashboard.cli;

import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.SellerIds;
import app.eggbasket.ingestion.mapping.MappingStore;
import app.eggbasket.ingestion.sale.Channel;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code eggbasket ingest --tree FOLDER}: a cooperative onboarding its members, one sub-folder per seller
 * (the folder name is the seller id). Shows a progress bar (files, rows, rows per second, ETA by bytes
 * read) on the error stream, then a summary table per seller on the output. Each seller's saved column
 * mappings apply to her folder.
 */
final class TreeIngest {

    /** What one seller's folder gave. */
    record SellerTotals(String seller, int files, int refused, long accepted, long newLines, long duplicates,
                        long rejected, long skipped) {

        SellerTotals plus(FileSummary s) {
            return new SellerTotals(seller, files + 1, refused + (s.refused() ? 1 : 0), accepted + s.accepted(),
                    newLines + s.newLines(), duplicates + s.duplicates(), rejected + s.rejected(), skipped + s.skipped());
        }
    }

    private record Job(String seller, Path file, long bytes) {
    }

    private final Ingestor ingestor;
    private final MappingStore mappings;
    private final Channel override;
    private final PrintStream out;
    private final PrintStream progressOut;

    TreeIngest(Ingestor ingestor, MappingStore mappings, Channel override, PrintStream out, PrintStream progressOut) {
        this.ingestor = ingestor;
        this.mappings = mappings;
        this.override = override;
        this.out = out;
        this.progressOut = progressOut;
    }

    /** @return whether any file (or seller folder) was refused */
    boolean run(Path tree) {
        Map<String, SellerTotals> totals = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<Job> jobs = jobs(tree, totals, problems);
        long bytes = jobs.stream().mapToLong(Job::bytes).sum();
        long rows = 0;
        long started = System.nanoTime();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(Math.max(bytes, 1))
                .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1_000_000).showSpeed()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(progressOut))
                .setUpdateIntervalMillis(250).build()) {
            int done = 0;
            for (Job job : jobs) {
                FileSummary summary = ingest(job);
                totals.merge(job.seller(), new SellerTotals(job.seller(), 0, 0, 0, 0, 0, 0, 0).plus(summary),
                        (a, b) -> a.plus(summary));
                if (summary.refused()) {
                    problems.add(job.seller() + "/" + job.file().getFileName() + ": " + summary.refusal());
                }
                rows += summary.accepted() + summary.rejected() + summary.skipped();
                done++;
                double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
                bar.stepBy(job.bytes());
                bar.setExtraMessage(String.format(" %d/%d files, %,d rows, %,.0f rows/s", done, jobs.size(), rows, rows / seconds));
            }
        }
        printSummary(totals, problems, Duration.ofNanos(System.nanoTime() - started), rows);
        return !problems.isEmpty();
    }

    private FileSummary ingest(Job job) {
        String name = job.file().getFileName().toString();
        try {
            return ingestor.ingest(job.seller(), name, Files.readAllBytes(job.file()), override, ParseContext.DEFAULT_ZONE,
                    mappings.formats(job.seller()));
        } catch (IOException e) {
            return FileSummary.refused(name, null, null, null, "cannot read the file: " + e.getMessage());
        }
    }

    private static List<Job> jobs(Path tree, Map<String, SellerTotals> totals, List<String> problems) {
        List<Job> jobs = new ArrayList<>();
        for (Path folder : list(tree)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            String seller = folder.getFileName().toString();
            try {
                SellerIds.require(seller);
            } catch (IllegalArgumentException e) {
                problems.add(seller + "/: the folder name is not a valid seller id (" + e.getMessage() + "); skipped");
                continue;
            }
            totals.put(seller, new SellerTotals(seller, 0, 0, 0, 0, 0, 0, 0));
            for (Path file : list(folder)) {
                if (Files.isRegularFile(file)) {
                    jobs.add(new Job(seller, file, size(file)));
                }
            }
        }
        return jobs;
    }

    private void printSummary(Map<String, SellerTotals> totals, List<String> problems, Duration took, long rows) {
        String format = "%-28s %6s %8s %10s %10s %10s %9s %9s%n";
        out.printf(format, "seller", "files", "refused", "accepted", "new", "duplicates", "rejected", "not sales");
        SellerTotals all = new SellerTotals("total", 0, 0, 0, 0, 0, 0, 0);
        for (SellerTotals t : totals.values()) {
            out.printf(format, t.seller(), t.files(), t.refused(), t.accepted(), t.newLines(), t.duplicates(),
                    t.rejected(), t.skipped());
            all = new SellerTotals("total", all.files() + t.files(), all.refused() + t.refused(), all.accepted() + t.accepted(),
                    all.newLines() + t.newLines(), all.duplicates() + t.duplicates(), all.rejected() + t.rejected(),
                    all.skipped() + t.skipped());
        }
        out.printf(format, "TOTAL (" + totals.size() + " sellers)", all.files(), all.refused(), all.accepted(),
                all.newLines(), all.duplicates(), all.rejected(), all.skipped());
        double seconds = Math.max(took.toMillis() / 1000.0, 0.001);
        out.printf("%,d rows in %.1f s (%,.0f rows/s)%n", rows, seconds, rows / seconds);
        if (!problems.isEmpty()) {
            out.println("Refused:");
            problems.forEach(p -> out.println("  " + p));
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
