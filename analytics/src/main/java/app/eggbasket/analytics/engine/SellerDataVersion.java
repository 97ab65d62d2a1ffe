package app.eggbasket.analytics.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The identity of a seller's Parquet file: it changes whenever the file is replaced, since the lake only
 * ever moves a new file into place (a new file key, i.e. inode, even within the same millisecond).
 *
 * @param fileKey  the file system's identity of the file, null where it has none, or "absent"
 */
public record SellerDataVersion(Object fileKey, long size, long modifiedMillis) {

    /** The version of a seller without a file. */
    public static final SellerDataVersion ABSENT = new SellerDataVersion("absent", -1, -1);

    public static SellerDataVersion of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new SellerDataVersion(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attributes of " + file, e);
        }
    }
}
