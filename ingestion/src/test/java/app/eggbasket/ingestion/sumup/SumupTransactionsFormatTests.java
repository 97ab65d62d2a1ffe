package app.eggbasket.ingestion.sumup;

import app.eggbasket.ingestion.ingest.ParsedFile;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SumupTransactionsFormatTests {

    private static final String EN = "Email,Date,Transaction ID,Transaction Type,Status,Card Type,Last 4 Digits,"
            + "Process As,Payment Method,Entry Mode,Auth code,Description,Total,Net Sale,Tax Amount,Tip Amount,Fee,"
            + "Payout,Payout Date,Payout ID,Reference\n";
    /** The legacy layout: no Last 4 Digits, no Payout ID. */
    private static final String EN_LEGACY = "Email,Date,Transaction ID,Transaction Type,Status,Card Type,"
            + "Process As,Payment Method,Entry Mode,Auth code,Description,Total,Net Sale,Tax Amount,Tip Amount,Fee,"
            + "Payout,Payout Date,Reference\n";

    private static String en(String id, String type, String status, String total, String tax, String tip, String fee) {
        return "s@example.com,09/03/2024 10:15," + id + "," + type + "," + status + ",VISA,**** **** **** 4242,Credit,"
                + "Card,Contactless,123456,Bol," + total + ",," + tax + "," + tip + "," + fee + ",,,,\n";
    }

    @Test
    void successfulAndPaidOutSalesAreSalesWithTheirFeeOnTheLine() {
        ParsedFile parsed = ParsedFile.parse(EN
                + en("T1", "Sale", "Successful", "25.00", "0.00", "0.00", "0.42")
                + en("T2", "Sale", "Paid Out", "40.00", "0.00", "0.00", "0.68"));

        assertThat(parsed.format).isEqualTo("sumup-transactions");
        assertThat(parsed.lines).extracting(SaleLine::status).containsOnly(SaleStatus.COMPLETED);
        assertThat(parsed.revenue()).isEqualByComparingTo("65.00");
        assertThat(parsed.fees()).isEqualByComparingTo("1.10");
        SaleLine first = parsed.line("T1");
        assertThat(first.channel()).isEqualTo("markets");
        assertThat(first.orderedAt()).isEqualTo(Instant.parse("2024-03-09T09:15:00Z")); // local time, Paris in winter
        assertThat(first.currency()).isEqualTo("EUR"); // the report names none: the seller's currency
        assertThat(first.buyerRef()).isNull(); // Email is the merchant's own login
    }

    @Test
    void failedCancelledAndPendingPaymentsAreSkipped() {
        ParsedFile parsed = ParsedFile.parse(EN
                + en("T1", "Sale", "Failed", "12.00", "0.00", "0.00", "0.00")
                + en("T2", "Sale", "Cancelled", "12.00", "0.00", "0.00", "0.00")
                + en("T3", "Sale", "Pending", "12.00", "0.00", "0.00", "0.00"));

        assertThat(parsed.lines).isEmpty();
        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.skipReasons).containsExactly("status 'Failed' is not a payment that went through",
                "status 'Cancelled' is not a payment that went through",
                "status 'Pending' is not a payment that went through");
    }

    @Test
    void theFeeOfThePayoutRowGoesOnTheSaleLineAndThePayoutIsSkipped() {
        ParsedFile parsed = ParsedFile.parse(EN
                + en("T1", "Sale", "Successful", "18.00", "0.00", "0.00", "0.00")
                + en("T1", "Payout", "Paid Out", "18.00", "0.00", "0.00", "0.30"));

        assertThat(parsed.lines).singleElement().satisfies(l -> {
            assertThat(l.revenue()).isEqualByComparingTo("18.00");
            assertThat(l.fees()).isEqualByComparingTo("0.30");
        });
        assertThat(parsed.skipReasons).singleElement().asString().startsWith("payout to the bank account");
    }

    @Test
    void taxAndTipAreNotRevenue() {
        ParsedFile parsed = ParsedFile.parse(EN + en("T1", "Sale", "Successful", "39.00", "5.00", "4.00", "0.66"));

        SaleLine line = parsed.line("T1");
        assertThat(line.items()).isEqualByComparingTo("30.00");
        assertThat(line.tax()).isEqualByComparingTo("5.00");
        assertThat(line.revenue()).isEqualByComparingTo("30.00");
    }

    @Test
    void aRefundRowNetsItsSaleAndARefundedStatusAloneRefundsTheWholeSale() {
        ParsedFile parsed = ParsedFile.parse(EN
                + en("T1", "Sale", "Refunded", "22.00", "0.00", "0.00", "0.37")
                + en("T1", "Refund", "Successful", "-10.00", "0.00", "0.00", "0.00")
                + en("T2", "Sale", "Refunded", "15.00", "0.00", "0.00", "0.25")
                + en("T3", "Sale", "Chargeback", "9.00", "0.00", "0.00", "0.15"));

        assertThat(parsed.line("T1").status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(parsed.line("T1-refund-1").status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(parsed.line("T1-refund-1").orderId()).isEqualTo("T1");
        assertThat(parsed.line("T1-refund-1").revenue()).isEqualByComparingTo("-10.00");
        assertThat(parsed.line("T2").status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(parsed.line("T2").revenue()).isEqualByComparingTo("0.00");
        assertThat(parsed.line("T2").fees()).isEqualByComparingTo("0.25");
        assertThat(parsed.line("T3").status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(parsed.revenue()).isEqualByComparingTo("12.00");
    }

    @Test
    void theLegacyLayoutAndAmountsWithACurrencySymbolAreRead() {
        ParsedFile parsed = ParsedFile.parse(EN_LEGACY
                + "s@example.com,09/03/2024 10:15,T1,Sale,Successful,VISA,Credit,Card,Contactless,1,Bol,£25.00,,"
                + "£0.00,£0.00,£0.42,,,\n");

        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.line("T1").currency()).isEqualTo("GBP");
        assertThat(parsed.line("T1").revenue()).isEqualByComparingTo("25.00");
    }

    @Test
    void aGermanReportIsReadWithItsOwnLabelsAndTheSellersCurrency() {
        String csv = "Datum,Transaktions-ID,Zahlungsart,Status,Betrag inkl. MwSt.,Trinkgeldbetrag,Gebühr\n"
                + "\"24.03.2023, 12:32\",TEGUCXAGDE,Umsatz,Erfolgreich,17.0,1.0,0.24\n"
                + "\"24.03.2023, 12:40\",TEGUCXAGDF,Umsatz,Geplant,9.5,,0.13\n"
                + "\"24.03.2023, 12:41\",TEGUCXAGDG,Umsatz,Fehlgeschlagen,5.0,,0.0\n";

        ParsedFile parsed = ParsedFile.parse(csv.getBytes(StandardCharsets.UTF_8), "CHF");

        assertThat(parsed.format).isEqualTo("sumup-transactions");
        assertThat(parsed.lines).extracting(SaleLine::currency).containsOnly("CHF");
        assertThat(parsed.revenue()).isEqualByComparingTo("25.50"); // 17.0 − 1.0 tip + 9.5
        assertThat(parsed.fees()).isEqualByComparingTo("0.37");
        assertThat(parsed.skipReasons).hasSize(1);
    }

    @Test
    void aFrenchReportWithSemicolonsAndDecimalCommasIsRead() {
        String csv = "E-mail;Date;ID de transaction;Type de transaction;Statut;Description;Total;Montant de la TVA;"
                + "Montant du pourboire;Frais\n"
                + "s@example.com;12/10/2024 10:05;F1;Vente;Réussie;Bol;28,00;0,00;0,00;0,47\n"
                + "s@example.com;12/10/2024 10:31;F2;Vente;Échouée;Tasse;9,00;0,00;0,00;0,00\n"
                + "s@example.com;12/10/2024 11:15;F3;Vente;Remboursée;Vase;45,00;0,00;0,00;0,76\n";

        ParsedFile parsed = ParsedFile.parse(csv);

        assertThat(parsed.format).isEqualTo("sumup-transactions");
        assertThat(parsed.line("F1").revenue()).isEqualByComparingTo("28.00");
        assertThat(parsed.line("F3").status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(parsed.skipReasons).containsExactly("status 'Échouée' is not a payment that went through");
    }

    @Test
    void unreadableValuesRejectTheRowNamingTheColumn() {
        ParsedFile parsed = ParsedFile.parse(EN
                + en("T1", "Voucher", "Successful", "10.00", "0.00", "0.00", "0.00")
                + en("T2", "Sale", "Successful", "1O.00", "0.00", "0.00", "0.00")
                + en("T3", "Sale", "Successful", "10.00", "0.00", "12.00", "0.00")
                + en("", "Sale", "Successful", "10.00", "0.00", "0.00", "0.00")
                + en("T5", "Sale", "Successful", "10.00", "0.00", "0.00", "0.17"));

        assertThat(parsed.rejected).extracting(Rejection::column)
                .containsExactly("Transaction Type", "Total", "Total", "Transaction ID");
        assertThat(parsed.lines).extracting(SaleLine::orderId).containsExactly("T5");
    }
}
