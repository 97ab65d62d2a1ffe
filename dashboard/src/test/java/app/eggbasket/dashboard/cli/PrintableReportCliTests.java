package app.eggbasket.dashboard.cli;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.printable.PdfContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code eggbasket report --pdf FILE [--lang fr|en]}: a valid PDF, written whole, in French unless asked. */
class PrintableReportCliTests {

    @TempDir
    Path data;

    @TempDir
    Path out;

    private final CliRun cli = new CliRun();

    @Test
    void writesAValidPdfInFrenchByDefault() throws IOException {
        ingest("fay", TestData.NET_INCOME_SALES);
        Path file = out.resolve("fay.pdf");

        assertThat(run("report", "--data", data.toString(), "--seller", "fay", "--pdf", file.toString())).isZero();

        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfContents pdf = new PdfContents(bytes);
        assertThat(pdf.pages()).isBetween(1, 2);
        assertThat(pdf.text()).contains("Bilan des ventes de fay").contains("300,00 €").contains("251,45 €")
                .contains("≈ 11,65 €");
        assertThat(cli.output()).contains("Printable report of fay, 2017-03-14 to 2017-04-02 (exclusive), written to " + file);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("no temporary file left beside it").containsExactly(file);
        }
    }

    @Test
    void writesEnglishWithLangEnAndReplacesAnOlderFile() throws IOException {
        ingest("fay", TestData.NET_INCOME_SALES);
        Path file = out.resolve("fay.pdf");
        Files.writeString(file, "an older report");

        assertThat(run("report", "--data", data.toString(), "--seller", "fay", "--pdf", file.toString(), "--lang", "en",
                "--from", "2017-03-01", "--to", "2017-04-01")).isZero();

        String text = new PdfContents(Files.readAllBytes(file)).text();
        assertThat(text).contains("Sales report of fay").contains("From 1 March 2017 to 31 March 2017 included")
                .contains("€240.00");
    }

    @Test
    void refusesAnUnknownLanguageAndAPeriodWithoutSalesWithoutWritingAFile() throws IOException {
        ingest("fay", TestData.NET_INCOME_SALES);
        Path file = out.resolve("none.pdf");

        assertThat(run("report", "--data", data.toString(), "--seller", "fay", "--pdf", file.toString(), "--lang", "de"))
                .isEqualTo(2);
        assertThat(cli.errors()).contains("--lang takes fr or en");
        assertThat(run("report", "--data", data.toString(), "--seller", "fay", "--pdf", file.toString(),
                "--from", "2024-01-01")).isEqualTo(2);
        assertThat(cli.errors()).contains("No sales for fay in this period");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void manyChannelsOverThreeYearsStillFitTwoPages() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        String[][] channels = {{"etsy", "MARKETPLACE"}, {"amazon", "MARKETPLACE"}, {"ebay", "MARKETPLACE"},
                {"instagram", "SOCIAL"}, {"own-shop", "OWN_SHOP"}, {"markets", "IN_PERSON"}, {"christmas-fair", "IN_PERSON"},
                {"wholesale-paris", "WHOLESALE"}, {"wholesale-lyon", "WHOLESALE"}, {"friends", "DIRECT"},
                {"workshops", "DIRECT"}, {"pinterest", "SOCIAL"}, {"etsy-canada", "MARKETPLACE"}, {"concept-store", "WHOLESALE"}};
        LocalDate month = LocalDate.of(2023, 1, 10);
        for (int m = 0; m < 36; m++, month = month.plusMonths(1)) {
            for (int c = 0; c < channels.length; c++) {
                csv.append(channels[c][0]).append('-').append(m).append(',').append(month).append(',').append(channels[c][0])
                        .append(',').append(channels[c][1]).append(",Bowl,,1,").append(40 + 13 * c + m).append(".00,")
                        .append(40 + 13 * c + m).append(".00,,,,,,").append(c % 3 == 0 ? "USD" : "EUR").append(",,FR,,\n");
            }
        }
        ingest("many", csv.toString());

        for (String lang : new String[]{"fr", "en"}) {
            Path file = out.resolve("many-" + lang + ".pdf");
            assertThat(run("report", "--data", data.toString(), "--seller", "many", "--pdf", file.toString(), "--lang", lang))
                    .isZero();
            PdfContents pdf = new PdfContents(Files.readAllBytes(file));
            assertThat(pdf.pages()).as(lang).isBetween(1, 2);
            assertThat(pdf.text()).contains(lang.equals("fr") ? "autres canaux (9)" : "other channels (9)");
        }
    }

    @Test
    void aSellerWithoutPlatformHasNoClosureToPrice() throws IOException {
        ingest("solo", HEADER + "S-1,2025-03-15,own-shop,OWN_SHOP,Bowl,,1,80.00,80.00,,,,,,EUR,,FR,,\n"
                + "M-1,2025-04-15,markets,IN_PERSON,Bowl,,1,20.00,20.00,,,,,,EUR,,FR,,\n");
        Path file = out.resolve("solo.pdf");

        assertThat(run("report", "--data", data.toString(), "--seller", "solo", "--pdf", file.toString(), "--lang", "en"))
                .isZero();

        assertThat(new PdfContents(Files.readAllBytes(file)).text()).contains("Low risk")
                .contains("None of your revenue depends on a platform: no third party could switch it off by closing.");
    }

    private static final String HEADER = "order_id,date,channel,channel_kind,item,sku,quantity,unit_price,gross_amount,"
            + "discount,shipping,tax,fees,refund,currency,buyer_id,country,payment_method,note\n";

    private void ingest(String seller, String csv) throws IOException {
        Path sales = data.resolve(seller + "-sales.csv");
        Files.writeString(sales, csv);
        assertThat(run("ingest", "--data", data.toString(), "--seller", seller, sales.toString())).isZero();
        cli.resetOutput();
    }

    private int run(String... args) {
        return cli.run(args);
    }
}
