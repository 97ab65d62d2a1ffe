package app.eggbasket.ingestion.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where everything lives under a data directory:
 * <pre>
 * lake/sales/&lt;seller&gt;/sales.parquet   canonical lines of one seller, sorted by order date
 * lake/changes                         a token that changes whenever a seller's sales file changes ({@link LakeChanges})
 * lake/.tmp/                           files being written (never read)
 * lake/.locks/&lt;seller&gt;.lock            one writer per seller, across processes
 * raw/&lt;seller&gt;/&lt;upload&gt;.csv             the uploads as received, private to their seller
 * uploads/&lt;seller&gt;/*.json              what each upload gave
 * mappings/&lt;seller&gt;/&lt;name&gt;.json        the seller's column mappings for layouts no parser knows
 * profiles/&lt;seller&gt;.properties        the seller's profile (her social contribution rate)
 * secret/buyer-key                     the pseudonymisation key
 * </pre>
 * One file per seller means a seller's report reads only her own rows. Files are replaced atomically,
 * so a reader (the dashboard) always sees a complete file, old or new.
 */
public record Lake(Path root) {

    public Lake {
        root = root.toAbsolutePath().normalize();
    }

    public Path salesDir() {
        return root.resolve("lake").resolve("sales");
    }

    public Path salesFile(String sellerId) {
        return salesDir().resolve(SellerIds.require(sellerId)).resolve("sales.parquet");
    }

    /** The lake's change token ({@link LakeChanges}). */
    public Path changesFile() {
        return root.resolve("lake").resolve("changes");
    }

    public Path tmpDir() {
        return root.resolve("lake").resolve(".tmp");
    }

    public Path lockFile(String sellerId) {
        return root.resolve("lake").resolve(".locks").resolve(SellerIds.require(sellerId) + ".lock");
    }

    public Path rawDir(String sellerId) {
        return root.resolve("raw").resolve(SellerIds.require(sellerId));
    }

    public Path uploadsDir(String sellerId) {
        return root.resolve("uploads").resolve(SellerIds.require(sellerId));
    }

    public Path mappingsDir(String sellerId) {
        return root.resolve("mappings").resolve(SellerIds.require(sellerId));
    }

    public Path profileFile(String sellerId) {
        return root.resolve("profiles").resolve(SellerIds.require(sellerId) + ".properties");
    }

    public Path keyFile() {
        return root.resolve("secret").resolve("buyer-key");
    }

    /** True when no seller has any line yet (a fresh data directory). */
    public boolean isEmpty() {
        return sellerIds().isEmpty();
    }

    /** Sellers that have a sales file. */
    public List<String> sellerIds() {
        if (!Files.isDirectory(salesDir())) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(salesDir())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("sales.parquet")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
