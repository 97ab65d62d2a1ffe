package app.eggbasket.dashboard.freshness;

import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How fresh a seller's data is: the day of her latest upload, shared by the advisor's portfolio and the
 * cooperative's members page. Neither reads her figures to know it.
 */
@Component
public class DataFreshness {

    /** An upload older than this is flagged stale. */
    public static final int STALE_AFTER_DAYS = 90;

    /** The days of uploads are those of the sellers (Paris). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** @param days days from her latest upload to today, null when she never uploaded */
    public record Freshness(LocalDate lastUpload, Long days, boolean stale) {
    }

    private final Ingestor ingestor;
    private final Lake lake;

    public DataFreshness(Ingestor ingestor, Lake lake) {
        this.ingestor = ingestor;
        this.lake = lake;
    }

    /** Her latest upload; for sales written without one (CLI, generated lakes), the last change to her sales file. */
    public Optional<Instant> lastUpload(String seller) {
        Optional<Instant> upload = ingestor.uploads().lastUpload(seller);
        if (upload.isPresent()) {
            return upload;
        }
        Path sales = lake.salesFile(seller);
        try {
            return Files.exists(sales) ? Optional.of(Files.getLastModifiedTime(sales).toInstant()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The day of her latest upload, how many days ago, and whether that is more than {@link #STALE_AFTER_DAYS}. */
    public Freshness of(String seller, LocalDate today) {
        LocalDate day = lastUpload(seller).map(i -> LocalDate.ofInstant(i, ZONE)).orElse(null);
        boolean stale = day == null || day.isBefore(today.minusDays(STALE_AFTER_DAYS));
        return new Freshness(day, day == null ? null : ChronoUnit.DAYS.between(day, today), stale);
    }
}
