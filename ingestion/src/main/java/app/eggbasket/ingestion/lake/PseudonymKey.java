package app.eggbasket.ingestion.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/** Loads the installation's pseudonymisation key, creating a random one (owner-readable only) the first time. */
public final class PseudonymKey {

    private PseudonymKey() {
    }

    public static BuyerPseudonymiser load(Lake lake) {
        Path file = lake.keyFile();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    PrivateFiles.writeAtomically(file, key, lake.tmpDir(), false);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            return new BuyerPseudonymiser(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonymisation key " + file, e);
        }
    }
}
