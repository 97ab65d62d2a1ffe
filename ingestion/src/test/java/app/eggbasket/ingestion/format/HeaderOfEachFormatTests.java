package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.read.ColumnName;
import app.eggbasket.ingestion.read.ExportText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A header made of every column of one format is recognised as that format alone, never as a tie. */
class HeaderOfEachFormatTests {

    static List<SaleFormat> formats() {
        return Formats.standard().formats();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void fullHeaderIsRecognisedAsItsOwnFormat(SaleFormat format) {
        String delimiter = String.valueOf(format.nativeDelimiter());
        String header = format.columns().stream().map(ColumnName::label).collect(Collectors.joining(delimiter)) + "\n";

        DetectedExport detected = Formats.standard().detect(
                ExportText.decode("header.csv", header.getBytes(StandardCharsets.UTF_8)));

        assertThat(detected.format().id()).isEqualTo(format.id());
    }
}
