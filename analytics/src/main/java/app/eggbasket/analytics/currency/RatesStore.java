package app.eggbasket.analytics.currency;

import app.eggbasket.ingestion.lake.Lake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the rates come from: the ECB history shipped with Eggbasket, extended by the files imported with
 * {@code ./eggbasket rates import FILE}, which are merged into {@code <data>/rates/eurofxref-hist.csv}.
 */
public final class RatesStore {

    static final String SHIPPED = "/app/eggbasket/analytics/rates/eurofxref-hist.csv";

    private final Path imported;
    private volatile Loaded loaded;

    private record Loaded(long importedStamp, EcbRates rates) {
    }

    public RatesStore(Lake lake) {
        this.imported = lake.root().resolve("rates").resolve("eurofxref-hist.csv");
    }

    /** The rates in effect, read again when a newer file was imported (by this process or the CLI). */
    public EcbRates current() {
        long stamp = stamp();
        Loaded now = loaded;
        if (now == null || now.importedStamp() != stamp) {
            synchronized (this) {
                now = loaded;
                if (now == null || now.importedStamp() != stamp) {
                    now = new Loaded(stamp, load());
                    loaded = now;
                }
            }
        }
        return now.rates();
    }

    private long stamp() {
        try {
            return Files.exists(imported) ? Files.getLastModifiedTime(imported).toMillis() : 0L;
        } catch (IOException e) {
            return -1L;
        }
    }

    /** The shipped rates merged with the imported ones. */
    public EcbRates load() {
        EcbRates shipped = shipped();
        if (!Files.exists(imported)) {
            return shipped;
        }
        try {
            return shipped.mergedWith(EcbRates.parse(Files.readString(imported, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + imported, e);
        }
    }

    /**
     * Merges an ECB rates file (any layout {@link EcbRates#read(byte[])} reads) into the imported rates,
     * atomically.
     *
     * @return the rates now in effect
     * @throws IllegalArgumentException naming the line and column when the file is not the ECB layout
     */
    public EcbRates importFile(Path file) throws IOException {
        return importRates(EcbRates.read(Files.readAllBytes(file)));
    }

    /** Merges rates into the imported ones, written whole or not at all; returns the rates now in effect. */
    public synchronized EcbRates importRates(EcbRates incoming) throws IOException {
        EcbRates kept = Files.exists(imported)
                ? EcbRates.parse(Files.readString(imported, StandardCharsets.UTF_8)).mergedWith(incoming) : incoming;
        Files.createDirectories(imported.getParent());
        Path tmp = imported.resolveSibling(imported.getFileName() + ".tmp");
        Files.writeString(tmp, kept.toCsv(), StandardCharsets.UTF_8);
        Files.move(tmp, imported, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return load();
    }

    /** The ECB history shipped with Eggbasket, without imported rates. */
    public static EcbRates shipped() {
        try (InputStream in = RatesStore.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped ECB rates " + SHIPPED + " are missing from the build");
            }
            return EcbRates.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
