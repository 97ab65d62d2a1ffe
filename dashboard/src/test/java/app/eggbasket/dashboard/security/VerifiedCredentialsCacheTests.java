package app.eggbasket.dashboard.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedCredentialsCacheTests {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final Map<String, String> hashes = new HashMap<>();
    private final UserDetailsService users = name -> {
        String hash = hashes.get(name);
        if (hash == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return new SellerUser(name, hash, "SELLER", "atelier-" + name);
    };
    private Instant now = Instant.parse("2026-01-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final VerifiedCredentialsCache cache = new VerifiedCredentialsCache(users, counting, Duration.ofMinutes(1), clock);

    private Authentication login(String user, String password) {
        return cache.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void aVerifiedPasswordIsNotCheckedAgainWithinTheMinute() {
        hashes.put("anne", bcrypt.encode("correct horse"));
        Authentication first = login("anne", "correct horse");
        Authentication second = login("anne", "correct horse");
        assertThat(checks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(((SellerUser) second.getPrincipal()).sellerId()).isEqualTo("atelier-anne");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(second.getCredentials()).isNull();
    }

    @Test
    void aWrongPasswordFailsEvenRightAfterTheRightOne() {
        hashes.put("anne", bcrypt.encode("correct horse"));
        login("anne", "correct horse");
        assertThatThrownBy(() -> login("anne", "correct horsf")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("anne", "correct horsf")).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void afterTheMinuteThePasswordIsCheckedAgain() {
        hashes.put("anne", bcrypt.encode("correct horse"));
        login("anne", "correct horse");
        now = now.plusSeconds(61);
        login("anne", "correct horse");
        assertThat(checks).hasValue(2);
    }

    @Test
    void aChangedPasswordOrARemovedAccountTakesEffectAtOnce() {
        hashes.put("anne", bcrypt.encode("correct horse"));
        login("anne", "correct horse");
        hashes.put("anne", bcrypt.encode("battery staple"));
        assertThatThrownBy(() -> login("anne", "correct horse")).isInstanceOf(BadCredentialsException.class);
        assertThat(login("anne", "battery staple").isAuthenticated()).isTrue();
        hashes.remove("anne");
        assertThatThrownBy(() -> login("anne", "battery staple")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void oneLoginsEntryDoesNotAuthenticateAnother() {
        String hash = bcrypt.encode("shared password");
        hashes.put("anne", hash);
        hashes.put("bea", hash);
        login("anne", "shared password");
        Authentication bea = login("bea", "shared password");
        assertThat(checks).hasValue(2);
        assertThat(((UserDetails) bea.getPrincipal()).getUsername()).isEqualTo("bea");
    }
}
