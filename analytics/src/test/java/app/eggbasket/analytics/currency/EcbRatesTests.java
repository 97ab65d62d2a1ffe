package app.eggbasket.analytics.currency;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EcbRatesTests {

    private static final String FILE = """
            Date,USD,JPY,CYP,GBP,
            2024-09-26,1.1155,160.78,N/A,0.83428,
            2024-09-25,1.1194,161.49,N/A,0.83653,
            2024-09-20,1.1166,161.08,N/A,0.8391,
            """;

    private final EcbRates rates = EcbRates.parse(FILE);

    @Test
    void aPublishedDayHasItsOwnRate() {
        assertThat(rates.perEuro("USD", LocalDate.of(2024, 9, 26))).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.1155"));
        assertThat(rates.perEuro("EUR", LocalDate.of(1990, 1, 1))).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1"));
    }

    @Test
    void weekendsAndHolidaysUseTheLastPublishedRate() {
        assertThat(rates.perEuro("GBP", LocalDate.of(2024, 9, 22))).as("Sunday after Friday 20")
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.8391"));
        assertThat(rates.perEuro("GBP", LocalDate.of(2024, 10, 3))).as("7 days after the last rate")
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.83428"));
    }

    @Test
    void noRateBeyondAWeekAfterTheLastOneNorBeforeTheFirstNorForNA() {
        assertThat(rates.perEuro("USD", LocalDate.of(2024, 10, 4))).isEmpty();
        assertThat(rates.perEuro("USD", LocalDate.of(2024, 9, 19))).isEmpty();
        assertThat(rates.perEuro("CYP", LocalDate.of(2024, 9, 26))).isEmpty();
        assertThat(rates.perEuro("ARS", LocalDate.of(2024, 9, 26))).isEmpty();
    }

    @Test
    void crossRatesGoThroughTheEuro() {
        assertThat(rates.factor("GBP", "USD", LocalDate.of(2024, 9, 26)))
                .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1.337081075897780")); // 1.1155 / 0.83428
        assertThat(rates.factor("USD", "EUR", LocalDate.of(2024, 9, 26)))
                .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.8964589870013447")); // 1 / 1.1155
    }

    @Test
    void importedRatesWinOnTheDaysBothHave() {
        EcbRates merged = rates.mergedWith(EcbRates.parse("Date,USD\n2024-09-26,2\n2024-09-27,3\n"));
        assertThat(merged.perEuro("USD", LocalDate.of(2024, 9, 26))).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("2"));
        assertThat(merged.perEuro("USD", LocalDate.of(2024, 9, 25))).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.1194"));
        assertThat(merged.lastDate()).isEqualTo(LocalDate.of(2024, 9, 27));
        assertThat(EcbRates.parse(merged.toCsv()).perEuro("GBP", LocalDate.of(2024, 9, 25)))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.83653"));
    }

    @Test
    void unreadableFilesNameTheLineAndColumn() {
        assertThatThrownBy(() -> EcbRates.parse("Date,USD\n2024-09-26,1,1155\n2024-13-01,1.2\n"))
                .hasMessage("line 3, column Date: expected a date like 2024-09-26, found '2024-13-01'");
        assertThatThrownBy(() -> EcbRates.parse("Date,USD\n2024-09-26,1.1x\n"))
                .hasMessage("line 2, column USD: expected a rate like 1.1155, found '1.1x'");
        assertThatThrownBy(() -> EcbRates.parse("Datum;USD\n")).hasMessageContaining("expected the ECB header");
    }
}
