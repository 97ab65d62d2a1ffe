package app.eggbasket.ingestion.mapping;

import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.PrivateFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A seller's column mappings, one JSON file each under {@code <data>/mappings/<seller>/<name>.json},
 * readable by their owner only. A layout has one mapping per seller: saving a mapping removes the
 * seller's other mappings of the same header, so a file is never recognised by two of them.
 */
public final class MappingStore {

    private final Lake lake;

    public MappingStore(Lake lake) {
        this.lake = lake;
    }

    public void save(String sellerId, ColumnMapping mapping) {
        Path dir = lake.mappingsDir(sellerId);
        try {
            for (ColumnMapping other : list(sellerId)) {
                if (!other.name().equals(mapping.name()) && other.fingerprint().equals(mapping.fingerprint())) {
                    Files.deleteIfExists(dir.resolve(other.name() + ".json"));
                }
            }
            PrivateFiles.writeAtomically(dir.resolve(mapping.name() + ".json"), MappingJson.write(mapping),
                    lake.tmpDir(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the mapping " + mapping.name(), e);
        }
    }

    /** The seller's mappings by name; a file that is not a valid mapping any more is left out. */
    public List<ColumnMapping> list(String sellerId) {
        Path dir = lake.mappingsDir(sellerId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<ColumnMapping> mappings = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    mappings.add(MappingJson.read(Files.readAllBytes(file)));
                } catch (IllegalArgumentException invalid) {
                    // a hand-edited file that no longer reads is ignored rather than breaking uploads
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the mappings of " + sellerId, e);
        }
        mappings.sort(Comparator.comparing(ColumnMapping::name));
        return mappings;
    }

    public Optional<ColumnMapping> find(String sellerId, String name) {
        return list(sellerId).stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The seller's mappings as formats, for {@code Ingestor.ingest(..., extraFormats)}. */
    public List<SaleFormat> formats(String sellerId) {
        return list(sellerId).stream().<SaleFormat>map(MappedFormat::new).toList();
    }
}
