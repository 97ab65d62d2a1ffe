package app.eggbasket.dashboard.web.table;

import app.eggbasket.dashboard.TableFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTests {

    private static final Table SAMPLE = Table.named("sample", List.of("Channel", "Revenue (EUR)", "Share (%)", "Orders",
                    "Day", "HHI", "Received"))
            .row(Cell.text("etsy"), Cell.money(new BigDecimal("1234.5"), "EUR"), Cell.percent(new BigDecimal("0.64812")),
                    Cell.integer(12), Cell.date(LocalDate.of(2025, 3, 14)), Cell.decimal(new BigDecimal("4200.4"), 0),
                    Cell.dateTime(LocalDateTime.of(2025, 3, 14, 9, 30, 59)))
            .row(Cell.text("refunds"), Cell.money(new BigDecimal("-12.505"), "EUR"), Cell.percent(new BigDecimal("-0.01")),
                    Cell.integer(-1), Cell.empty(), Cell.decimal(new BigDecimal("0.25"), 1), Cell.empty())
            .build();

    @Test
    void startsWithTheUtf8ByteOrderMarkAndEndsRecordsWithCrLf() {
        byte[] csv = CsvTable.write(SAMPLE, Locale.UK);

        assertThat(TableFiles.hasBom(csv)).isTrue();
        String text = new String(Arrays.copyOfRange(csv, 3, csv.length), StandardCharsets.UTF_8);
        assertThat(text).startsWith("Channel,Revenue (EUR),Share (%),Orders,Day,HHI,Received\r\n").endsWith("\r\n");
        assertThat(text.split("\r\n")).hasSize(3);
    }

    @Test
    void englishUsesCommasAndADecimalPoint() {
        assertThat(lines(CsvTable.write(SAMPLE, Locale.UK)))
                .containsExactly("Channel,Revenue (EUR),Share (%),Orders,Day,HHI,Received",
                        "etsy,1234.50,64.8,12,2025-03-14,4200,2025-03-14 09:30",
                        "refunds,-12.51,-1.0,-1,,0.3,");
    }

    @Test
    void frenchUsesSemicolonsAndADecimalComma() {
        assertThat(lines(CsvTable.write(SAMPLE, Locale.FRANCE)))
                .containsExactly("Channel;Revenue (EUR);Share (%);Orders;Day;HHI;Received",
                        "etsy;1234,50;64,8;12;2025-03-14;4200;2025-03-14 09:30",
                        "refunds;-12,51;-1,0;-1;;0,3;");
        assertThat(CsvTable.separator(Locale.CANADA_FRENCH)).isEqualTo(';');
        assertThat(CsvTable.separator(Locale.US)).isEqualTo(',');
    }

    @Test
    void quotesFieldsHoldingTheSeparatorAQuoteOrALineBreakAsRfc4180Says() {
        Table table = Table.named("quoting", List.of("a", "b", "c", "d"))
                .row(Cell.text("Dupont, Marie"), Cell.text("a \"quoted\" word"), Cell.text("two\nlines"), Cell.text("x;y"))
                .build();

        assertThat(text(CsvTable.write(table, Locale.UK)))
                .endsWith("\"Dupont, Marie\",\"a \"\"quoted\"\" word\",\"two\nlines\",x;y\r\n");
        assertThat(text(CsvTable.write(table, Locale.FRANCE)))
                .endsWith("Dupont, Marie;\"a \"\"quoted\"\" word\";\"two\nlines\";\"x;y\"\r\n");
        assertThat(TableFiles.csvRecords(CsvTable.write(table, Locale.FRANCE), ';').get(1))
                .containsExactly("Dupont, Marie", "a \"quoted\" word", "two\nlines", "x;y");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+33 6 12 34 56 78", "-2+3", "@SUM(A1:A9)",
            "\tcmd", "\rcmd"})
    void textThatASpreadsheetWouldRunGetsALeadingApostrophe(String risky) {
        Table table = Table.named("risky", List.of("text")).row(Cell.text(risky)).build();

        List<List<String>> records = TableFiles.csvRecords(CsvTable.write(table, Locale.UK), ',');

        assertThat(records.get(1)).containsExactly("'" + risky);
    }

    @Test
    void harmlessTextAndNegativeNumbersAreLeftAlone() {
        Table table = Table.named("numbers", List.of("text", "amount", "count"))
                .row(Cell.text("a=b"), Cell.money(new BigDecimal("-7.50"), "EUR"), Cell.integer(-3)).build();

        assertThat(lines(CsvTable.write(table, Locale.FRANCE))).last().isEqualTo("a=b;-7,50;-3");
        assertThat(Formulas.neutralise("")).isEmpty();
        assertThat(Formulas.neutralise("etsy")).isEqualTo("etsy");
        assertThat(Formulas.neutralise("'=1")).isEqualTo("'=1");
    }

    @Test
    void aTableRefusesRowsOfTheWrongLengthAndUnsafeFileNames() {
        assertThatThrownBy(() -> Table.named("x", List.of("a", "b")).row(Cell.text("only one")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Table.named("../etc/passwd", List.of("a")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Table.fileName("eggbasket", "alice", "channels", LocalDate.of(2022, 12, 1), null, "Été 2025!"))
                .isEqualTo("eggbasket-alice-channels-2022-12-01-ete-2025");
    }

    @Test
    void theDownloadNamesTheFileAndItsType() {
        var csv = TableDownload.of(SAMPLE, "csv", Locale.FRANCE);
        var xlsx = TableDownload.of(SAMPLE, "XLSX", Locale.FRANCE);

        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(csv.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"sample.csv\"");
        assertThat(xlsx.getHeaders().getContentType())
                .hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"sample.xlsx\"");
        assertThatThrownBy(() -> TableDownload.of(SAMPLE, "pdf", Locale.FRANCE))
                .isInstanceOf(app.eggbasket.dashboard.web.InvalidRequestException.class);
    }

    private static String text(byte[] csv) {
        return new String(Arrays.copyOfRange(csv, 3, csv.length), StandardCharsets.UTF_8);
    }

    private static List<String> lines(byte[] csv) {
        return List.of(text(csv).split("\r\n"));
    }
}
