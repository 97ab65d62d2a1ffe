package app.eggbasket.dashboard.account;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Accounts of one installation, in {@code <data>/accounts.json} (owner-readable only), with BCrypt
 * password hashes. Written through a temporary file and an atomic rename.
 */
public final class AccountStore {

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public AccountStore(Path dataDir) {
        this.file = dataDir.resolve("accounts.json");
    }

    public synchronized List<Account> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return json.readValue(file.toFile(), new TypeReference<List<Account>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read accounts from " + file, e);
        }
    }

    public Optional<Account> find(String username) {
        return all().stream().filter(a -> a.username().equalsIgnoreCase(username)).findFirst();
    }

    /** Adds or replaces the account with the same username. */
    public synchronized void save(Account account) {
        List<Account> accounts = new ArrayList<>(all());
        accounts.removeIf(a -> a.username().equalsIgnoreCase(account.username()));
        accounts.add(account);
        accounts.sort(Comparator.comparing(Account::username));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(".accounts.json.tmp");
            json.writeValue(tmp.toFile(), accounts);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the data directory's own protection applies
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write accounts to " + file, e);
        }
    }
}
