package app.eggbasket.analytics.cooperative;

import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The cooperatives of one installation (DESIGN §5, §10), under {@code <data>/cooperatives/<id>/}:
 * {@code cooperative.json} (id, name, rules), {@code members/<seller>.json} (see {@link Members}),
 * {@code consent/<seller>} (see {@link app.eggbasket.analytics.market.ConsentStore}) and {@code invitation-code}
 * (the code a manager hands out). Read by the dashboard, the CLI and the Spark job alike. Opening the store
 * first migrates the consents given before cooperatives existed ({@link LegacyConsents}).
 */
public final class Cooperatives {

    /** No 0/O, 1/I/L: a code read over the phone is typed right. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final Object LOCK = new Object();

    private final Lake lake;
    private final Path root;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Cooperatives(Lake lake) {
        this(lake, Clock.systemUTC());
    }

    public Cooperatives(Lake lake, Clock clock) {
        this.lake = lake;
        this.root = root(lake.root());
        this.clock = clock;
        LegacyConsents.migrate(lake.root());
    }

    /** Migrates the consents given before cooperatives existed, when there are any and no cooperative exists. */
    public static void migrateLegacyConsents(Path data) {
        LegacyConsents.migrate(data);
    }

    static Path root(Path data) {
        return data.resolve("cooperatives");
    }

    /** The folder of a cooperative. */
    public static Path dir(Path data, String id) {
        return root(data).resolve(SellerIds.require(id));
    }

    /** A lake's root, for the stores of one cooperative. */
    Lake lake() {
        return lake;
    }

    /**
     * Creates a cooperative.
     *
     * @throws IllegalStateException when one with this id exists
     */
    public Cooperative create(Cooperative cooperative) {
        synchronized (LOCK) {
            Path file = dir(lake.root(), cooperative.id()).resolve("cooperative.json");
            if (Files.exists(file)) {
                throw new IllegalStateException("cooperative " + cooperative.id() + " exists already");
            }
            CooperativeFiles.write(file, cooperative);
            CooperativeFiles.ownerOnly(file.getParent());
            return cooperative;
        }
    }

    /** The default cooperative, created with the default rules when it does not exist. */
    public Cooperative ensureDefault() {
        synchronized (LOCK) {
            return find(Cooperative.DEFAULT_ID).orElseGet(() -> create(
                    Cooperative.withDefaultRules(Cooperative.DEFAULT_ID, Cooperative.DEFAULT_NAME, clock.instant())));
        }
    }

    public Optional<Cooperative> find(String id) {
        try {
            SellerIds.require(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return CooperativeFiles.read(dir(lake.root(), id).resolve("cooperative.json"), Cooperative.class);
    }

    /** @throws IllegalArgumentException when there is no such cooperative */
    public Cooperative require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("there is no cooperative '" + id + "'"));
    }

    /** Every cooperative, by id. */
    public List<Cooperative> all() {
        List<Cooperative> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (!name.startsWith(".") && Files.isDirectory(dir)) {
                    find(name).ifPresent(all::add);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the cooperatives in " + root, e);
        }
        return all;
    }

    /** The members of a cooperative (which need not exist yet for reading: then nobody). */
    public Members members(String id) {
        return new Members(lake, id, clock);
    }

    /** A seller's standing in one cooperative. */
    public record Standing(Cooperative cooperative, Membership membership) {
    }

    /** Every cooperative the seller was invited to or belonged to, by cooperative id. */
    public List<Standing> of(String seller) {
        List<Standing> standings = new ArrayList<>();
        for (Cooperative c : all()) {
            members(c.id()).find(seller).ifPresent(m -> standings.add(new Standing(c, m)));
        }
        return standings;
    }

    /** The cooperative's invitation code (e.g. {@code K7QF-M2XD}), made on first use. */
    public String invitationCode(String id) {
        synchronized (LOCK) {
            Path file = dir(lake.root(), require(id).id()).resolve("invitation-code");
            try {
                return Files.readString(file).trim();
            } catch (NoSuchFileException e) {
                return renewInvitationCode(id);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Replaces the cooperative's invitation code: the old one opens nothing any more. */
    public String renewInvitationCode(String id) {
        synchronized (LOCK) {
            Path file = dir(lake.root(), require(id).id()).resolve("invitation-code");
            String code;
            do {
                code = newCode();
            } while (byInvitationCode(code).isPresent());
            CooperativeFiles.write(file, (code + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return code;
        }
    }

    /** The cooperative whose current code this is; case, spaces and dashes ignored. */
    public Optional<Cooperative> byInvitationCode(String code) {
        String normal = normalise(code);
        if (normal.length() != 8) {
            return Optional.empty();
        }
        for (Cooperative c : all()) {
            Path file = dir(lake.root(), c.id()).resolve("invitation-code");
            try {
                if (normalise(Files.readString(file)).equals(normal)) {
                    return Optional.of(c);
                }
            } catch (NoSuchFileException e) {
                // no code made yet
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    Instant now() {
        return clock.instant();
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
