package app.eggbasket.dashboard.security.throttle;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's rules on a clock the test moves (issue 15: "1,000 guesses cannot be made in an hour"). */
class LoginThrottleTests {

    private static final Instant START = Instant.parse("2026-12-08T09:00:00Z");

    /** A clock the test sets. */
    private static final class TestClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void aGuesserGoingAsFastAsAllowedMakesFewerThanFiftyGuessesAnHourNotAThousand() {
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        int guesses = 0;
        int refused = 0;
        while (clock.now.isBefore(START.plus(Duration.ofHours(1)))) {
            Duration wait = throttle.waitFor("alice", "203.0.113.7");
            if (wait.isZero()) {
                throttle.failed("alice", "203.0.113.7");
                guesses++;
                clock.advance(Duration.ofMillis(35)); // ~29 guesses a second, as measured against the API
            } else {
                refused++;
                clock.advance(Duration.ofMillis(35));
            }
        }
        assertThat(guesses + refused).as("the guesser kept trying all hour").isGreaterThan(100_000);
        assertThat(guesses).as("password checks in an hour").isLessThan(50).isLessThan(1_000);
    }

    @Test
    void delaysGrowAfterThreeFailuresAndTenLockTheAccountForAQuarterOfAnHour() {
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitFor("bob", null)).isZero();
            throttle.failed("bob", null);
        }
        assertThat(throttle.waitFor("bob", null)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        throttle.failed("bob", null);
        assertThat(throttle.waitFor("bob", null)).isEqualTo(Duration.ofSeconds(2));
        for (int i = 5; i <= 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            throttle.failed("bob", null);
        }
        assertThat(throttle.waitFor("bob", null)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("BOB ", null)).as("the login as typed").isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("carol", null)).as("other accounts").isZero();

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("bob", null)).isZero();
        throttle.succeeded("bob");
        var warning = throttle.takeWarning("bob").orElseThrow();
        assertThat(warning.failures()).isEqualTo(10);
        assertThat(warning.lockedUntil()).isEqualTo(warning.lastFailure().plus(Duration.ofMinutes(15)));
        assertThat(throttle.takeWarning("bob")).as("told once").isEmpty();
        assertThat(throttle.waitFor("bob", null)).as("a success clears the count").isZero();
    }

    @Test
    void oneAddressTryingManyAccountsIsHeldToo() {
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 30; i++) {
            throttle.failed("seller-" + i, "198.51.100.9");
        }
        assertThat(throttle.waitFor("seller-99", "198.51.100.9")).isPositive();
        assertThat(throttle.waitFor("seller-99", "198.51.100.10")).as("another address").isZero();
        for (int i = 30; i < 100; i++) {
            throttle.failed("seller-" + i, "198.51.100.9");
        }
        assertThat(throttle.waitFor("anyone", "198.51.100.9")).isEqualTo(Duration.ofMinutes(15));
    }
}
