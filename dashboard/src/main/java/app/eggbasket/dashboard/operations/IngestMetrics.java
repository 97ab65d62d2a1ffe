package app.eggbasket.dashboard.operations;

import app.eggbasket.ingestion.ingest.FileSummary;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * What each ingest did, for the operator: {@code eggbasket_ingest_rows_total} (rows accepted, by outcome) and
 * {@code eggbasket_ingest_seconds} (time per file, by format) on /actuator/prometheus, and one log line per file
 * with the seller id, the format and the counts. Never a buyer's data, nor a file's content.
 */
@Component
public class IngestMetrics {

    private static final Logger log = LoggerFactory.getLogger(IngestMetrics.class);

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs one ingest, timing and counting it. {@code via}: page, api or mapping. */
    public FileSummary timed(String seller, String via, java.util.function.Supplier<FileSummary> ingest) {
        long start = System.nanoTime();
        FileSummary summary = ingest.get();
        record(seller, via, summary, Duration.ofNanos(System.nanoTime() - start));
        return summary;
    }

    void record(String seller, String via, FileSummary summary, Duration took) {
        String format = summary.formatId() == null ? "none" : summary.formatId();
        Timer.builder("eggbasket.ingest").description("time to read one uploaded file").tag("format", format)
                .tag("refused", Boolean.toString(summary.refused())).register(registry).record(took);
        Counter.builder("eggbasket.ingest.rows").description("rows read from uploaded files").tag("outcome", "accepted")
                .register(registry).increment(summary.accepted());
        Counter.builder("eggbasket.ingest.rows").tag("outcome", "rejected").register(registry).increment(summary.rejected());
        log.info("ingest seller={} via={} format={} refused={} accepted={} new={} rejected={} in {} ms", seller, via, format,
                summary.refused(), summary.accepted(), summary.newLines(), summary.rejected(), took.toMillis());
    }
}
