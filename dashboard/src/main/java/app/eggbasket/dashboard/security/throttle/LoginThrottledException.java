package app.eggbasket.dashboard.security.throttle;

import org.springframework.security.authentication.LockedException;

import java.time.Duration;

/** An attempt refused before its password was checked: too many failures for the account or the address. */
public final class LoginThrottledException extends LockedException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed logins: try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
