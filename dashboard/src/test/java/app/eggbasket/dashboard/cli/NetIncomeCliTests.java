package app.eggbasket.dashboard.cli;

import app.eggbasket.dashboard.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code report} with fees, contributions and what is kept; {@code profile set|show}; {@code fees}. */
class NetIncomeCliTests {

    @TempDir
    Path data;

    private final CliRun cli = new CliRun();

    @BeforeEach
    void ingest() throws IOException {
        Path sales = data.resolve("sales.csv");
        Files.writeString(sales, TestData.NET_INCOME_SALES);
        assertThat(run("ingest", "--data", data.toString(), "--seller", "fay", sales.toString())).isZero();
        cli.resetOutput();
    }

    @Test
    void reportTextShowsFeesContributionsAndKeptMarkingEstimates() {
        run("report", "--data", data.toString(), "--seller", "fay");

        assertThat(output()).contains("Revenue 300.00, fees 11.65 (partly estimated), net 288.35, 4 orders")
                .contains("Social contributions 12.3% of revenue: 36.90; you keep 251.45")
                .containsPattern("a-little-market +MARKETPLACE +100\\.00 +33\\.3% +1 +~5\\.00 +95\\.00 +12\\.30 +82\\.70 +82\\.7%")
                .containsPattern("markets +IN_PERSON +60\\.00 .* 0\\.00\\* ")
                .containsPattern("etsy +MARKETPLACE +40\\.00 +13\\.3% +1 +3\\.00 ")
                .containsPattern("total +300\\.00 +4 +~11\\.65 +288\\.35 +36\\.90 +251\\.45 +83\\.8%")
                .contains("~ fees estimated from the platform's dated fee schedule")
                .contains("* no fee schedule");
    }

    @Test
    void profileSetChangesTheReportsContributions() throws Exception {
        assertThat(run("profile", "set", "--data", data.toString(), "--seller", "fay", "--contribution-rate", "services")).isZero();
        assertThat(output()).contains("Seller fay: social contributions 21.2% of revenue (artisanal services).");
        cli.resetOutput();

        run("report", "--data", data.toString(), "--seller", "fay", "--json");

        JsonNode json = new ObjectMapper().readTree(output());
        assertThat(json.get("contributionRate").decimalValue()).isEqualByComparingTo("0.212");
        assertThat(json.get("contributions").decimalValue()).as("21.20 + 21.20 + 12.72 + 8.48").isEqualByComparingTo("63.60");
        assertThat(json.get("kept").decimalValue()).as("300.00 − 11.65 − 63.60").isEqualByComparingTo("224.75");
        assertThat(json.get("feesEstimated").asBoolean()).isTrue();
        assertThat(json.get("channels").get(0).fieldNames()).toIterable()
                .contains("fees", "feesEstimated", "net", "feeSource", "contributions", "kept");

        cli.resetOutput();
        run("profile", "show", "--data", data.toString(), "--seller", "fay");
        assertThat(output()).contains("21.2%");
        cli.resetOutput();
        run("profile", "show", "--data", data.toString(), "--seller", "gil");
        assertThat(output()).contains("12.3% of revenue (sales of goods) (the default: not set)");
    }

    @Test
    void aRateWithoutItsPercentSignIsRefused() {
        int code = run("profile", "set", "--data", data.toString(), "--seller", "fay", "--contribution-rate", "22");

        assertThat(code).isEqualTo(2);
        assertThat(errors()).contains("percentage with its sign");
    }

    @Test
    void feesListsTheScheduleInEffectOnADay() {
        run("fees", "--data", data.toString(), "--channel", "Etsy", "--on", "2022-04-11");

        assertThat(output()).contains("Fee schedules shipped with Eggbasket")
                .containsPattern("etsy +transaction +2022-04-11 +6\\.5 ")
                .doesNotContain("2018-07-16");
        cli.resetOutput();
        run("fees", "--data", data.toString(), "--channel", "markets");
        assertThat(output()).contains("markets: no fee schedule");
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String output() {
        return cli.output();
    }

    private String errors() {
        return cli.errors();
    }
}
