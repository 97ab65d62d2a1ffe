package app.eggbasket.dashboard.security.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How fast passwords may be guessed (ASVS 2.2.1, issue 15), per account and per client address, for the login form
 * and HTTP Basic alike. After {@link #FREE_FAILURES} failures in a row each further attempt waits twice as long as
 * the one before (1 s, 2 s, 4 s… up to a minute); every {@link #LOCK_EVERY} failures the account is locked for
 * {@link #LOCK_FOR}. An attempt made too soon is refused without its password being checked. An address is held to
 * the same rules with ten times the room (a shared office, a market's Wi-Fi). A success clears the account's count
 * and the owner is told, once, how many failures there were and whether the account was locked. The counts are in
 * memory: a restart forgets them, which a guesser cannot cause.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final int LOCK_EVERY = 10;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    static final int ADDRESS_FACTOR = 10;
    /** Records untouched this long are forgotten, so the maps stay small. */
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    /** What the owner of an account is told at her next login. */
    public record Warning(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    private static final class Record {
        int failures;
        Instant lastFailure;
        Instant lockedUntil;
        Instant touched;
    }

    private final Clock clock;
    private final Map<String, Record> accounts = new ConcurrentHashMap<>();
    private final Map<String, Record> addresses = new ConcurrentHashMap<>();
    private final Map<String, Warning> warnings = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before this attempt is allowed: zero when it is. */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration account = waitFor(accounts.get(key(username)), now, 1);
        Duration from = address == null ? Duration.ZERO : waitFor(addresses.get(address), now, ADDRESS_FACTOR);
        return account.compareTo(from) >= 0 ? account : from;
    }

    /** A wrong password (or an unknown login): counted for the account and the address. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        Record account = accounts.computeIfAbsent(key(username), k -> new Record());
        synchronized (account) {
            count(account, now, 1);
        }
        if (address != null) {
            Record from = addresses.computeIfAbsent(address, k -> new Record());
            synchronized (from) {
                count(from, now, ADDRESS_FACTOR);
            }
        }
        forgetOld(now);
    }

    /** The right password: the account's count is cleared; its owner will be told of the failures before it. */
    public void succeeded(String username) {
        Record account = accounts.remove(key(username));
        // an account's record counts its failures since its last success, and keeps its latest lock
        if (account != null && account.failures > 0) {
            synchronized (account) {
                warnings.put(key(username), new Warning(account.failures, account.lastFailure, account.lockedUntil));
            }
        }
    }

    /** The warning for the account's owner, once: empty after it was taken. */
    public Optional<Warning> takeWarning(String username) {
        return Optional.ofNullable(warnings.remove(key(username)));
    }

    private static void count(Record r, Instant now, int factor) {
        r.failures++;
        r.lastFailure = now;
        r.touched = now;
        if (r.failures % (LOCK_EVERY * factor) == 0) {
            r.lockedUntil = now.plus(LOCK_FOR);
        }
    }

    private static Duration waitFor(Record r, Instant now, int factor) {
        if (r == null) {
            return Duration.ZERO;
        }
        synchronized (r) {
            if (r.lockedUntil != null && now.isBefore(r.lockedUntil)) {
                return Duration.between(now, r.lockedUntil);
            }
            int over = r.failures - FREE_FAILURES * factor;
            if (over < 0 || r.lastFailure == null) {
                return Duration.ZERO;
            }
            Duration delay = Duration.ofSeconds(1L << Math.min(over / factor, 6));
            if (delay.compareTo(MAX_DELAY) > 0) {
                delay = MAX_DELAY;
            }
            Instant allowed = r.lastFailure.plus(delay);
            return now.isBefore(allowed) ? Duration.between(now, allowed) : Duration.ZERO;
        }
    }

    private void forgetOld(Instant now) {
        if (accounts.size() + addresses.size() < 10_000) {
            return;
        }
        Instant before = now.minus(FORGET_AFTER);
        accounts.values().removeIf(r -> r.touched != null && r.touched.isBefore(before));
        addresses.values().removeIf(r -> r.touched != null && r.touched.isBefore(before));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
