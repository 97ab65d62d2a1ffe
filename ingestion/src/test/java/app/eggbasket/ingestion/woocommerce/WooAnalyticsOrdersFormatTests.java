package app.eggbasket.ingestion.woocommerce;

import app.eggbasket.ingestion.ingest.ParsedFile;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WooAnalyticsOrdersFormatTests {

    private static final String HEADER = "Date,Order #,Status,Customer,Customer type,Payment method,Product(s),"
            + "Items sold,Coupon(s),Net sales,Attribution\n";

    private static String row(String date, String order, String status, String items, String net) {
        return date + "," + order + "," + status + ",Camille Lefèvre,new,Carte bancaire,\"2× Bol, 1× Tasse\","
                + items + ",," + net + ",Direct\n";
    }

    @Test
    void refundRowsAreNegativeLinesOfTheirOwnAndRevenueIsWooCommercesNetSales() {
        ParsedFile parsed = ParsedFile.parse(HEADER
                + row("2026-09-06 14:45:12", "1204", "refunded", "3", "58.33")
                + row("2026-09-08 11:20:37", "1204", "refunded", "-3", "\"'-58.33\"")
                + row("2026-09-10 16:05:59", "1205", "completed", "3", "63.75")
                + row("2026-09-12 08:41:10", "1205", "completed", "-1", "\"'-21.25\""));

        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.lines).extracting(SaleLine::lineId)
                .containsExactly("1204", "1204-refund-1", "1205", "1205-refund-1");
        SaleLine refundedOrder = parsed.lines.get(0);
        assertThat(refundedOrder.status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(refundedOrder.revenue()).isEqualByComparingTo("58.33");
        SaleLine refund = parsed.lines.get(1);
        assertThat(refund.status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(refund.items()).isEqualByComparingTo("0");
        assertThat(refund.refund()).isEqualByComparingTo("58.33");
        assertThat(refund.quantity()).isEqualTo(3);
        assertThat(refund.orderedAt()).isEqualTo(Instant.parse("2026-09-08T09:20:37Z"));
        assertThat(parsed.lines.get(3).refund()).isEqualByComparingTo("21.25");
        assertThat(parsed.revenue()).isEqualByComparingTo("42.50"); // 58.33 − 58.33 + 63.75 − 21.25
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"completed, COMPLETED", "processing, COMPLETED", "wc-completed, COMPLETED", "shipped, COMPLETED",
            "refunded, REFUNDED", "cancelled, CANCELLED"})
    void statusesThatAreSales(String status, SaleStatus expected) {
        ParsedFile parsed = ParsedFile.parse(HEADER + row("2026-09-02 10:14:05", "1201", status, "3", "70.00"));

        assertThat(parsed.lines).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo(expected);
            assertThat(l.revenue()).isEqualByComparingTo(expected == SaleStatus.CANCELLED ? "0" : "70.00");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pending", "on-hold", "failed", "checkout-draft"})
    void unpaidOrdersAreSkipped(String status) {
        ParsedFile parsed = ParsedFile.parse(HEADER + row("2026-09-02 10:14:05", "1201", status, "3", "70.00"));

        assertThat(parsed.lines).isEmpty();
        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.skipReasons).singleElement().asString().contains(status);
    }

    @Test
    void netSalesAreItemsWithoutShippingOrTaxInTheSellersCurrency() {
        String csv = HEADER + row("2026-09-02T10:14:05", "1201", "completed", "3", "70.00");

        ParsedFile parsed = ParsedFile.parse(csv.getBytes(StandardCharsets.UTF_8), "GBP");

        SaleLine line = parsed.lines.get(0);
        assertThat(line.currency()).isEqualTo("GBP");
        assertThat(line.items()).isEqualByComparingTo("70.00");
        assertThat(line.shipping()).isEqualByComparingTo("0");
        assertThat(line.tax()).isEqualByComparingTo("0");
        assertThat(line.fees()).isNull();
        assertThat(line.quantity()).isEqualTo(3);
        assertThat(line.item()).isEqualTo("2× Bol, 1× Tasse");
        assertThat(line.buyerRef()).isNotNull();
        assertThat(line.channel()).isEqualTo("own-shop");
    }

    @Test
    void theFrenchHeaderAndTheOlderServerSideExportAreRecognised() {
        String fr = "Date,\"Commande n°\",État,Client,\"Type de client\",Produit(s),\"Articles vendus\",\"Code(s) promo\","
                + "\"Ventes nettes\",Attribution\n2026-10-01T09:12:40,1301,completed,Chloé Perrin,new,1× Bougie,1,,32.50,Direct\n";
        String old = "Date,Order #,N. Revenue (formatted),Status,Customer,Customer type,Product(s),Items sold,Coupon(s),"
                + "N. Revenue\n2019-05-04 16:20:00,813,£30.00,processing,Oliver Smith,new,2× Torchon,2,,30.00\n";

        ParsedFile french = ParsedFile.parse(fr);
        ParsedFile older = ParsedFile.parse(old);

        assertThat(french.format).isEqualTo("woocommerce-analytics-orders");
        assertThat(french.revenue()).isEqualByComparingTo("32.50");
        assertThat(older.format).isEqualTo("woocommerce-analytics-orders");
        assertThat(older.lines.get(0).currency()).isEqualTo("GBP");
    }
}
