package app.eggbasket.ingestion.lake;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/** Writes files readable by their owner only, through a temporary file and an atomic rename. */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /**
     * @param replace whether an existing target is replaced; when false and the target exists,
     *                {@link FileAlreadyExistsException} is thrown and nothing changes
     */
    public static void writeAtomically(Path target, byte[] content, Path tmpDir, boolean replace) throws IOException {
        Files.createDirectories(tmpDir);
        Files.createDirectories(target.getParent());
        Path tmp = tmpDir.resolve(UUID.randomUUID() + ".part");
        try {
            Files.write(tmp, content);
            restrict(tmp);
            if (!replace && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            moveAtomically(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Replaces {@code target} atomically, the temporary file a hidden sibling of it ({@code .name.uuid.part}), for
     * the small JSON and text files kept outside the lake (accounts' grants, cooperatives): a reader listing the
     * directory skips hidden names.
     */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.write(tmp, content);
            restrict(tmp);
            moveAtomically(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes a file or directory its owner's only, where the file system has POSIX permissions. */
    public static void ownerOnly(Path file) {
        if (!Files.isDirectory(file)) {
            restrict(file);
            return;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // on file systems without POSIX permissions, the data directory's own protection applies
        }
    }

    static void moveAtomically(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the data directory must be on one file system that supports atomic renames", e);
        }
    }

    static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // on file systems without POSIX permissions, the data directory's own protection applies
        }
    }
}
