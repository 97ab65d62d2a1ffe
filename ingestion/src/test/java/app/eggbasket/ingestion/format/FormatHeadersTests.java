package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.read.ColumnName;
import app.eggbasket.ingestion.read.ExportText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each registered format, given a header made of its own column labels (first spelling of each, then last
 * spelling: English, then French or en-GB where the format knows one), is detected as itself and only itself.
 */
class FormatHeadersTests {

    @Test
    void everyFormatsOwnHeaderIsDetectedAsThatFormatAlone() {
        FormatRegistry registry = Formats.standard();
        List<String> problems = new ArrayList<>();
        for (SaleFormat format : registry.formats()) {
            for (Function<ColumnName, String> spelling : List.<Function<ColumnName, String>>of(
                    c -> c.labels().get(0), c -> c.labels().get(c.labels().size() - 1))) {
                String delimiter = String.valueOf(format.nativeDelimiter());
                String header = format.columns().stream().map(spelling)
                        .map(l -> "\"" + l.replace("\"", "\"\"") + "\"").collect(Collectors.joining(delimiter));
                try {
                    DetectedExport detected = registry.detect(ExportText.decode("header.csv",
                            (header + "\n").getBytes(StandardCharsets.UTF_8)));
                    if (detected.format() != format) {
                        problems.add(format.id() + ": detected as " + detected.format().id() + " from " + header);
                    }
                } catch (FormatNotRecognisedException e) {
                    problems.add(format.id() + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
