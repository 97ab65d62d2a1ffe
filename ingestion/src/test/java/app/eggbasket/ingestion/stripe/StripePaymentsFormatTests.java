package app.eggbasket.ingestion.stripe;

import app.eggbasket.ingestion.ingest.ParsedFile;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StripePaymentsFormatTests {

    private static final Path SAMPLES = Path.of("..", "data-samples", "src", "main", "resources", "samples",
            "stripe-payments");
    /** The columns of the unified export this test needs, in Stripe's order; the seller chose the others away. */
    private static final String UNIFIED = "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,"
            + "Converted Amount,Converted Amount Refunded,Converted Currency,Description,Fee,Mode,Status,"
            + "Customer ID,Customer Email,Card Issue Country\n";

    @Test
    void realUnifiedExportKeepsTheOnePaidChargeAndSkipsFailedAttempts() throws IOException {
        ParsedFile parsed = ParsedFile.parse(Files.readAllBytes(SAMPLES.resolve("valid-stripe_unified_payments_2024_real.csv")), "EUR");

        assertThat(parsed.format).isEqualTo("stripe-payments");
        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.lines).hasSize(1);
        SaleLine paid = parsed.lines.get(0);
        assertThat(paid.orderId()).isEqualTo("ch_TEST0000000000000000001");
        assertThat(paid.orderedAt()).isEqualTo(Instant.parse("2024-09-20T17:04:30Z")); // the export writes UTC
        assertThat(paid.currency()).isEqualTo("USD");
        assertThat(paid.revenue()).isEqualByComparingTo("77.94");
        assertThat(paid.fees()).isEqualByComparingTo("2.56");
        assertThat(paid.channel()).isEqualTo("own-shop");
        assertThat(paid.buyerCountry()).isEqualTo("US");
        assertThat(paid.buyerRef()).isNotNull();
        assertThat(parsed.skipReasons).hasSize(3)
                .anyMatch(r -> r.contains("'Failed'"))
                .anyMatch(r -> r.contains("'requires_payment_method'"));
    }

    @Test
    void refundsOnTheChargeRowMakeRefundedAndPartiallyRefundedLines() {
        ParsedFile parsed = ParsedFile.parse(UNIFIED
                + "ch_1,2024-10-01 10:00:00,100.00,100.00,eur,true,100.00,100.00,eur,Vase,1.65,Live,Refunded,cus_1,,FR\n"
                + "ch_2,2024-10-01 11:00:00,80.00,30.00,eur,true,80.00,30.00,eur,Bol,1.37,Live,Paid,cus_2,,FR\n"
                + "ch_3,2024-10-01 12:00:00,20.00,,eur,true,20.00,,eur,Tasse,0.55,Live,Refunded,cus_3,,FR\n"
                + "ch_4,2024-10-01 13:00:00,20.00,0.00,eur,true,20.00,0.00,eur,Tasse,0.55,Live,Paid,cus_4,,FR\n");

        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.line("ch_1").status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(parsed.line("ch_1").revenue()).isEqualByComparingTo("0.00");
        assertThat(parsed.line("ch_1").fees()).isEqualByComparingTo("1.65"); // Stripe keeps its fee on a refund
        assertThat(parsed.line("ch_2").status()).isEqualTo(SaleStatus.PARTIALLY_REFUNDED);
        assertThat(parsed.line("ch_2").refund()).isEqualByComparingTo("30.00");
        assertThat(parsed.line("ch_2").revenue()).isEqualByComparingTo("50.00");
        assertThat(parsed.line("ch_3").status()).isEqualTo(SaleStatus.REFUNDED); // status says so, amount not selected
        assertThat(parsed.line("ch_3").refund()).isEqualByComparingTo("20.00");
        assertThat(parsed.line("ch_4").status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(parsed.revenue()).isEqualByComparingTo("70.00");
    }

    @Test
    void uncapturedTestModeAndFailedChargesAreSkippedWithTheirReason() {
        ParsedFile parsed = ParsedFile.parse(UNIFIED
                + "ch_1,2024-10-01 10:00:00,30.00,0.00,eur,false,30.00,0.00,eur,Plat,0.00,Live,Paid,,,\n"
                + "ch_2,2024-10-01 10:00:00,30.00,0.00,eur,true,30.00,0.00,eur,Plat,0.67,Test,Paid,,,\n"
                + "ch_3,2024-10-01 10:00:00,30.00,0.00,eur,false,30.00,0.00,eur,Plat,0.00,Live,Failed,,,\n"
                + ",2024-10-01 10:00:00,30.00,,eur,,,,,Plat,,Live,requires_payment_method,,,\n"
                + "ch_5,2024-10-01 10:00:00,30.00,0.00,eur,false,30.00,0.00,eur,Plat,0.00,Live,Canceled,,,\n");

        assertThat(parsed.lines).isEmpty();
        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.skipReasons).containsExactly(
                "charge authorised but never captured, not a sale",
                "test-mode charge, not a sale",
                "status 'Failed' is not a paid charge (failed or abandoned attempts are not sales)",
                "status 'requires_payment_method' is not a paid charge (failed or abandoned attempts are not sales)",
                "status 'Canceled' is not a paid charge (failed or abandoned attempts are not sales)");
    }

    @Test
    void theLineIsInTheChargesCurrencyAndTheFeeIsBroughtBackToIt() {
        ParsedFile parsed = ParsedFile.parse(UNIFIED
                // real 2024 row shape: a 15.00 usd charge settled as 534.80 thb, fee 35.40 thb
                + "ch_1,2024-06-07 02:38:54,15.00,0.00,usd,true,534.80,0.00,thb,Subscription update,35.40,Live,Paid,cus_1,,PE\n"
                + "ch_2,2024-06-07 03:00:00,15.00,0.00,usd,true,,0.00,thb,Subscription update,35.40,Live,Paid,cus_2,,PE\n");

        SaleLine converted = parsed.line("ch_1");
        assertThat(converted.currency()).isEqualTo("USD");
        assertThat(converted.items()).isEqualByComparingTo("15.00");
        assertThat(converted.fees()).isEqualByComparingTo("0.99"); // 35.40 × 15.00 / 534.80 = 0.9929
        assertThat(parsed.line("ch_2").fees()).isNull(); // no rate stated: unknown, not guessed
    }

    @Test
    void aMinimalColumnSelectionAndTheLegacyExportAreBothRecognised() {
        ParsedFile minimal = ParsedFile.parse("id,Created date (UTC),Amount,Currency,Status\n"
                + "ch_1,2024-10-01 10:00:00,42.00,eur,Paid\n");
        assertThat(minimal.format).isEqualTo("stripe-payments");
        assertThat(minimal.lines).singleElement().satisfies(l -> {
            assertThat(l.revenue()).isEqualByComparingTo("42.00");
            assertThat(l.fees()).isNull(); // the seller left the Fee column out
            assertThat(l.buyerRef()).isNull();
        });

        ParsedFile legacy = ParsedFile.parse("id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,"
                + "Currency,Converted Amount,Converted Amount Refunded,Fee,Tax,Converted Currency,Mode,Status,"
                + "Statement Descriptor,Customer ID,Customer Description,Customer Email,Captured\n"
                + "ch_1,Commande,Payment complete.,2019-03-14 10:22:00,38.50,0.00,eur,38.50,0.00,0.79,0.10,eur,Live,"
                + "Paid,SHOP,cus_1,,a@example.com,true\n");
        assertThat(legacy.format).isEqualTo("stripe-payments");
        assertThat(legacy.lines).singleElement().satisfies(l -> {
            assertThat(l.revenue()).isEqualByComparingTo("38.50");
            assertThat(l.tax()).isEqualByComparingTo("0.00"); // legacy Tax is tax on Stripe's fee, not on the sale
            assertThat(l.fees()).isEqualByComparingTo("0.79");
            assertThat(l.orderedAt()).isEqualTo(Instant.parse("2019-03-14T10:22:00Z"));
        });
    }

    @Test
    void unreadableValuesRejectTheRowNamingTheColumn() {
        ParsedFile parsed = ParsedFile.parse(UNIFIED
                + "ch_1,2024-10-32 10:00:00,30.00,0.00,eur,true,30.00,0.00,eur,Plat,0.67,Live,Paid,,,\n"
                + "ch_2,2024-10-01 10:00:00,3O.00,0.00,eur,true,30.00,0.00,eur,Plat,0.67,Live,Paid,,,\n"
                + "ch_3,2024-10-01 10:00:00,30.00,31.00,eur,true,30.00,0.00,eur,Plat,0.67,Live,Paid,,,\n"
                + "ch_4,2024-10-01 10:00:00,30.00,0.00,euro,true,30.00,0.00,eur,Plat,0.67,Live,Paid,,,\n"
                + "ch_5,2024-10-01 10:00:00,30.00,0.00,eur,true,30.00,0.00,eur,Plat,0.67,Live,Paid,,,\n");

        assertThat(parsed.rejected).extracting(Rejection::column)
                .containsExactly("Created date (UTC)", "Amount", "Amount Refunded", "Currency");
        assertThat(parsed.lines).extracting(SaleLine::orderId).containsExactly("ch_5");
    }
}
