package app.eggbasket.dashboard.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B-4 §3.1.1.2, wherever one is set (CLI {@code user add} and
 * {@code user reset-password}, the change-password page and API, the invitation page):
 * <ul>
 * <li>at least {@value #MIN_LENGTH} characters: the password is the only factor here, and 800-63B-4 asks 15 of a
 * single-factor password (8 only when a second factor follows); a few words in a row are long and easy to remember;</li>
 * <li>at most {@value #MAX_BYTES} bytes in UTF-8, the most BCrypt reads (72 characters without accents, fewer with
 * accented letters or emoji): more than the 64 characters 800-63B asks to allow, for a password typed in
 * plain letters;</li>
 * <li>every character allowed (Unicode, spaces), no rule of composition (no "one digit, one capital");</li>
 * <li>not in the bundled list of breached passwords ({@code passwords/breached-passwords.txt}, see SOURCE.md beside
 * it), compared without case, nor one character repeated;</li>
 * <li>not the login itself.</li>
 * </ul>
 * Lengths are counted in characters (code points) after Unicode NFKC normalisation, which {@link PasswordHasher}
 * applies before hashing too, so that an "é" typed as one character or as e + accent is the same password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_BYTES = 72;

    /** What is wrong with a password; {@link #messageKey()} names its sentence in messages.properties. */
    public enum Problem {
        TOO_SHORT("password.error.tooShort"),
        TOO_LONG("password.error.tooLong"),
        BREACHED("password.error.breached"),
        SAME_AS_LOGIN("password.error.sameAsLogin");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final PasswordPolicy STANDARD = new PasswordPolicy(load("/passwords/breached-passwords.txt"));

    private final Set<String> breached;

    PasswordPolicy(Set<String> breached) {
        this.breached = breached;
    }

    /** The policy with the bundled list of breached passwords (read once per JVM). */
    public static PasswordPolicy standard() {
        return STANDARD;
    }

    /** The password as it is checked and hashed: NFKC-normalised. */
    public static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /** @return what is wrong with {@code password} for the account {@code login}, empty when it is a good one */
    public Optional<Problem> check(String password, String login) {
        String normal = normalise(password == null ? "" : password);
        int length = normal.codePointCount(0, normal.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (normal.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (login != null && normal.strip().equalsIgnoreCase(login.strip())) {
            return Optional.of(Problem.SAME_AS_LOGIN);
        }
        String folded = normal.toLowerCase(Locale.ROOT);
        if (breached.contains(folded) || folded.codePoints().distinct().count() == 1) {
            return Optional.of(Problem.BREACHED);
        }
        return Optional.empty();
    }

    /**
     * @throws PasswordRefusedException naming what is wrong
     */
    public void require(String password, String login) {
        check(password, login).ifPresent(problem -> {
            throw new PasswordRefusedException(problem);
        });
    }

    /** The English sentence of a problem, for the CLI and the API (the pages use messages.properties). */
    public static String english(Problem problem) {
        return switch (problem) {
            case TOO_SHORT -> "the password is too short: it needs at least " + MIN_LENGTH
                    + " characters (a few words in a row are long and easy to remember)";
            case TOO_LONG -> "the password is too long: at most " + MAX_BYTES
                    + " bytes, that is " + MAX_BYTES + " letters without accents, fewer with accented letters or symbols";
            case BREACHED -> "this password is in a list of passwords leaked from other sites, which attackers try "
                    + "first: choose another";
            case SAME_AS_LOGIN -> "the password must not be the username";
        };
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>(64_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    words.add(normalise(line).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
