package app.eggbasket.analytics.fees;

import app.eggbasket.analytics.currency.EcbRates;
import app.eggbasket.analytics.engine.FeeBase;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeeSchedulesTests {

    private final FeeSchedules shipped = FeeSchedules.shipped();
    /** 2 US dollars per euro: 0.20 USD are 0.10 EUR. */
    private final EcbRates twoDollarsPerEuro = EcbRates.parse("Date,USD\n2022-04-08,2\n2022-04-11,2\n2022-04-12,2\n");

    @Test
    void etsyTransactionFeeSwitchesFrom5To6Point5PercentOn11April2022() {
        assertThat(percent("etsy", "transaction", LocalDate.of(2022, 4, 10))).isEqualByComparingTo("5");
        assertThat(percent("etsy", "transaction", LocalDate.of(2022, 4, 11))).isEqualByComparingTo("6.5");
        assertThat(percent("etsy", "transaction", LocalDate.of(2018, 7, 15))).isEqualByComparingTo("3.5");
        assertThat(percent("etsy", "transaction", LocalDate.of(2018, 7, 16))).isEqualByComparingTo("5");
        assertThat(shipped.rulesOn("etsy", LocalDate.of(2024, 1, 1))).extracting(FeeRule::component)
                .containsExactlyInAnyOrder("transaction", "payment", "listing");
        assertThat(shipped.rulesOn("etsy", LocalDate.of(2000, 1, 1))).as("before any schedule").isEmpty();
    }

    @Test
    void channelNamesMatchWhateverTheirCaseAccentsAndAliases() {
        assertThat(shipped.covers(" Etsy ")).isTrue();
        assertThat(shipped.covers("A Little Market")).isTrue();
        assertThat(shipped.covers("alittlemarket")).isTrue();
        assertThat(shipped.covers("DaWanda")).isTrue();
        assertThat(shipped.covers("own-shop")).as("own shop: no fee schedule").isFalse();
        assertThat(shipped.covers("markets")).isFalse();
        assertThat(shipped.covers("wholesale")).isFalse();
    }

    @Test
    void estimatesPercentagePerOrderAndPerUnitPartsConvertingDollars() {
        // 8 Apr 2022: 25.00 EUR, 1 order, 1 unit: 5% 1.25 + 4% 1.00 + 0.30 + 0.20 USD (0.10 EUR) = 2.65
        // 12 Apr 2022: 30.00 EUR, 1 order, 2 units: 6.5% 1.95 + 4% 1.20 + 0.30 + 2 × 0.10 = 3.65
        Map<String, FeeSchedules.Estimate> estimate = shipped.estimate(List.of(
                unstated("etsy", LocalDate.of(2022, 4, 8), new BigDecimal("25.00"), 1, 1, 1),
                unstated("etsy", LocalDate.of(2022, 4, 12), new BigDecimal("30.00"), 1, 2, 2),
                unstated("markets", LocalDate.of(2022, 4, 12), new BigDecimal("50.00"), 1, 1, 1)), "EUR", twoDollarsPerEuro);

        assertThat(estimate).containsOnlyKeys("etsy");
        assertThat(estimate.get("etsy").fees()).isEqualByComparingTo("6.30");
        assertThat(estimate.get("etsy").approximate()).as("Etsy's French payment fee start is approximate").isTrue();
    }

    @Test
    void aReportInDollarsTakesTheListingFeeAsIsAndConvertsTheEuroParts() {
        // 30.00 USD on 12 Apr 2022: 6.5% 1.95 + 4% 1.20 + 0.30 EUR (0.60 USD) + 0.20 USD = 3.95
        Map<String, FeeSchedules.Estimate> estimate = shipped.estimate(List.of(
                unstated("etsy", LocalDate.of(2022, 4, 12), new BigDecimal("30.00"), 1, 1, 1)), "USD", twoDollarsPerEuro);

        assertThat(estimate.get("etsy").fees()).isEqualByComparingTo("3.95");
    }

    @Test
    void amazonReferralFeeHasAMinimumPerUnit() {
        FeeBase small = unstated("amazon", LocalDate.of(2022, 4, 12), new BigDecimal("2.00"), 1, 1, 1);
        FeeBase large = unstated("amazon", LocalDate.of(2022, 4, 12), new BigDecimal("40.00"), 1, 1, 1);

        assertThat(shipped.estimate(List.of(small), "EUR", twoDollarsPerEuro).get("amazon").fees())
                .as("15% of 2.00 = 0.30 < 1.00 USD = 0.50 EUR").isEqualByComparingTo("0.50");
        assertThat(shipped.estimate(List.of(large), "EUR", twoDollarsPerEuro).get("amazon").fees())
                .as("15% of 40.00").isEqualByComparingTo("6.00");
    }

    @Test
    void etsySoldOrdersStateOnlyCardProcessingSoTransactionAndListingFeesAreEstimated() {
        FeeBase soldOrders = new FeeBase("etsy", LocalDate.of(2022, 4, 12), "etsy-sold-orders", true,
                new BigDecimal("30.00"), 1, 2, 1);
        FeeBase statement = new FeeBase("etsy", LocalDate.of(2022, 4, 12), "etsy-statement", true,
                new BigDecimal("30.00"), 1, 2, 1);

        assertThat(FeeSchedules.needsEstimate(soldOrders)).isTrue();
        assertThat(FeeSchedules.needsEstimate(statement)).isFalse();
        assertThat(shipped.estimate(List.of(soldOrders, statement), "EUR", twoDollarsPerEuro).get("etsy").fees())
                .as("6.5% of 30.00 = 1.95 + 2 units × 0.10; the 4% + 0.30 are stated").isEqualByComparingTo("2.15");
    }

    @Test
    void negativeRevenueOfRefundsTakesNoPercentage() {
        FeeBase refunds = unstated("sumup", LocalDate.of(2023, 1, 5), new BigDecimal("-20.00"), 0, 0, 1);

        assertThat(shipped.estimate(List.of(refunds), "EUR", twoDollarsPerEuro).get("sumup").fees()).isEqualByComparingTo("0");
    }

    @Test
    void everyShippedRuleSaysWhereItComesFrom() {
        assertThat(shipped.rules()).isNotEmpty().allSatisfy(r -> assertThat(r.source()).isNotBlank());
        assertThat(shipped.rules()).filteredOn(r -> !r.approximate()).extracting(FeeRule::component)
                .contains("transaction", "listing");
    }

    @Test
    void aDataDirectoryCanReplaceTheShippedSchedules(@TempDir Path data) throws IOException {
        Lake lake = new Lake(data);
        Files.createDirectories(FeeSchedules.overrideFile(lake).getParent());
        Files.writeString(FeeSchedules.overrideFile(lake), """
                # a cooperative's own figures
                channel,component,from,percent,per_order,per_unit,min_per_unit,currency,approximate,source
                own-shop,payment,2020-01-01,2,0.25,,,EUR,no,"our Shopify Payments rate"
                """);

        FeeSchedules own = FeeSchedules.load(lake);

        assertThat(own.covers("own-shop")).isTrue();
        assertThat(own.covers("etsy")).isFalse();
        assertThat(FeeSchedules.load(new Lake(data.resolve("elsewhere"))).covers("etsy")).isTrue();
    }

    @Test
    void unreadableSchedulesAreRefusedNamingLineAndColumn() {
        String header = "channel,component,from,percent,per_order,per_unit,min_per_unit,currency,approximate,source\n";
        assertThatThrownBy(() -> FeeSchedules.parse(header + "etsy,transaction,11/04/2022,6.5,,,,,no,x\n"))
                .hasMessageContaining("line 2, column from");
        assertThatThrownBy(() -> FeeSchedules.parse(header + "etsy,transaction,2022-04-11,six,,,,,no,x\n"))
                .hasMessageContaining("line 2, column percent");
        assertThatThrownBy(() -> FeeSchedules.parse(header + "etsy,payment,2022-04-11,4,0.30,,,,no,x\n"))
                .hasMessageContaining("column currency");
        assertThatThrownBy(() -> FeeSchedules.parse("channel,percent\n")).hasMessageContaining("expected the header");
    }

    private static FeeBase unstated(String channel, LocalDate day, BigDecimal revenue, long orders, long units, long lines) {
        return new FeeBase(channel, day, "eggbasket-template", false, revenue, orders, units, lines);
    }

    private BigDecimal percent(String channel, String component, LocalDate day) {
        return shipped.rulesOn(channel, day).stream().filter(r -> r.component().equals(component)).findFirst()
                .orElseThrow().percent();
    }
}
