package app.eggbasket.analytics.market;

import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which sellers consented to contribute to the cooperative market report (DESIGN §5). One file per
 * consenting seller, {@code <data>/consent/<seller>}, holding the instant she opted in; withdrawing deletes
 * it, and her lines stop counting in the next report. Nobody counts without the file: consent is opt-in.
 */
public final class ConsentStore {

    private final Path dir;

    public ConsentStore(Lake lake) {
        this.dir = lake.root().resolve("consent");
    }

    public boolean consents(String sellerId) {
        return Files.isRegularFile(file(sellerId));
    }

    /** When the seller opted in, empty when she has not (or withdrew). */
    public Optional<Instant> since(String sellerId) {
        Path file = file(sellerId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(Files.readString(file, StandardCharsets.UTF_8).trim()));
        } catch (IOException | DateTimeParseException e) {
            return Optional.of(Instant.EPOCH);
        }
    }

    /** Records the seller's consent (keeps the first date when she already consented). */
    public void give(String sellerId) {
        Path file = file(sellerId);
        if (Files.isRegularFile(file)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + sellerId + ".tmp");
            Files.writeString(tmp, Instant.now().toString() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the consent of " + sellerId, e);
        }
    }

    /** @return true when the seller had consented */
    public boolean withdraw(String sellerId) {
        try {
            return Files.deleteIfExists(file(sellerId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot withdraw the consent of " + sellerId, e);
        }
    }

    /** The consenting sellers, sorted (the files looked at in parallel: 100,000 of them for a large cooperative). */
    public List<String> consenting() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.parallelStream().filter(f -> !f.getFileName().toString().startsWith("."))
                .filter(f -> validId(f.getFileName().toString())).filter(Files::isRegularFile)
                .map(f -> f.getFileName().toString()).sorted().toList();
    }

    private static boolean validId(String name) {
        try {
            SellerIds.require(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Path file(String sellerId) {
        return dir.resolve(SellerIds.require(sellerId));
    }
}
