package app.eggbasket.dashboard.security.throttle;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;

/**
 * An authentication provider held to the {@link LoginThrottle}: an attempt made too soon is refused before the
 * password is checked ({@link LoginThrottledException}); a wrong password is counted; a right one clears the count.
 */
public final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    public ThrottledAuthentication(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            throttle.succeeded(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
