package app.eggbasket.dashboard.sharing;

import app.eggbasket.ingestion.lake.PrivateFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who read a seller's data, one JSON line per read in {@code <data>/sharing/reads/<seller>.jsonl} (DESIGN §10):
 * appended, never rewritten, so it survives restarts; part of her data export; erased with her data.
 */
public final class ReadLog {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final Path dir;

    public ReadLog(Path dataDir) {
        this.dir = dataDir.resolve("sharing").resolve("reads");
    }

    public synchronized void record(String seller, ReadEntry entry) {
        try {
            Files.createDirectories(dir);
            Path file = file(seller);
            boolean created = !Files.exists(file);
            Files.write(file, (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (created) {
                PrivateFiles.ownerOnly(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a read of seller " + seller, e);
        }
    }

    /** The last {@code limit} reads, newest first. */
    public List<ReadEntry> recent(String seller, int limit) {
        List<ReadEntry> all = new ArrayList<>(all(seller));
        Collections.reverse(all);
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** Every read, oldest first. A line cut short by a crash mid-append is skipped. */
    public synchronized List<ReadEntry> all(String seller) {
        Path file = file(seller);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<ReadEntry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    try {
                        entries.add(JSON.readValue(line, ReadEntry.class));
                    } catch (IOException torn) {
                        // a torn last line after a crash: the reads before it are kept
                    }
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the read log of seller " + seller, e);
        }
    }

    /** The log file as stored, for the seller's export; empty when no one read her data. */
    public synchronized byte[] bytes(String seller) {
        try {
            return Files.exists(file(seller)) ? Files.readAllBytes(file(seller)) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the read log of seller " + seller, e);
        }
    }

    public synchronized void erase(String seller) {
        try {
            Files.deleteIfExists(file(seller));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot erase the read log of seller " + seller, e);
        }
    }

    private Path file(String seller) {
        return dir.resolve(seller + ".jsonl");
    }
}
