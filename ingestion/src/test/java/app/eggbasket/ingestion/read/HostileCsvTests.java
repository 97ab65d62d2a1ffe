package app.eggbasket.ingestion.read;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.mapping.FileSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files made to exhaust the reader (issue 15): a header of a million columns, a data line wider than any export,
 * a value of several million characters. Each is refused with a sentence naming what is wrong, nothing is stored,
 * and no part of the file is echoed back.
 */
class HostileCsvTests {

    private static final Path ETSY = Path.of("..", "data-samples", "src", "main", "resources", "samples",
            "etsy-sold-orders", "valid-EtsySoldOrders2022_en-US.csv");

    @TempDir
    Path data;

    @Test
    void aMillionColumnsAreRefusedInOneSentenceAndTheMappingWizardIsToldTheSame() {
        StringBuilder header = new StringBuilder("Sale Date");
        for (int i = 0; i < 1_000_000; i++) {
            header.append(",c").append(i);
        }
        byte[] file = (header + "\n01/02/25,1\n").getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).as("the file is the million columns it claims").isGreaterThan(6_000_000);

        FileSummary summary = ingest("wide.csv", file);
        assertThat(summary.refused()).isTrue();
        assertThat(summary.refusal().length()).as("nothing of the header echoed").isLessThan(3_000);
        assertThat(new Lake(data).salesFile("alice")).doesNotExist();

        assertThatThrownBy(() -> FileSample.of("wide.csv", file, 200))
                .isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("line 1 has more than 1000 columns")
                .satisfies(e -> assertThat(((FileRefusedException) e).why().key()).isEqualTo("tooManyColumns"));
    }

    @Test
    void aDataLineWiderThanAnyExportIsRefusedNamingItsLine() throws IOException {
        String etsy = Files.readString(ETSY, StandardCharsets.UTF_8);
        String wide = etsy.lines().skip(1).findFirst().orElseThrow() + ",x".repeat(1_500);
        String file = etsy.lines().limit(3).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n" + wide + "\n";

        FileSummary summary = ingest("EtsySoldOrders2022.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(summary.refused()).isTrue();
        assertThat(summary.refusal()).isEqualTo("line 4 has more than 1000 columns; no sales export has that many");
        assertThat(summary.refusalReason().key()).isEqualTo("tooManyColumns");
        assertThat(new Lake(data).salesFile("alice")).as("nothing half-written").doesNotExist();
    }

    @Test
    void aValueOfMillionsOfCharactersIsRefusedBeforeItIsHeld() throws IOException {
        String etsy = Files.readString(ETSY, StandardCharsets.UTF_8);
        String[] lines = etsy.split("\n");
        String huge = "\"" + "A".repeat(6 << 20) + "\"";
        String file = lines[0] + "\n" + lines[1] + "\n" + lines[2].replaceFirst(",", "," + huge + ",") + "\n";
        assertThat(file.length()).isGreaterThan(6 << 20);

        FileSummary summary = ingest("EtsySoldOrders2022.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(summary.refused()).isTrue();
        assertThat(summary.refusal()).contains("longer than 4 Mi characters");
        assertThat(summary.refusalReason().key()).isIn("fieldTooLong", "lineTooLong");
    }

    private FileSummary ingest(String name, byte[] file) {
        return new Ingestor(new Lake(data), Formats.standard()).ingest("alice", name, file, null, ParseContext.DEFAULT_ZONE);
    }
}
