package app.eggbasket.ingestion.lake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a writer killed mid-way leaves in {@code lake/.tmp} (issue 15: a 62 MB part file stayed forever) is removed
 * when the lake is next opened, except what a live writer still holds.
 */
class LeftoverSweepTests {

    @TempDir
    Path data;

    @Test
    void deadWritersFilesGoLiveOnesStay() throws IOException {
        Lake lake = new Lake(data);
        Path tmp = Files.createDirectories(lake.tmpDir());
        Path dead = Files.write(tmp.resolve("alice~0b1c.parquet.part"), new byte[1024]);
        Path live = Files.write(tmp.resolve("bob~77aa.parquet.part"), new byte[1024]);
        Path oldExport = Files.write(tmp.resolve("export~1234.csv"), new byte[10]);
        Files.setLastModifiedTime(oldExport, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path freshExport = Files.write(tmp.resolve("export~5678.csv"), new byte[10]);
        Files.createDirectories(lake.lockFile("bob").getParent());

        int removed;
        // bob's ingest is still running: it holds his lock
        try (FileChannel channel = FileChannel.open(lake.lockFile("bob"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertThat(held.isValid()).isTrue();
            removed = new LakeWriter(lake).sweepLeftovers();
        }

        assertThat(removed).isEqualTo(2);
        assertThat(dead).doesNotExist();
        assertThat(oldExport).doesNotExist();
        assertThat(live).as("a live writer's part").exists();
        assertThat(freshExport).as("a temporary file in use").exists();

        // once bob's writer is gone, his part goes too
        assertThat(new LakeWriter(lake).sweepLeftovers()).isEqualTo(1);
        assertThat(live).doesNotExist();
    }
}
