package app.eggbasket.ingestion.golden;

import app.eggbasket.ingestion.format.FormatRegistry;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.mapping.ColumnMapping;
import app.eggbasket.ingestion.mapping.ExcelDamage;
import app.eggbasket.ingestion.mapping.FileSample;
import app.eggbasket.ingestion.mapping.MappedFormat;
import app.eggbasket.ingestion.mapping.MappingJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Samples of layouts no parser knows (closed platforms) under {@code data-samples/.../mapped-samples/<case>/}:
 * each folder holds one {@code *.mapping.json} and CSV files read with it, compared with their golden
 * files like {@link GoldenFileTests}, after the {@link ExcelDamage} warnings (in English). The standard formats must not recognise them.
 */
class MappedSampleGoldenTests {

    static Path root() {
        return SampleFiles.root().resolveSibling("mapped-samples");
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(root(), 2)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void parsesSampleWithItsMappingAsInItsGoldenFile(Path sample) throws IOException {
        FormatRegistry registry = new FormatRegistry(List.of(new MappedFormat(mappingOf(sample))));
        byte[] content = Files.readAllBytes(sample);
        StringBuilder warnings = new StringBuilder();
        new ExcelDamage(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC))
                .check(FileSample.of(sample.getFileName().toString(), content, 200))
                .forEach(w -> warnings.append("warning: ").append(w.sentence(Locale.ENGLISH)).append('\n'));
        String actual = warnings + GoldenRendering.render(registry, sample.getFileName().toString(), content);
        Path golden = SampleFiles.goldenOf(sample);
        if (Boolean.getBoolean("eggbasket.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noStandardFormatRecognisesIt(Path sample) throws IOException {
        String standard = GoldenRendering.render(Formats.standard(), sample.getFileName().toString(), Files.readAllBytes(sample));

        assertThat(standard).startsWith("REFUSED").contains("no known export format");
    }

    private static ColumnMapping mappingOf(Path sample) throws IOException {
        try (Stream<Path> files = Files.list(sample.getParent())) {
            Path json = files.filter(f -> f.getFileName().toString().endsWith(".mapping.json")).findFirst().orElseThrow();
            return MappingJson.read(Files.readAllBytes(json));
        }
    }
}
