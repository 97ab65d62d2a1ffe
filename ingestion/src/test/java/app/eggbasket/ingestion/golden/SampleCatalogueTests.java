package app.eggbasket.ingestion.golden;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.SaleFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails with one readable report when a format lacks a valid real-layout sample, a French Excel
 * re-save, a faulty sample or a golden file, or when a sample folder names no known format.
 */
class SampleCatalogueTests {

    @Test
    void everyFormatHasEveryKindOfSampleWithItsGoldenFile() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> samples = SampleFiles.all();
        for (SaleFormat format : Formats.standard().formats()) {
            for (String kind : SampleFiles.KINDS) {
                boolean present = samples.stream().anyMatch(s -> s.getParent().getFileName().toString().equals(format.id())
                        && kind.equals(SampleFiles.kindOf(s)));
                if (!present) {
                    problems.add(format.id() + ": no '" + kind + "-*' sample");
                }
            }
        }
        for (Path sample : samples) {
            String folder = sample.getParent().getFileName().toString();
            if (Formats.standard().byId(folder).isEmpty()) {
                problems.add(folder + ": sample folder names no known format (" + sample.getFileName() + ")");
            }
            if (SampleFiles.kindOf(sample) == null) {
                problems.add(sample + ": name must start with valid-, excel-fr- or faulty-");
            }
            if (!Files.exists(SampleFiles.goldenOf(sample))) {
                problems.add(sample + ": no golden file " + SampleFiles.goldenOf(sample).getFileName());
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
