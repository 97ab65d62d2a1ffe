package app.eggbasket.analytics.market;

import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ConsentStore#consenting()} reuses its last listing while the consent directory's modification time is
 * the one it listed, and that time was settled (at least two seconds old) when it listed.
 */
class ConsentStoreTests {

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    @TempDir
    Path data;

    private Path dir() {
        return data.resolve("cooperatives").resolve("default").resolve("consent");
    }

    private ConsentStore store() {
        return new ConsentStore(new Lake(data));
    }

    @Test
    void noDirectoryMeansNobodyAndTemporaryFilesAreNotSellers() throws IOException {
        ConsentStore store = store();
        assertThat(store.consenting()).isEmpty();

        store.give("bob");
        store.give("alice");
        Files.writeString(dir().resolve(".carol.tmp"), "2026-01-01T00:00:00Z\n");

        assertThat(store.consenting()).containsExactly("alice", "bob");
    }

    @Test
    void aConsentGivenOrWithdrawnThroughTheSameInstanceIsSeenAtOnce() throws IOException {
        ConsentStore store = store();
        store.give("alice");
        Files.setLastModifiedTime(dir(), AN_HOUR_AGO);
        assertThat(store.consenting()).containsExactly("alice");

        // even were the directory's time to stay as it was, the instance forgets its listing
        store.give("bob");
        Files.setLastModifiedTime(dir(), AN_HOUR_AGO);
        assertThat(store.consenting()).containsExactly("alice", "bob");

        store.withdraw("alice");
        Files.setLastModifiedTime(dir(), AN_HOUR_AGO);
        assertThat(store.consenting()).containsExactly("bob");
    }

    @Test
    void aConsentGivenByAnotherInstanceIsSeenByTheNextListing() throws IOException {
        ConsentStore reports = store();
        store().give("alice");
        Files.setLastModifiedTime(dir(), AN_HOUR_AGO);
        assertThat(reports.consenting()).containsExactly("alice");

        store().give("bob");
        assertThat(reports.consenting()).containsExactly("alice", "bob");

        Files.setLastModifiedTime(dir(), AN_HOUR_AGO);
        assertThat(reports.consenting()).containsExactly("alice", "bob");
        store().withdraw("alice");
        assertThat(reports.consenting()).containsExactly("bob");
    }

    @Test
    void aSettledListingIsReusedWhileTheDirectoryKeepsItsTime() throws IOException {
        ConsentStore store = store();
        store.give("alice");
        Files.setLastModifiedTime(dir(), AN_HOUR_AGO);
        assertThat(store.consenting()).containsExactly("alice");

        // a file made behind the store's back, the directory's time put back: the listing is not made again.
        // This is the assumption the cache rests on: any change of the names changes the directory's time.
        Files.writeString(dir().resolve("bob"), "2026-01-01T00:00:00Z\n");
        Files.setLastModifiedTime(dir(), AN_HOUR_AGO);

        assertThat(store.consenting()).containsExactly("alice");
    }

    @Test
    void aListingWithinTwoSecondsOfAChangeIsNeverReused() throws IOException {
        ConsentStore store = store();
        store.give("alice");
        FileTime recent = FileTime.from(Instant.now().minusMillis(1000));
        Files.setLastModifiedTime(dir(), recent);
        assertThat(store.consenting()).containsExactly("alice");

        // a change in the same tick of a coarse clock leaves the directory's time as it was
        Files.writeString(dir().resolve("bob"), "2026-01-01T00:00:00Z\n");
        Files.setLastModifiedTime(dir(), recent);

        assertThat(store.consenting()).containsExactly("alice", "bob");
    }
}
