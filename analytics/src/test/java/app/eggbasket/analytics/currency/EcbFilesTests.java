package app.eggbasket.analytics.currency;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every layout the ECB serves its rates in, and the history shipped from 1999. */
class EcbFilesTests {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
            \t<gesmes:subject>Reference rates</gesmes:subject>
            \t<Cube>
            \t\t<Cube time='2024-09-26'>
            \t\t\t<Cube currency='USD' rate='1.1155'/>
            \t\t\t<Cube currency='GBP' rate='0.83428'/>
            \t\t</Cube>
            \t\t<Cube time='2024-09-25'>
            \t\t\t<Cube currency='USD' rate='1.1194'/>
            \t\t</Cube>
            \t</Cube>
            </gesmes:Envelope>
            """;

    @Test
    void theXmlOfTheDayOrOf90Days() {
        EcbRates rates = EcbRates.read(XML.getBytes(StandardCharsets.UTF_8));

        assertThat(rates.perEuro("USD", LocalDate.of(2024, 9, 25))).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.1194"));
        assertThat(rates.perEuro("GBP", LocalDate.of(2024, 9, 26))).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.83428"));
        assertThat(rates.size()).isEqualTo(3);
    }

    @Test
    void theCsvOfTheDayWithItsSpelledOutDateAndTheZipTheEcbServesItIn() throws IOException {
        String daily = "Date, USD, JPY, GBP, \n26 September 2024, 1.1155, 160.78, 0.83428, \n";

        assertThat(EcbRates.read(daily.getBytes(StandardCharsets.UTF_8)).perEuro("GBP", LocalDate.of(2024, 9, 26)))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.83428"));
        assertThat(EcbRates.read(zip("eurofxref.csv", daily)).lastDate()).isEqualTo(LocalDate.of(2024, 9, 26));
    }

    @Test
    void aPageThatIsNotRatesAndXmlWithADtdAreRefused() {
        assertThatThrownBy(() -> EcbRates.read("<html><body>Maintenance</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rate found");
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<Cube><Cube time='2024-09-26'><Cube currency='USD' rate='&e;'/></Cube></Cube>";
        assertThatThrownBy(() -> EcbRates.read(entity.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EcbRates.read("<Cube><Cube time='2024-09-26'><Cube currency='USD' rate='-1'/></Cube></Cube>"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("line 1, USD: expected a rate like 1.1155, found '-1'");
    }

    @Test
    void theShippedHistoryRunsFromTheEurosFirstDay() {
        EcbRates shipped = RatesStore.shipped();

        assertThat(shipped.firstDate()).isEqualTo(LocalDate.of(1999, 1, 4));
        assertThat(shipped.perEuro("USD", LocalDate.of(1999, 1, 4))).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.1789"));
        assertThat(shipped.perEuro("USD", LocalDate.of(2015, 3, 2))).as("a 2015 sale converts")
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.1227"));
        assertThat(shipped.perEuro("GBP", LocalDate.of(2008, 9, 15))).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.79395"));
        assertThat(shipped.perEuro("USD", LocalDate.of(2024, 9, 26))).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.1155"));
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
