package app.eggbasket.ingestion.prestashop;

import app.eggbasket.ingestion.ingest.ParsedFile;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PrestashopOrdersFormatTests {

    private static final String HEADER_FR = "ID;Référence;Nouveau client;Livraison;Client;Total;Paiement;État;Date\n";
    private static final String HEADER_EN = "ID;Reference;New client;Delivery;Customer;Total;Payment;Status;Date\n";

    private static String row(String total, String state) {
        return "7;ABCDEFGHI;1;France;\"C. Lefèvre\";" + total + ";\"Paiement par carte\";\"" + state + "\";\"2026-03-10 15:00:00\"\n";
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Paiement accepté|COMPLETED", "Paiement à distance accepté|COMPLETED", "En cours de préparation|COMPLETED",
            "Expédié|COMPLETED", "Livré|COMPLETED", "En attente de réapprovisionnement (payé)|COMPLETED",
            "Remboursé|REFUNDED", "Annulé|CANCELLED",
            "Payment accepted|COMPLETED", "Remote payment accepted|COMPLETED", "Processing in progress|COMPLETED",
            "Shipped|COMPLETED", "Delivered|COMPLETED", "On backorder (paid)|COMPLETED",
            "Refunded|REFUNDED", "Canceled|CANCELLED", "Cancelled|CANCELLED"})
    void paidRefundedAndCancelledStatesInFrenchAndEnglish(String state, SaleStatus expected) {
        ParsedFile parsed = ParsedFile.parse(HEADER_FR + row("40.000000", state));

        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.lines).singleElement().extracting(SaleLine::status).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Erreur de paiement", "En attente du paiement par chèque", "En attente de virement bancaire",
            "En attente de paiement à la livraison", "En attente de réapprovisionnement (non payé)",
            "Payment error", "Awaiting check payment", "Awaiting bank wire payment",
            "Awaiting Cash On Delivery validation", "On backorder (not paid)"})
    void unpaidStatesAreSkipped(String state) {
        ParsedFile parsed = ParsedFile.parse(HEADER_EN + row("40.000000", state));

        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.lines).isEmpty();
        assertThat(parsed.skipReasons).singleElement().asString().contains(state);
    }

    @Test
    void unknownStatesAndPartialRefundsAreRejectedNotGuessed() {
        ParsedFile parsed = ParsedFile.parse(HEADER_FR + row("40.000000", "Colis perdu")
                + row("40.000000", "Remboursement partiel"));

        assertThat(parsed.lines).isEmpty();
        assertThat(parsed.rejected).extracting(r -> r.column()).containsExactly("État", "État");
        assertThat(parsed.rejected.get(1).reason()).contains("partial refund");
    }

    @Test
    void theTotalIsTaxIncludedRevenueAndARefundedOrderNetsToZero() {
        ParsedFile parsed = ParsedFile.parse(HEADER_FR + row("54.900000", "Livré") + row("72.400000", "Remboursé"));

        SaleLine sale = parsed.lines.get(0);
        assertThat(sale.items()).isEqualByComparingTo("54.90");
        assertThat(sale.tax()).isEqualByComparingTo("0");
        assertThat(sale.revenue()).isEqualByComparingTo("54.90");
        assertThat(sale.quantity()).isEqualTo(1);
        assertThat(sale.lineId()).isEqualTo("7");
        assertThat(sale.buyerCountry()).isEqualTo("FR");
        assertThat(sale.channel()).isEqualTo("own-shop");
        assertThat(sale.orderedAt()).isEqualTo(Instant.parse("2026-03-10T14:00:00Z")); // Paris, winter
        SaleLine refunded = parsed.lines.get(1);
        assertThat(refunded.refund()).isEqualByComparingTo("72.40");
        assertThat(refunded.revenue()).isEqualByComparingTo("0");
        assertThat(parsed.revenue()).isEqualByComparingTo("54.90");
    }

    @Test
    void aBareTotalIsInTheSellersCurrencyAndASignNamesItsOwn() {
        String csv = HEADER_FR + row("40.000000", "Livré") + row("\"45,00 €\"", "Livré") + row("£30.00", "Livré");

        ParsedFile parsed = ParsedFile.parse(csv.getBytes(StandardCharsets.UTF_8), "CHF");

        assertThat(parsed.lines).extracting(SaleLine::currency).containsExactly("CHF", "EUR", "GBP");
        assertThat(parsed.lines).extracting(l -> l.items().toPlainString()).containsExactly("40.00", "45.00", "30.00");
    }

    @Test
    void theSemicolonIsPrestashopsOwnDelimiterNotAnExcelResave() {
        ParsedFile parsed = ParsedFile.parse(HEADER_EN + row("1250.000000", "Delivered"));

        assertThat(parsed.format).isEqualTo("prestashop-orders");
        assertThat(parsed.export.table().frenchExcel()).isFalse();
        assertThat(parsed.lines.get(0).items()).isEqualByComparingTo("1250.00");
    }

    @Test
    void version16WithBomLowerCaseIdAndFormattedPricesIsRead() {
        String csv = "\uFEFFid;Référence;\"Nouveau client\";Livraison;Client;Total;Paiement;État;Date\n"
                + "512;KDNMZPQRT;Oui;Belgique;\"C. Lefèvre\";\"1 234,56 €\";Chèque;Livré;\"2015-06-12 10:22:31\"\n";

        ParsedFile parsed = ParsedFile.parse(csv);

        assertThat(parsed.format).isEqualTo("prestashop-orders");
        SaleLine line = parsed.lines.get(0);
        assertThat(line.orderId()).isEqualTo("512");
        assertThat(line.items()).isEqualByComparingTo("1234.56");
        assertThat(line.currency()).isEqualTo("EUR");
        assertThat(line.buyerCountry()).isEqualTo("BE");
    }

    @Test
    void aFrenchExcelResaveWithDecimalCommasAndDayFirstDatesIsRead() {
        String csv = HEADER_FR + "7;ABCDEFGHI;1;France;C. Lefèvre;54,9;Paiement par carte;Livré;03/10/2026 14:12\r\n";

        ParsedFile parsed = ParsedFile.parse(csv);

        SaleLine line = parsed.lines.get(0);
        assertThat(line.items()).isEqualByComparingTo("54.90");
        assertThat(line.orderedAt()).isEqualTo(Instant.parse("2026-10-03T12:12:00Z")); // 3 October, CEST
    }
}
