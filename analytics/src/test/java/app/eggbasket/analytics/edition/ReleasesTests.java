package app.eggbasket.analytics.edition;

import app.eggbasket.ingestion.sale.ChannelKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Releases on disk: frozen as computed, published once, private snapshots, no trace of a release that died half-written. */
class ReleasesTests {

    @TempDir
    Path data;

    private EditionFixture f;

    @BeforeEach
    void members() {
        f = new EditionFixture(data);
        for (String s : new String[] {"ana", "ben", "cleo", "dora"}) {
            f.sale(s, "etsy", ChannelKind.MARKETPLACE, "2026-04-0" + (s.length()), "1" + s.length() + "0.25");
            f.sale(s, "markets", ChannelKind.IN_PERSON, "2026-05-0" + (s.length()), "4" + s.length() + ".10");
        }
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aDraftReadsBackExactlyAsItWasComputedAndBecomesTheNextEditionOnce() {
        Release draft = f.preview("2026-Q2");
        Releases releases = new Releases(data, "alpes");
        assertThat(releases.find(draft.id()).orElseThrow()).isEqualTo(draft);
        assertThat(releases.editions()).isEmpty();
        assertThat(draft.report().total().figures().revenue()).isEqualByComparingTo("715.40");

        Release edition = f.publisher.publish(f.coop, draft.id());
        assertThat(edition.edition()).isEqualTo(1);
        assertThat(releases.latestEdition().orElseThrow()).isEqualTo(edition);
        assertThatThrownBy(() -> f.publisher.publish(f.coop, draft.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("edition 1 already");
        assertThat(f.publish("2026-Q2").edition()).isEqualTo(2);
    }

    @Test
    void aReleaseKnowsWhoseFiguresItHoldsInASnapshotOnlyItsOwnerReads() throws Exception {
        Release draft = f.preview("2026-Q2");
        Releases releases = new Releases(data, "alpes");
        assertThat(releases.including("ana")).containsExactly(draft.id());
        assertThat(releases.including("zoe")).isEmpty();
        Path snapshot = data.resolve("cooperatives/alpes/releases").resolve(draft.id()).resolve("snapshot.bin");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(snapshot))).isEqualTo("rw-------");
        assertThat(Files.readString(data.resolve("cooperatives/alpes/releases").resolve(draft.id()).resolve("report.json")))
                .doesNotContain("ana", "ben", "cleo", "dora");

        releases.forget("ana");
        assertThat(releases.including("ana")).isEmpty();
        assertThat(releases.snapshot(draft.id()).size()).isEqualTo(8); // her figures still protect her
    }

    @Test
    void aReleaseThatDiedHalfWrittenLeavesNothingAndIsCleanedAtTheNextOne() throws Exception {
        Path releases = data.resolve("cooperatives/alpes/releases");
        Files.createDirectories(releases.resolve(".tmp-0001-dead"));
        Files.writeString(releases.resolve(".tmp-0001-dead/report.json"), "{\"half");
        assertThat(new Releases(data, "alpes").all()).isEmpty();
        Release draft = f.preview("2026-Q2");
        assertThat(draft.id()).isEqualTo("0001");
        assertThat(releases.resolve(".tmp-0001-dead")).doesNotExist();
    }

    @Test
    void aDraftOfFewerMembersThanACellNeedsIsNotPublished() {
        f.consents.withdraw("cleo");
        f.consents.withdraw("dora");
        Release two = f.preview("2026-Q2");
        assertThat(two.contributing()).isEqualTo(2);
        assertThat(two.report().channels()).isEmpty(); // not even which channels they sell through
        assertThatThrownBy(() -> f.publisher.publish(f.coop, two.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only 2 member(s) contribute to 2026-Q2, fewer than the 3 a cell needs");
        Release none = f.preview("2026-Q1");
        assertThatThrownBy(() -> f.publisher.publish(f.coop, none.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no consenting member sold in 2026-Q1");
        assertThat(new Releases(data, "alpes").editions()).isEmpty();
    }

    @Test
    void aPeriodThatHasNotBegunCannotBePreviewed() {
        assertThatThrownBy(() -> f.preview("2026-Q4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has not begun");
        assertThatThrownBy(() -> EditionPeriod.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-Q3");
        assertThat(EditionPeriod.parse("2026-h1").to()).isEqualTo(java.time.LocalDate.of(2026, 7, 1));
        assertThat(EditionPeriod.parse("2026").quarters()).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    }
}
