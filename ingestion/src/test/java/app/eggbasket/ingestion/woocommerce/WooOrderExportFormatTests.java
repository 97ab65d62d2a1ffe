package app.eggbasket.ingestion.woocommerce;

import app.eggbasket.ingestion.ingest.ParsedFile;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WooOrderExportFormatTests {

    /** A column selection of the plugin: the identifying columns and a few order fields. */
    private static final String HEADER = "\"Order Number\",\"Order Status\",\"Order Date\",\"Email (Billing)\","
            + "\"Country Code (Shipping)\",\"Item #\",SKU,Name,Quantity,\"Order Line Tax\",\"Order Line Total\","
            + "\"Order Line Total Refunded\",\"Order Shipping Amount\",\"Order Total Amount\",\"Order Total Tax Amount\"\n";

    @Test
    void theFirstLineOfAnOrderCarriesShippingAndTheTaxNotOnAnyLine() {
        ParsedFile parsed = ParsedFile.parse(HEADER
                + "3101,Completed,2026-10-05 14:22,a@example.fr,FR,1,BOL,Bol,2,10.00,50.00,,5.00,84.00,14.00\n"
                + "3101,Completed,2026-10-05 14:22,a@example.fr,FR,2,TASSE,Tasse,1,3.00,15.00,,5.00,84.00,14.00\n");

        assertThat(parsed.rejected).isEmpty();
        SaleLine first = parsed.lines.get(0);
        SaleLine second = parsed.lines.get(1);
        assertThat(first.lineId()).isEqualTo("3101-1");
        assertThat(first.shipping()).isEqualByComparingTo("5.00");
        assertThat(first.tax()).isEqualByComparingTo("11.00"); // 10.00 + (14.00 − 13.00) shipping tax
        assertThat(second.shipping()).isEqualByComparingTo("0");
        assertThat(second.tax()).isEqualByComparingTo("3.00");
        assertThat(parsed.revenue()).isEqualByComparingTo("70.00"); // 84.00 − 14.00 tax
        assertThat(first.buyerCountry()).isEqualTo("FR");
        assertThat(first.currency()).isEqualTo("EUR");
        assertThat(first.sku()).isEqualTo("BOL");
        assertThat(first.quantity()).isEqualTo(2);
    }

    @Test
    void rowsLeftBlankByThePluginBelongToTheOrderAbove() {
        ParsedFile parsed = ParsedFile.parse(HEADER
                + "3107,Terminée,2026-10-28 10:00,b@example.be,BE,1,COFFRET,Coffret,1,10.00,50.00,,9.90,101.88,16.98\n"
                + ",,,,,2,BOUGIE,Bougie,2,5.00,25.00,,,,\n");

        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.lines).extracting(SaleLine::orderId).containsExactly("3107", "3107");
        assertThat(parsed.lines).extracting(SaleLine::lineId).containsExactly("3107-1", "3107-2");
        assertThat(parsed.lines.get(1).buyerCountry()).isEqualTo("BE");
        assertThat(parsed.lines.get(0).tax()).isEqualByComparingTo("11.98");
        assertThat(parsed.revenue()).isEqualByComparingTo("84.90");
    }

    @Test
    void aBlankOrderNumberOnARowWithItsOwnOrderFieldsIsRejected() {
        ParsedFile parsed = ParsedFile.parse(HEADER
                + "3101,Completed,2026-10-05 14:22,a@example.fr,FR,1,BOL,Bol,2,10.00,50.00,,5.00,84.00,14.00\n"
                + ",Completed,2026-10-06 09:00,c@example.fr,FR,1,VASE,Vase,1,8.00,40.00,,0.00,48.00,8.00\n");

        assertThat(parsed.lines).hasSize(1);
        assertThat(parsed.rejected).singleElement().satisfies(r -> assertThat(r.column()).isEqualTo("Order Number"));
    }

    @Test
    void refundedOrdersAndRefundedLines() {
        ParsedFile parsed = ParsedFile.parse(HEADER
                + "3103,Remboursée,2026-10-09 18:40,d@example.fr,FR,1,THEIERE,Théière,1,9.00,45.00,45.00,5.00,60.00,10.00\n"
                + "3104,Completed,2026-10-12 11:15,e@example.fr,FR,1,BOL,Bol,3,15.00,75.00,25.00,0.00,126.00,21.00\n"
                + "3104,Completed,2026-10-12 11:15,e@example.fr,FR,2,PLAT,Plat,1,6.00,30.00,,0.00,126.00,21.00\n");

        SaleLine refunded = parsed.lines.get(0);
        assertThat(refunded.status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(refunded.refund()).isEqualByComparingTo("50.00"); // the line and the shipping
        assertThat(refunded.revenue()).isEqualByComparingTo("0");
        SaleLine partly = parsed.lines.get(1);
        assertThat(partly.status()).isEqualTo(SaleStatus.PARTIALLY_REFUNDED);
        assertThat(partly.refund()).isEqualByComparingTo("25.00");
        assertThat(parsed.lines.get(2).status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(parsed.revenue()).isEqualByComparingTo("80.00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Pending payment", "Attente paiement", "On hold", "En attente", "Failed", "Échouée", "Draft"})
    void unpaidOrdersAreSkippedInEnglishAndFrench(String status) {
        ParsedFile parsed = ParsedFile.parse(HEADER
                + "3106," + status + ",2026-10-15 08:30,f@example.fr,FR,1,VASE,Vase,1,8.00,40.00,,6.50,55.80,9.30\n");

        assertThat(parsed.lines).isEmpty();
        assertThat(parsed.skipReasons).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Cancelled", "Annulée"})
    void cancelledOrdersCarryNoRevenue(String status) {
        ParsedFile parsed = ParsedFile.parse(HEADER
                + "3105," + status + ",2026-10-14 20:02,g@example.fr,FR,1,TASSE,Tasse,2,6.00,30.00,,5.00,42.00,7.00\n");

        assertThat(parsed.lines).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo(SaleStatus.CANCELLED);
            assertThat(l.revenue()).isEqualByComparingTo("0");
        });
    }

    @Test
    void aCurrencyColumnAndTheLineSubtotalAreUsedWhenExported() {
        String header = "\"Order Number\",\"Order Status\",\"Order Date\",Currency,Quantity,\"Order Line Subtotal\","
                + "\"Order Line Total\",\"Order Total Amount\"\n";

        ParsedFile parsed = ParsedFile.parse(header + "9,Processing,2026-10-07 09:05,CHF,1,40.00,36.00,43.20\n");

        SaleLine line = parsed.lines.get(0);
        assertThat(line.currency()).isEqualTo("CHF");
        assertThat(line.items()).isEqualByComparingTo("40.00");
        assertThat(line.discount()).isEqualByComparingTo("4.00");
        assertThat(line.revenue()).isEqualByComparingTo("36.00");
        assertThat(line.lineId()).isEqualTo("9-1");
    }
}
