package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static app.eggbasket.ingestion.paypal.PaypalParsing.ACTIVITY_EN;
import static org.assertj.core.api.Assertions.assertThat;

class PaypalActivityFormatTest {

    @Test
    void aPaymentAndItsRefundNetToZero() {
        PaypalParsing p = PaypalParsing.parse(ACTIVITY_EN
                + "\"02/01/2024\",\"10:00:00\",\"CET\",\"Ann\",\"Express Checkout Payment\",\"Refunded\",\"EUR\",\"45.00\",\"-1.66\",\"43.34\",\"ann@example.com\",\"me@shop.example\",\"P1\",\"\"\n"
                + "\"05/01/2024\",\"11:00:00\",\"CET\",\"Ann\",\"Payment Refund\",\"Completed\",\"EUR\",\"-45.00\",\"1.31\",\"-43.69\",\"me@shop.example\",\"ann@example.com\",\"R1\",\"P1\"\n");

        assertThat(p.format).isEqualTo("paypal-activity");
        assertThat(p.sales()).hasSize(2);
        SaleLine payment = p.sales().get(0);
        SaleLine refund = p.sales().get(1);
        assertThat(payment.status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(payment.orderId()).isEqualTo("P1");
        assertThat(payment.items()).isEqualByComparingTo("45.00");
        assertThat(payment.fees()).isEqualByComparingTo("1.66");
        assertThat(payment.channel()).isEqualTo("own-shop");
        assertThat(payment.channelKind()).isEqualTo(ChannelKind.OWN_SHOP);

        assertThat(refund.status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(refund.orderId()).as("grouped with the original payment").isEqualTo("P1");
        assertThat(refund.lineId()).isEqualTo("R1");
        assertThat(refund.items()).isEqualByComparingTo("0");
        assertThat(refund.refund()).isEqualByComparingTo("45.00");
        assertThat(refund.revenue()).isEqualByComparingTo("-45.00");
        assertThat(refund.fees()).as("fee PayPal gave back").isEqualByComparingTo("-1.31");
        assertThat(refund.buyerRef()).as("same buyer on both lines").isEqualTo(payment.buyerRef());

        assertThat(p.revenue()).isEqualByComparingTo("0");
        assertThat(p.fees()).as("what PayPal kept").isEqualByComparingTo("0.35");
    }

    @Test
    void aSmallerRefundOfAPaymentInTheFileIsPartial() {
        PaypalParsing p = PaypalParsing.parse(ACTIVITY_EN
                + "\"22/01/2024\",\"16:20:00\",\"CET\",\"Jo\",\"Refund\",\"Completed\",\"EUR\",\"-10.00\",\"0.29\",\"-9.71\",\"me@shop.example\",\"jo@example.com\",\"R2\",\"P2\"\n"
                + "\"05/01/2024\",\"18:02:10\",\"CET\",\"Jo\",\"Website Payment\",\"Partially Refunded\",\"EUR\",\"1,234.56\",\"-36.15\",\"1,198.41\",\"jo@example.com\",\"me@shop.example\",\"P2\",\"\"\n");

        assertThat(p.sales()).extracting(SaleLine::status)
                .containsExactly(SaleStatus.PARTIALLY_REFUNDED, SaleStatus.COMPLETED);
        assertThat(p.revenue()).isEqualByComparingTo("1224.56");
    }

    @Test
    void conversionsWithdrawalsHoldsPaymentsSentAndPendingPaymentsAreSkippedInPlainWords() {
        PaypalParsing p = PaypalParsing.parse(ACTIVITY_EN
                + "\"12/02/2016\",\"13:30:31\",\"PST\",\"\",\"User Initiated Currency Conversion\",\"Completed\",\"USD\",\"-50.00\",\"0.00\",\"-50.00\",\"\",\"\",\"T2\",\"T3\"\n"
                + "\"12/02/2016\",\"13:30:31\",\"PST\",\"\",\"General Currency Conversion\",\"Completed\",\"EUR\",\"43.34\",\"0.00\",\"43.34\",\"\",\"\",\"T3\",\"T2\"\n"
                + "\"25/07/2016\",\"01:47:56\",\"PDT\",\"\",\"General Withdrawal\",\"Completed\",\"EUR\",\"-12,431.37\",\"0.00\",\"-12,431.37\",\"\",\"\",\"T11\",\"\"\n"
                + "\"25/09/2016\",\"13:34:51\",\"PDT\",\"\",\"Payment Hold\",\"Completed\",\"USD\",\"-3,747.22\",\"0.00\",\"-3,747.22\",\"\",\"\",\"T37\",\"T36\"\n"
                + "\"28/09/2016\",\"13:38:43\",\"PDT\",\"\",\"Payment Release\",\"Completed\",\"USD\",\"3,747.22\",\"0.00\",\"3,747.22\",\"\",\"\",\"T46\",\"T36\"\n"
                + "\"28/09/2016\",\"13:38:43\",\"PDT\",\"\",\"Reversal of General Account Hold\",\"Completed\",\"USD\",\"20.00\",\"0.00\",\"20.00\",\"\",\"\",\"T47\",\"\"\n"
                + "\"26/07/2016\",\"04:31:12\",\"PDT\",\"Supplier\",\"General Payment\",\"Completed\",\"USD\",\"-195.00\",\"0.00\",\"-195.00\",\"\",\"\",\"T14\",\"\"\n"
                + "\"27/07/2016\",\"04:31:12\",\"PDT\",\"Bob\",\"Website Payment\",\"Pending\",\"USD\",\"95.00\",\"-3.10\",\"91.90\",\"\",\"\",\"T15\",\"\"\n"
                + "\"28/07/2016\",\"04:31:12\",\"PDT\",\"Bob\",\"Website Payment\",\"Denied\",\"USD\",\"95.00\",\"-3.10\",\"91.90\",\"\",\"\",\"T16\",\"\"\n"
                + "\"29/07/2016\",\"04:31:12\",\"PDT\",\"\",\"General Authorization\",\"Completed\",\"USD\",\"-1.00\",\"0.00\",\"-1.00\",\"\",\"\",\"T17\",\"\"\n");

        assertThat(p.sales()).isEmpty();
        assertThat(p.rejections()).isEmpty();
        assertThat(p.skipReasons()).containsExactly(
                "currency conversion between PayPal balances, not a sale",
                "currency conversion between PayPal balances, not a sale",
                "withdrawal to a bank account, not a sale",
                "money held or released by PayPal, not a sale",
                "money held or released by PayPal, not a sale",
                "money held or released by PayPal, not a sale",
                "payment sent by you, not a sale",
                "status 'Pending' is not completed (pending, denied or cancelled payments are not sales)",
                "status 'Denied' is not completed (pending, denied or cancelled payments are not sales)",
                "card authorisation, no money moved yet, not a sale");
    }

    @Test
    void frenchLabelsAreReadWithDecimalCommasAndDayFirstDates() {
        String header = "\uFEFF\"Date\",\"Heure\",\"Fuseau horaire\",\"Nom\",\"Type\",\"État\",\"Devise\",\"Avant commission\","
                + "\"Commission\",\"Net\",\"De l'adresse email\",\"À l'adresse email\",\"Numéro de transaction\","
                + "\"Numéro de la transaction de référence\",\"Balance Impact\"\n";
        PaypalParsing p = PaypalParsing.parse(header
                + "\"05/01/2024\",\"18:02:10\",\"CET\",\"Jean\",\"Paiement sur site marchand\",\"Terminé\",\"EUR\",\"1 234,56\",\"-36,15\",\"1 198,41\",\"jean@example.fr\",\"moi@example.fr\",\"F1\",\"\",\"Crédit\"\n"
                + "\"06/01/2024\",\"09:00:00\",\"CET\",\"Jean\",\"Remboursement\",\"Terminé\",\"EUR\",\"-4,25\",\"0,12\",\"-4,13\",\"moi@example.fr\",\"jean@example.fr\",\"F2\",\"F1\",\"Débit\"\n"
                + "\"07/01/2024\",\"09:00:00\",\"CET\",\"\",\"Conversion de devise\",\"Terminé\",\"EUR\",\"18,32\",\"0,00\",\"18,32\",\"\",\"\",\"F3\",\"\",\"Crédit\"\n"
                + "\"08/01/2024\",\"09:00:00\",\"CET\",\"\",\"Retrait\",\"Terminé\",\"EUR\",\"-1 000,00\",\"0,00\",\"-1 000,00\",\"\",\"\",\"F4\",\"\",\"Débit\"\n"
                + "\"09/01/2024\",\"09:00:00\",\"CET\",\"Paul\",\"Paiement Express Checkout\",\"En attente\",\"EUR\",\"60,00\",\"-2,09\",\"57,91\",\"\",\"\",\"F5\",\"\",\"Mémo\"\n");

        assertThat(p.format).isEqualTo("paypal-activity");
        assertThat(p.rejections()).isEmpty();
        assertThat(p.sales()).hasSize(2);
        SaleLine sale = p.sales().get(0);
        assertThat(sale.items()).isEqualByComparingTo("1234.56");
        assertThat(sale.fees()).isEqualByComparingTo("36.15");
        assertThat(sale.orderDate()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(sale.orderedAt()).isEqualTo(Instant.parse("2024-01-05T17:02:10Z"));
        SaleLine refund = p.sales().get(1);
        assertThat(refund.refund()).isEqualByComparingTo("4.25");
        assertThat(refund.status()).isEqualTo(SaleStatus.PARTIALLY_REFUNDED);
        assertThat(p.revenue()).isEqualByComparingTo("1230.31");
        assertThat(p.skipReasons()).containsExactly(
                "currency conversion between PayPal balances, not a sale",
                "withdrawal to a bank account, not a sale",
                "memo entry that does not change the balance, not a sale");
    }

    @Test
    void germanLabelsAreRecognisedWithDottedDates() {
        String header = "Datum,Uhrzeit,Zeitzone,Name,Typ,Status,Währung,Brutto,Gebühr,Netto,Absender E-Mail-Adresse,"
                + "Empfänger E-Mail-Adresse,Transaktionscode,Zugehöriger Transaktionscode,Guthaben\n";
        PaypalParsing p = PaypalParsing.parse(header
                + "03.02.2024,14:00:00,MEZ,Anna,Website-Zahlung,Abgeschlossen,EUR,\"1.058,09\",\"-31,04\",\"1.027,05\",anna@example.de,ich@example.de,D1,,\"1.027,05\"\n"
                + "04.02.2024,14:00:00,MEZ,,Allgemeine Abbuchung,Abgeschlossen,EUR,\"-1.000,00\",\"0,00\",\"-1.000,00\",ich@example.de,,D2,,\"27,05\"\n");

        assertThat(p.format).isEqualTo("paypal-activity");
        assertThat(p.rejections()).isEmpty();
        assertThat(p.sales()).singleElement().satisfies(s -> {
            assertThat(s.items()).isEqualByComparingTo("1058.09");
            assertThat(s.orderDate()).isEqualTo(LocalDate.of(2024, 2, 3));
        });
        assertThat(p.skipReasons()).containsExactly("withdrawal to a bank account, not a sale");
    }

    @Test
    void dayMonthOrderIsDecidedOncePerFile() {
        String ambiguousFirst = "\"02/01/2024\",\"10:00:00\",\"CET\",\"Ann\",\"Website Payment\",\"Completed\",\"EUR\",\"10.00\",\"-0.64\",\"9.36\",\"a@example.com\",\"\",\"P1\",\"\"\n";
        String telling = "\"13/01/2024\",\"10:00:00\",\"CET\",\"Ann\",\"Website Payment\",\"Completed\",\"EUR\",\"10.00\",\"-0.64\",\"9.36\",\"a@example.com\",\"\",\"P2\",\"\"\n";
        PaypalParsing dayFirst = PaypalParsing.parse(ACTIVITY_EN + ambiguousFirst + telling);
        assertThat(dayFirst.sales()).extracting(SaleLine::orderDate)
                .containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 13));

        String monthFirstTelling = "\"1/13/2024\",\"10:00:00\",\"CET\",\"Ann\",\"Website Payment\",\"Completed\",\"EUR\",\"10.00\",\"-0.64\",\"9.36\",\"a@example.com\",\"\",\"P3\",\"\"\n";
        PaypalParsing monthFirst = PaypalParsing.parse(ACTIVITY_EN + ambiguousFirst + monthFirstTelling);
        assertThat(monthFirst.sales()).extracting(SaleLine::orderDate)
                .as("the 13 in second place makes the whole file month first, the first row included")
                .containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 13));

        PaypalParsing undecided = PaypalParsing.parse(ACTIVITY_EN + ambiguousFirst);
        assertThat(undecided.sales()).extracting(SaleLine::orderDate)
                .as("English activity download without a telling date: day first, like the OCA sample")
                .containsExactly(LocalDate.of(2024, 1, 2));
    }

    @Test
    void timeZoneColumnGivesTheInstantAndAnUnknownZoneRejectsTheRow() {
        PaypalParsing p = PaypalParsing.parse(ACTIVITY_EN
                + "\"29/12/2015\",\"07:45:51\",\"PST\",\"A\",\"General Payment\",\"Completed\",\"USD\",\"84.00\",\"-4.25\",\"79.75\",\"a@example.com\",\"\",\"T1\",\"\"\n"
                + "\"09/06/2016\",\"07:19:50\",\"PDT\",\"B\",\"Website Payment\",\"Completed\",\"USD\",\"10.00\",\"-0.64\",\"9.36\",\"b@example.com\",\"\",\"T2\",\"\"\n"
                + "\"09/06/2016\",\"07:19:50\",\"CEST\",\"C\",\"Website Payment\",\"Completed\",\"USD\",\"10.00\",\"-0.64\",\"9.36\",\"c@example.com\",\"\",\"T3\",\"\"\n"
                + "\"09/06/2016\",\"07:19:50\",\"Europe/London\",\"D\",\"Website Payment\",\"Completed\",\"USD\",\"10.00\",\"-0.64\",\"9.36\",\"d@example.com\",\"\",\"T4\",\"\"\n"
                + "\"09/06/2016\",\"07:19:50\",\"Atlantis\",\"E\",\"Website Payment\",\"Completed\",\"USD\",\"10.00\",\"-0.64\",\"9.36\",\"e@example.com\",\"\",\"T5\",\"\"\n");

        assertThat(p.sales()).extracting(SaleLine::orderedAt).containsExactly(
                Instant.parse("2015-12-29T15:45:51Z"), Instant.parse("2016-06-09T14:19:50Z"),
                Instant.parse("2016-06-09T05:19:50Z"), Instant.parse("2016-06-09T06:19:50Z"));
        assertThat(p.rejections()).singleElement().satisfies(r -> {
            assertThat(r.rejection().column()).isEqualTo("TimeZone");
            assertThat(r.rejection().value()).isEqualTo("Atlantis");
        });
    }

    @Test
    void salesTaxAndShippingInsideGrossAreSplitOut() {
        String header = "\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"Fee\",\"Net\","
                + "\"From Email Address\",\"Transaction ID\",\"Shipping and Handling Amount\",\"Sales Tax\"\n";
        PaypalParsing p = PaypalParsing.parse(header
                + "\"30/01/2024\",\"19:45:30\",\"CET\",\"S\",\"Website Payment\",\"Completed\",\"EUR\",\"36.00\",\"-1.39\",\"34.61\",\"s@example.com\",\"P9\",\"6.00\",\"5.00\"\n");

        assertThat(p.sales()).singleElement().satisfies(s -> {
            assertThat(s.items()).isEqualByComparingTo("25.00");
            assertThat(s.shipping()).isEqualByComparingTo("6.00");
            assertThat(s.tax()).isEqualByComparingTo("5.00");
            assertThat(s.revenue()).as("tax is never revenue").isEqualByComparingTo(new BigDecimal("31.00"));
        });
    }
}
