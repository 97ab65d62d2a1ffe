package app.eggbasket.dashboard.cli;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.rates.RatesFixtureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ingest --tree} (a cooperative onboarding its members), {@code rates import} and {@code rates update}. */
class BulkAndRatesCliTests {

    @TempDir
    Path data;

    @TempDir
    Path tree;

    private final CliRun cli = new CliRun();

    @Test
    void treeIngestsOneSubFolderPerSellerWithASummaryTable() throws IOException {
        copy("etsy-sold-orders", "valid-EtsySoldOrders2022_en-US.csv", "atelier-anne");
        copy("square-item-sales", "valid-square_items_detail_2026-07_35col.csv", "atelier-anne");
        copy("shopify-orders", "valid-orders_export_2026_EUR_taxes-included.csv", "poterie-bruno");

        int code = run("ingest", "--data", data.toString(), "--tree", tree.toString());

        assertThat(code).isZero();
        assertThat(output()).containsPattern("atelier-anne\\s+2\\s+0\\s+17\\s+17\\s+0\\s+0\\s+0")
                .containsPattern("poterie-bruno\\s+1\\s+0\\s+7\\s+7\\s+0\\s+0\\s+1")
                .containsPattern("TOTAL \\(2 sellers\\)\\s+3\\s+0\\s+24\\s+24")
                .contains("rows/s");
        assertThat(cli.errors()).as("the progress bar").contains("Ingesting").contains("3/3 files");
        assertThat(Files.exists(data.resolve("lake/sales/atelier-anne/sales.parquet"))).isTrue();
    }

    @Test
    void treeExitsTwoNamingRefusedFilesAndBadFolderNames() throws IOException {
        copy("etsy-sold-orders", "faulty-EtsySoldOrders-truncated-download.csv", "atelier-anne");
        copy("etsy-sold-orders", "valid-EtsySoldOrders2022_en-US.csv", "Bad Name");

        int code = run("ingest", "--data", data.toString(), "--tree", tree.toString());

        assertThat(code).isEqualTo(2);
        assertThat(output()).contains("atelier-anne/faulty-EtsySoldOrders-truncated-download.csv: broken CSV structure")
                .contains("Bad Name/: the folder name is not a valid seller id");
    }

    @Test
    void treeAndSellerGoAlone() {
        assertThat(run("ingest", "--data", data.toString(), "--tree", tree.toString(), "--seller", "anne")).isEqualTo(1);
        assertThat(cli.errors()).contains("give either --seller ID FILE... or --tree FOLDER");
    }

    @Test
    void ratesImportMergesAnEcbFileAndRefusesAnotherLayout() throws IOException {
        Path rates = tree.resolve("eurofxref-hist.csv");
        Files.writeString(rates, "Date,USD,GBP,\n2099-01-02,1.5000,0.9000,\n2099-01-01,1.4000,0.8000,\n");

        assertThat(run("rates", "import", "--data", data.toString(), rates.toString())).isZero();
        assertThat(output()).contains("Imported eurofxref-hist.csv").contains("to 2099-01-02");

        Path wrong = tree.resolve("other.csv");
        Files.writeString(wrong, "Datum;USD\n02.01.2099;1,5\n");
        assertThat(run("rates", "import", "--data", data.toString(), wrong.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("expected the ECB header").contains("nothing was imported");
        assertThat(run("rates", "show", "--data", data.toString())).isZero();
        assertThat(output()).contains("to 2099-01-02");
    }

    @Test
    void ratesUpdateDownloadsTheEcbFileAndRefusesWhatIsNotOne() throws IOException {
        try (RatesFixtureServer ecb = new RatesFixtureServer()) {
            assertThat(run("rates", "update", "--data", data.toString(), "--url", ecb.uri("/broken").toString())).isEqualTo(2);
            assertThat(cli.errors()).contains("/broken").contains("the rates were not changed");
            assertThat(run("rates", "update", "--data", data.toString(), "--url", ecb.uri("/down").toString())).isEqualTo(2);
            assertThat(cli.errors()).contains("HTTP 503");
            assertThat(data.resolve("rates")).doesNotExist();

            assertThat(run("rates", "update", "--data", data.toString(), "--url",
                    ecb.uri("/eurofxref-hist-90d.xml").toString())).isZero();
            assertThat(output()).contains("6 new rate(s); rates now end on 2026-12-04 (before: 2026-08-21)");
            assertThat(run("rates", "update", "--data", data.toString(), "--url",
                    ecb.uri("/eurofxref-hist-90d.xml").toString())).isZero();
            assertThat(output()).as("a second run adds nothing").contains("0 new rate(s); rates now end on 2026-12-04");
        }
        assertThat(run("rates", "show", "--data", data.toString())).isZero();
        assertThat(output()).contains("ECB rates from 1999-01-04 to 2026-12-04");
    }

    private void copy(String format, String sample, String seller) throws IOException {
        Path folder = Files.createDirectories(tree.resolve(seller));
        Files.copy(TestData.samples().resolve(format).resolve(sample), folder.resolve(sample));
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String output() {
        return cli.output();
    }
}
