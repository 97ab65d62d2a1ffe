package app.eggbasket.dashboard.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invitation links: stored hashed, single-use, valid 7 days. */
class SignupLinksTests {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /** The store as read at {@code at}: it reads its file each time, so a store per instant is the store moved on. */
    private static SignupLinks at(Path data, Instant at) {
        return new SignupLinks(data, Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    void theTokenIsStoredOnlyAsItsHash(@TempDir Path data) throws Exception {
        SignupLinks links = at(data, START);
        SignupLinks.Created created = links.create(SignupLinks.Kind.ADVISOR, "advisor", null);
        assertThat(created.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        Path file = data.resolve("accounts").resolve("signup-links.json");
        String stored = Files.readString(file);
        assertThat(stored).doesNotContain(created.token()).contains(created.link().tokenHash());
        assertThat(created.link().tokenHash()).hasSize(64);
        assertThat(links.status(created.token())).isEqualTo(SignupLinks.Status.VALID);
        assertThat(links.status(created.link().tokenHash())).as("the stored hash opens nothing").isEqualTo(SignupLinks.Status.UNKNOWN);
    }

    @Test
    void aLinkServesOnceAndExpiresAfterSevenDays(@TempDir Path data) {
        SignupLinks links = at(data, START);
        SignupLinks.Created once = links.create(SignupLinks.Kind.OPERATOR, "operator", null);
        SignupLinks.Created late = links.create(SignupLinks.Kind.COOPERATIVE, "manager", "alpes");
        assertThat(links.use(once.token(), "anne")).isPresent();
        assertThat(links.use(once.token(), "other")).isEmpty();
        assertThat(links.status(once.token())).isEqualTo(SignupLinks.Status.USED);
        assertThat(links.find(once.token()).orElseThrow().usedBy()).isEqualTo("anne");

        assertThat(at(data, START.plus(Duration.ofDays(7)).minusSeconds(1)).status(late.token()))
                .isEqualTo(SignupLinks.Status.VALID);
        SignupLinks weekLater = at(data, START.plus(Duration.ofDays(7)));
        assertThat(weekLater.status(late.token())).isEqualTo(SignupLinks.Status.EXPIRED);
        assertThat(weekLater.use(late.token(), "bea")).isEmpty();
        assertThat(links.status("not-a-token")).isEqualTo(SignupLinks.Status.UNKNOWN);
        assertThatThrownBy(() -> links.create(SignupLinks.Kind.COOPERATIVE, "manager", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
