package app.eggbasket.ingestion.golden;

import app.eggbasket.ingestion.format.FormatRegistry;
import app.eggbasket.ingestion.format.Formats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample export under {@code data-samples/src/main/resources/samples/<format>/} is parsed and
 * compared with its golden file {@code <case>.expected.txt}. Adding a case means adding two files.
 * Run with {@code -Deggbasket.golden.update=true} to write missing or changed golden files, then read
 * the diff: a golden file is only worth what its hand check was worth.
 */
class GoldenFileTests {

    private static final FormatRegistry REGISTRY = Formats.standard();

    static Stream<Path> samples() throws IOException {
        return SampleFiles.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void parsesSampleAsInItsGoldenFile(Path sample) throws IOException {
        String actual = GoldenRendering.render(REGISTRY, sample.getFileName().toString(), Files.readAllBytes(sample));
        Path golden = SampleFiles.goldenOf(sample);
        if (Boolean.getBoolean("eggbasket.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file of %s (run with -Deggbasket.golden.update=true to create it)", sample)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void detectsTheFormatOfItsFolder(Path sample) throws IOException {
        String actual = GoldenRendering.render(REGISTRY, sample.getFileName().toString(), Files.readAllBytes(sample));
        String folder = sample.getParent().getFileName().toString();
        if (!SampleFiles.isFaulty(sample)) {
            assertThat(actual).startsWith("format " + folder + ",");
        }
    }
}
