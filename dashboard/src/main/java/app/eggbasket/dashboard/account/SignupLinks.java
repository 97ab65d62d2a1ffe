package app.eggbasket.dashboard.account;

import app.eggbasket.ingestion.lake.PrivateFiles;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Invitation links for new sellers (issue 14), in {@code <data>/accounts/signup-links.json}, owner-readable only.
 * A link carries a token of 256 random bits; only its SHA-256 is stored, so the file opens no account. A link is
 * valid {@link #VALID_FOR} and for one account: using it marks it used, at once and for good.
 */
public final class SignupLinks {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    /** Who invites, and so what the new account gets besides itself. */
    public enum Kind {
        /** The operator, from the command line: an account and nothing else. */
        OPERATOR,
        /** An advisor: the new seller grants her read access (revocable) by creating her account. */
        ADVISOR,
        /** A cooperative's manager: the new seller is invited to it, and decides herself to join and consent. */
        COOPERATIVE
    }

    /**
     * One link, as stored.
     *
     * @param tokenHash   hex SHA-256 of the token; the token itself is never stored
     * @param invitedBy   the advisor's or manager's username, {@code operator} for the CLI
     * @param cooperative the cooperative a manager's link invites to, else null
     * @param usedBy      the seller id of the account made with it, once used
     */
    public record SignupLink(String tokenHash, Kind kind, String invitedBy, String cooperative, Instant createdAt,
                             Instant expiresAt, Instant usedAt, String usedBy) {

        public boolean used() {
            return usedAt != null;
        }

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    /** A link just made: the token, shown once to whoever invites, and what is stored. */
    public record Created(String token, SignupLink link) {
    }

    /** What a token opens. */
    public enum Status { VALID, USED, EXPIRED, UNKNOWN }

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path file;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SignupLinks(Path dataDir, Clock clock) {
        this.file = dataDir.resolve("accounts").resolve("signup-links.json");
        this.clock = clock;
    }

    /** A new link; {@code cooperative} only for {@link Kind#COOPERATIVE}. */
    public synchronized Created create(Kind kind, String invitedBy, String cooperative) {
        if ((kind == Kind.COOPERATIVE) != (cooperative != null)) {
            throw new IllegalArgumentException("a cooperative's link, and only it, names its cooperative");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        SignupLink link = new SignupLink(hash(token), kind, invitedBy, cooperative, now, now.plus(VALID_FOR), null, null);
        List<SignupLink> next = new ArrayList<>(all());
        next.removeIf(l -> l.used() || l.expiredAt(now));
        next.add(link);
        write(next);
        return new Created(token, link);
    }

    public synchronized Status status(String token) {
        return find(token).map(l -> l.used() ? Status.USED : l.expiredAt(clock.instant()) ? Status.EXPIRED : Status.VALID)
                .orElse(Status.UNKNOWN);
    }

    /** The link of this token, whatever its status. */
    public synchronized Optional<SignupLink> find(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        String hash = hash(token);
        return all().stream().filter(l -> MessageDigest.isEqual(l.tokenHash().getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII))).findFirst();
    }

    /**
     * Marks the link used by the seller {@code seller}, if it is still valid.
     *
     * @return the link as it was, empty when it is used, expired or unknown (nothing changed then)
     */
    public synchronized Optional<SignupLink> use(String token, String seller) {
        if (status(token) != Status.VALID) {
            return Optional.empty();
        }
        SignupLink link = find(token).orElseThrow();
        List<SignupLink> next = new ArrayList<>(all());
        next.remove(link);
        next.add(new SignupLink(link.tokenHash(), link.kind(), link.invitedBy(), link.cooperative(), link.createdAt(),
                link.expiresAt(), clock.instant(), seller));
        write(next);
        return Optional.of(link);
    }

    private List<SignupLink> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<List<SignupLink>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void write(List<SignupLink> links) {
        try {
            PrivateFiles.writeAtomically(file, JSON.writeValueAsBytes(links));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
