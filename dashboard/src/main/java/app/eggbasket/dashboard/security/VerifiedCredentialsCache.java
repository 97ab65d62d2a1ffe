package app.eggbasket.dashboard.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic for the API sends the password with every request, and checking it with BCrypt costs
 * ~50–100 ms of CPU: at 8 concurrent clients on 2 cores that alone caps the API at a few dozen requests
 * per second. This provider remembers, for a short time (a minute), that a login's password was verified:
 * it keeps an HMAC of (login, password) under a key that exists only in this process's memory, never the
 * password. A request whose credentials match a fresh entry is authenticated without BCrypt, provided the
 * account still exists with the same password hash and is still enabled (the account is read again each
 * time, so {@code user add} with a new password or a removed account takes effect at once). Failed
 * attempts are never cached: guessing passwords stays as slow as BCrypt makes it. The cost factor of the
 * stored hashes is unchanged.
 */
public final class VerifiedCredentialsCache implements AuthenticationProvider {

    private record Entry(byte[] mac, String passwordHash, Instant expires) {
    }

    private final UserDetailsService users;
    private final DaoAuthenticationProvider verifier;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    public VerifiedCredentialsCache(UserDetailsService users, PasswordEncoder encoder, Duration ttl, Clock clock) {
        this.users = users;
        this.verifier = new DaoAuthenticationProvider(users);
        this.verifier.setPasswordEncoder(encoder);
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || !(credentials instanceof String password)) {
            return verifier.authenticate(authentication);
        }
        byte[] mac = mac(username, password);
        Entry entry = verified.get(username);
        Instant now = clock.instant();
        if (entry != null && now.isBefore(entry.expires()) && MessageDigest.isEqual(entry.mac(), mac)) {
            UserDetails user = loadOrNull(username);
            if (user != null && entry.passwordHash().equals(user.getPassword()) && user.isEnabled()
                    && user.isAccountNonLocked() && user.isAccountNonExpired() && user.isCredentialsNonExpired()) {
                UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities());
                result.setDetails(authentication.getDetails());
                return result;
            }
            verified.remove(username, entry);
        }
        Authentication result = verifier.authenticate(authentication);
        if (result.getPrincipal() instanceof UserDetails user && user.getPassword() != null) {
            verified.put(username, new Entry(mac, user.getPassword(), now.plus(ttl)));
            if (verified.size() > 10_000) {
                verified.values().removeIf(e -> !now.isBefore(e.expires()));
            }
        }
        return result;
    }

    private UserDetails loadOrNull(String username) {
        try {
            return users.loadUserByUsername(username);
        } catch (AuthenticationException gone) {
            return null;
        }
    }

    private byte[] mac(String username, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
