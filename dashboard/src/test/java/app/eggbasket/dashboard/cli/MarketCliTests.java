package app.eggbasket.dashboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code consent} and {@code market-report}. Three consenting sellers in 2025-Q1, checked by hand:
 * ana etsy 100 + own-shop 100, ben etsy 300 + own-shop 100, cleo etsy 200 + own-shop 200; dan (etsy 5,000)
 * did not consent. Etsy: 600.00 from 3 sellers, shares 0.5, 0.75, 0.5 (median 0.5), largest 50%;
 * own shop: 400.00, shares 0.5, 0.25, 0.5 (median 0.5); total 1,000.00; every seller CRITICAL (Etsy ≥ 50%).
 */
class MarketCliTests {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private final CliRun cli = new CliRun();

    @BeforeEach
    void members() throws IOException {
        ingest("ana", "a1,2025-01-10,etsy,MARKETPLACE,100.00", "a2,2025-01-20,own-shop,OWN_SHOP,100.00");
        ingest("ben", "b1,2025-02-10,etsy,MARKETPLACE,300.00", "b2,2025-02-11,own-shop,OWN_SHOP,100.00");
        ingest("cleo", "c1,2025-03-03,etsy,MARKETPLACE,200.00", "c2,2025-03-05,own-shop,OWN_SHOP,200.00");
        ingest("dan", "d1,2025-03-03,etsy,MARKETPLACE,5000.00");
        for (String seller : new String[]{"ana", "ben", "cleo"}) {
            assertThat(run("consent", "--data", data.toString(), "--seller", seller, "--on")).isZero();
        }
        cli.resetOutput();
    }

    @Test
    void aCooperativesNextEditionIsDraftedThenPublishedFromTheCommandLine() throws Exception {
        assertThat(run("market-report", "--data", data.toString(), "--coop", "default", "--period", "2025-Q1", "--json")).isZero();
        JsonNode draft = new ObjectMapper().readTree(cli.output());
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("contributingMembers").asInt()).isEqualTo(3);
        assertThat(draft.get("engine").asText()).isEqualTo("duckdb");
        assertThat(draft.get("report").get("total").get("revenue").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(draft.get("report").get("rules").get("protectionLevel").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(new app.eggbasket.analytics.edition.Releases(data, "default").editions()).isEmpty();

        cli.resetOutput();
        assertThat(run("market-report", "--data", data.toString(), "--coop", "default", "--period", "2025-Q1", "--publish")).isZero();
        assertThat(cli.output()).contains("Edition 1 of Eggbasket cooperative (default), 2025-Q1, published")
                .contains("3 contributing member(s)").contains("0 cell(s) withheld against earlier releases");
        assertThat(new app.eggbasket.analytics.edition.Releases(data, "default").editions()).hasSize(1)
                .allSatisfy(e -> assertThat(e.report().total().figures().revenue()).isEqualByComparingTo("1000.00"));

        assertThat(run("market-report", "--data", data.toString(), "--coop", "nowhere", "--period", "2025")).isEqualTo(2);
        assertThat(cli.errors()).contains("there is no cooperative 'nowhere'");
        assertThat(run("market-report", "--data", data.toString(), "--coop", "default", "--period", "2025", "--min-sellers", "2"))
                .isEqualTo(2);
        assertThat(cli.errors()).contains("--min-sellers does not apply to a cooperative's edition");
        assertThat(run("market-report", "--data", data.toString(), "--coop", "default")).isEqualTo(2);
        assertThat(cli.errors()).contains("an edition needs both --coop ID and --period P");
        assertThat(run("market-report", "--data", data.toString(), "--coop", "default", "--period", "2099-Q1")).isEqualTo(2);
        assertThat(cli.errors()).contains("has not begun");
        assertThat(new app.eggbasket.analytics.edition.Releases(data, "default").all()).as("refusals store nothing").hasSize(2);
    }

    @Test
    void marketReportJsonCheckedByHand() throws Exception {
        int code = run("market-report", "--data", data.toString(), "--engine", "duckdb", "--json",
                "--quantile-min-sellers", "3");

        assertThat(code).isZero();
        JsonNode report = new ObjectMapper().readTree(cli.output());
        assertThat(report.get("consentingSellers").asInt()).isEqualTo(3);
        assertThat(report.get("from").asText()).isEqualTo("2025-01-01");
        assertThat(report.get("to").asText()).isEqualTo("2025-04-01");
        assertThat(report.get("total").get("revenue").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(report.get("total").get("risk").get("CRITICAL").asInt()).isEqualTo(3);
        JsonNode etsy = report.get("channels").get(0);
        assertThat(etsy.get("channel").asText()).isEqualTo("etsy");
        assertThat(etsy.get("sellers").asInt()).isEqualTo(3);
        assertThat(etsy.get("revenue").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(etsy.get("medianShare").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(etsy.get("topPlatformShare").get("q3").decimalValue()).isEqualByComparingTo("0.625"); // 0.5 + 0.5 x 0.25
        JsonNode shop = report.get("channels").get(1);
        assertThat(shop.get("channel").asText()).isEqualTo("own-shop");
        assertThat(shop.get("revenue").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(shop.get("medianShare").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(report.get("channelQuarters")).hasSize(2);
        assertThat(report.get("quarterTotals").get(0).get("revenue").decimalValue()).isEqualByComparingTo("1000.00");
    }

    @Test
    void withdrawingConsentSuppressesWhatTooFewSellersMakeUp() throws Exception {
        assertThat(run("consent", "--data", data.toString(), "--seller", "ben", "--off")).isZero();
        assertThat(cli.output()).contains("ben does not contribute");
        cli.resetOutput();

        run("market-report", "--data", data.toString(), "--json");

        JsonNode report = new ObjectMapper().readTree(cli.output());
        assertThat(report.get("consentingSellers").asInt()).isEqualTo(2);
        assertThat(report.get("total").get("status").asText()).isEqualTo("SUPPRESSED");
        assertThat(report.get("total").has("revenue")).isFalse();
    }

    @Test
    void stricterRulesFromTheCommandLine() throws Exception {
        run("market-report", "--data", data.toString(), "--json", "--min-sellers", "4");
        JsonNode report = new ObjectMapper().readTree(cli.output());
        assertThat(report.get("rules").get("minSellers").asInt()).isEqualTo(4);
        // 3 contributing sellers, fewer than 4: nothing is published, not even which channels exist
        assertThat(report.get("total").get("status").asText()).isEqualTo("SUPPRESSED");
        assertThat(report.get("channels")).isEmpty();
        assertThat(report.get("kinds")).isEmpty();
    }

    @Test
    void textReportAndUnknownEngine() {
        assertThat(run("market-report", "--data", data.toString())).isZero();
        assertThat(cli.output()).contains("3 consenting member(s)").contains("etsy")
                .contains("600.00").contains("1000.00");
        assertThat(run("market-report", "--data", data.toString(), "--engine", "hadoop")).isEqualTo(2);
    }

    @Test
    void compactThenTheSameReport() throws Exception {
        run("market-report", "--data", data.toString(), "--json");
        String before = cli.output();
        cli.resetOutput();
        assertThat(run("compact", "--data", data.toString())).isZero();
        assertThat(cli.output()).contains("compacted 4 seller file(s)");
        assertThat(Files.exists(data.resolve("lake/compact/sales.parquet"))).isTrue();
        cli.resetOutput();
        run("market-report", "--data", data.toString(), "--json");
        assertThat(cli.output()).isEqualTo(before);
    }

    @Test
    void consentWithoutOnOrOffTellsTheState() {
        run("consent", "--data", data.toString(), "--seller", "dan");
        assertThat(cli.output()).contains("dan does not contribute");
        cli.resetOutput();
        run("consent", "--data", data.toString(), "--seller", "ana");
        assertThat(cli.output()).contains("ana contributes to the market report");
    }

    private void ingest(String seller, String... rows) throws IOException {
        StringBuilder csv = new StringBuilder("order_id,date,channel,channel_kind,item,sku,quantity,unit_price,gross_amount,"
                + "discount,shipping,tax,fees,refund,currency,buyer_id,country,payment_method,note\n");
        for (String row : rows) {
            String[] f = row.split(",");
            csv.append(f[0]).append(',').append(f[1]).append(',').append(f[2]).append(',').append(f[3])
                    .append(",Item,,1,").append(f[4]).append(',').append(f[4]).append(",,,,,,EUR,,FR,,\n");
        }
        Path file = files.resolve(seller + ".csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        assertThat(run("ingest", "--data", data.toString(), "--seller", seller, file.toString())).isZero();
    }

    private int run(String... args) {
        return cli.run(args);
    }
}
