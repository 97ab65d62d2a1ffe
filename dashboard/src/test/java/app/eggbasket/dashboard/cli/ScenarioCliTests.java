package app.eggbasket.dashboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code eggbasket scenario} on a seller with, every month of 2025, Etsy 70 (fees 7), her own shop 20 and
 * markets 10: 840 / 240 / 120 over the year, 70% / 20% / 10%.
 */
class ScenarioCliTests {

    @TempDir
    Path data;

    private final CliRun cli = new CliRun();

    @BeforeEach
    void ingest() throws IOException {
        StringBuilder csv = new StringBuilder("order_id,date,channel,channel_kind,item,sku,quantity,unit_price,gross_amount,"
                + "discount,shipping,tax,fees,refund,currency,buyer_id,country,payment_method,note\n");
        for (int m = 1; m <= 12; m++) {
            String date = LocalDate.of(2025, m, 15).toString();
            csv.append("E-").append(m).append(',').append(date).append(",etsy,MARKETPLACE,Bowl,,1,70.00,70.00,,,,7.00,,EUR,,FR,,\n");
            csv.append("S-").append(m).append(',').append(date).append(",own-shop,OWN_SHOP,Bowl,,1,20.00,20.00,,,,,,EUR,,FR,,\n");
            csv.append("M-").append(m).append(',').append(date).append(",markets,IN_PERSON,Bowl,,1,10.00,10.00,,,,,,EUR,,FR,,\n");
        }
        Path file = data.resolve("sales.csv");
        Files.writeString(file, csv);
        assertThat(run("ingest", "--data", data.toString(), "--seller", "ines", file.toString())).isZero();
        cli.resetOutput();
    }

    @Test
    void closureInWordsWithTheHandCheckedFigures() {
        int code = run("scenario", "--data", data.toString(), "--seller", "ines", "--close", "etsy", "--substitution", "0.2",
                "--from", "2025-01-01", "--to", "2026-01-01");

        assertThat(code).isZero();
        assertThat(output()).contains("Seller ines, 2025-01-01 to 2026-01-01 (exclusive, 12 calendar months), amounts in EUR")
                .contains("Closure of etsy: no notice, 20.0% of its sales won back elsewhere.")
                .contains("you would lose 56.00 of revenue and 50.40 of net income a month, 56.0% of your revenue.")
                .contains("672.00 of revenue and 604.80 of net income lost")
                .contains("After fees and social contributions (12.3% of revenue): 43.51 less kept a month, 522.14 over those 12 months.")
                .contains("Afterwards: risk CRITICAL → LOW; largest platform etsy 70.0% → none; platforms 70.0% → 0.0%; HHI 5400.0 → 5555.6.")
                .contains("The part won back goes to own-shop, markets (pro rata to their revenue).");
    }

    @Test
    void templateJsonIsTheApiJson() throws Exception {
        int code = run("scenario", "--data", data.toString(), "--seller", "ines", "--template", "alm-2017", "--channel", "etsy",
                "--from", "2025-01-01", "--to", "2026-01-01", "--json");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(output());
        assertThat(json.get("scenario").asText()).isEqualTo("closure");
        assertThat(json.get("template").asText()).isEqualTo("alm-2017");
        assertThat(json.get("noticeDays").asInt()).isEqualTo(59);
        assertThat(json.get("reviewsLost").asBoolean()).isTrue();
        assertThat(json.get("closes").asText()).isEqualTo("2026-03-01");
        assertThat(json.get("revenueLostPerMonth").decimalValue()).isEqualByComparingTo("70.00");
        assertThat(json.get("revenueLost12Months").decimalValue()).isEqualByComparingTo("700.00");
        assertThat(json.get("shareLost").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(json.get("months")).hasSize(12);
        assertThat(json.get("after").get("risk").asText()).isEqualTo("LOW");
    }

    @Test
    void feeHikeTakesRatesThroughFromAndToBesideThePeriod() {
        int code = run("scenario", "--data", data.toString(), "--seller", "ines", "--fee-hike", "etsy", "--from", "0.05",
                "--to", "6.5%", "--from", "2025-01-01", "--to", "2026-01-01");

        assertThat(code).isZero();
        assertThat(output()).contains("Fee hike on etsy from 5.0% to 6.5% of its revenue.")
                .contains("You would keep 1.05 less a month, 12.60 over 12 months");
    }

    @Test
    void cashHoldTable() {
        int code = run("scenario", "--data", data.toString(), "--seller", "ines", "--cash-hold", "etsy", "--percent", "25",
                "--days", "90", "--from", "2025-01-01", "--to", "2026-01-01");

        assertThat(code).isZero();
        assertThat(output()).contains("Each month 17.50 of its sales is held back; once releases catch up, 51.75 stays held")
                .contains("51.8% of a month's revenue");
    }

    @Test
    void mistakesExitTwoWithOneLine() {
        assertThat(run("scenario", "--data", data.toString(), "--seller", "ines", "--close", "dawanda")).isEqualTo(2);
        assertThat(errors()).contains("eggbasket: Unknown channel 'dawanda': the channels of this period are");
        assertThat(run("scenario", "--data", data.toString(), "--seller", "ines", "--close", "etsy", "--fee-hike", "etsy"))
                .isEqualTo(2);
        assertThat(errors()).contains("Choose one scenario");
        assertThat(run("scenario", "--data", data.toString(), "--seller", "ines", "--close", "etsy", "--from", "0.05"))
                .isEqualTo(2);
        assertThat(run("scenario", "--data", data.toString(), "--seller", "ines", "--template", "alm-2017", "--channel", "etsy",
                "--substitution", "1.5")).isEqualTo(2);
        assertThat(errors()).contains("Invalid substitution rate");
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
