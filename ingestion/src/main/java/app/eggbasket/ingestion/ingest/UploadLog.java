package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.lake.Lake;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The history of a seller's uploads: one JSON file per ingested file, newest first when listed. */
public final class UploadLog {

    /** One past upload. */
    public record Entry(Instant receivedAt, FileSummary summary) {
    }

    private final Lake lake;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public UploadLog(Lake lake) {
        this.lake = lake;
    }

    void record(String sellerId, Instant receivedAt, FileSummary summary) {
        Path dir = lake.uploadsDir(sellerId);
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(".entry.tmp." + System.nanoTime());
            json.writeValue(tmp.toFile(), new Entry(receivedAt, summary));
            // a refused file's entry says so in its name: it is history, not data (lastUpload skips it)
            Files.move(tmp, dir.resolve(receivedAt.toEpochMilli() + (summary.refused() ? "-refused-" : "-") + summary.uploadId() + ".json"),
                    StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the upload of " + summary.fileName(), e);
        }
    }

    /**
     * When the seller's latest upload that was read was received, from the entries' file names alone (no entry is
     * parsed; refused files do not count):
     * cheap enough to ask for hundreds of sellers at once. Empty when she never uploaded.
     */
    public java.util.Optional<Instant> lastUpload(String sellerId) {
        Path dir = lake.uploadsDir(sellerId);
        if (!Files.isDirectory(dir)) {
            return java.util.Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && n.indexOf('-') > 0 && !n.contains("-refused-"))
                    .map(n -> n.substring(0, n.indexOf('-'))).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).max(Long::compare).map(Instant::ofEpochMilli);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload history of " + sellerId, e);
        }
    }

    /** The seller's uploads, newest first. */
    public List<Entry> list(String sellerId) {
        Path dir = lake.uploadsDir(sellerId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                entries.add(json.readValue(file.toFile(), Entry.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload history of " + sellerId, e);
        }
        entries.sort(Comparator.comparing(Entry::receivedAt).reversed());
        return entries;
    }
}
