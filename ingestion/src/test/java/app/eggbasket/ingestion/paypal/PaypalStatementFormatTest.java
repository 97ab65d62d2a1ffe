package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static app.eggbasket.ingestion.paypal.PaypalParsing.STATEMENT_EN;
import static org.assertj.core.api.Assertions.assertThat;

class PaypalStatementFormatTest {

    @Test
    void englishStatementIsMonthFirstWithIanaZones() {
        PaypalParsing p = PaypalParsing.parse(STATEMENT_EN
                + "\"9/4/2018\",\"20:44:10\",\"America/Los_Angeles\",\"Express Checkout Payment\",\"USD\",\"1,309.80\",\"-48.76\",\"1,261.04\",\"1,261.93\",\"T9\",\"p1@example.com\",\"Partner 1\",\"\"\n"
                + "\"9/4/2018\",\"21:15:11\",\"America/Los_Angeles\",\"General Withdrawal - Bank Account\",\"EUR\",\"-1,058.09\",\"0.00\",\"-1,058.09\",\"-1,057.34\",\"T1\",\"\",\"\",\"\"\n"
                + "\"9/4/2018\",\"21:15:11\",\"America/Los_Angeles\",\"General Currency Conversion\",\"EUR\",\"1,058.09\",\"0.00\",\"1,058.09\",\"0.75\",\"T2\",\"\",\"\",\"T1\"\n");

        assertThat(p.format).isEqualTo("paypal-statement");
        assertThat(p.sales()).singleElement().satisfies(s -> {
            assertThat(s.orderId()).isEqualTo("T9");
            assertThat(s.orderedAt()).isEqualTo(Instant.parse("2018-09-05T03:44:10Z"));
            assertThat(s.items()).isEqualByComparingTo("1309.80");
            assertThat(s.fees()).isEqualByComparingTo("48.76");
        });
        assertThat(p.skipReasons()).containsExactly("withdrawal to a bank account, not a sale",
                "currency conversion between PayPal balances, not a sale");
    }

    @Test
    void aStatementWhoseDatesShowADayAbove12IsDayFirst() {
        PaypalParsing p = PaypalParsing.parse(STATEMENT_EN
                + "\"02/03/2024\",\"10:00:00\",\"Europe/London\",\"Website Payment\",\"GBP\",\"20.00\",\"-0.78\",\"19.22\",\"19.22\",\"T1\",\"a@example.com\",\"A\",\"\"\n"
                + "\"13/03/2024\",\"10:00:00\",\"Europe/London\",\"Website Payment\",\"GBP\",\"20.00\",\"-0.78\",\"19.22\",\"38.44\",\"T2\",\"a@example.com\",\"A\",\"\"\n");

        assertThat(p.sales()).extracting(SaleLine::orderDate)
                .containsExactly(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 13));
    }

    @Test
    void refundInAStatementNetsTheOrderToZero() {
        PaypalParsing p = PaypalParsing.parse(STATEMENT_EN
                + "\"9/10/2018\",\"17:48:19\",\"America/Los_Angeles\",\"Express Checkout Payment\",\"USD\",\"100.00\",\"-3.20\",\"96.80\",\"96.80\",\"T11\",\"p2@example.com\",\"Partner 2\",\"\"\n"
                + "\"9/12/2018\",\"08:00:00\",\"America/Los_Angeles\",\"Payment Refund\",\"USD\",\"-100.00\",\"2.90\",\"-97.10\",\"-0.30\",\"T12\",\"p2@example.com\",\"Partner 2\",\"T11\"\n");

        assertThat(p.sales()).extracting(SaleLine::status).containsExactly(SaleStatus.COMPLETED, SaleStatus.REFUNDED);
        assertThat(p.sales()).extracting(SaleLine::orderId).containsExactly("T11", "T11");
        assertThat(p.revenue()).isEqualByComparingTo("0");
        assertThat(p.fees()).isEqualByComparingTo("0.30");
    }

    @Test
    void frenchStatementHeaderFromAkretionIsRecognised() {
        String header = "\"Date\",\"Heure\",\"Fuseau horaire\",\"Description\",\"Devise\",\"Avant commission\",\"Commission\","
                + "\"Net\",\"Solde\",\"Numéro de transaction\",\"Adresse email de l'expéditeur\",\"Nom\",\"Nom de la banque\","
                + "\"Compte bancaire\",\"Montant des frais de livraison et de traitement\",\"TVA\",\"Identifiant de facture\","
                + "\"Numéro de la transaction de référence\"\n";
        PaypalParsing p = PaypalParsing.parse(header
                + "\"13/03/2019\",\"10:00:00\",\"Europe/Paris\",\"Paiement Express Checkout\",\"EUR\",\"1 234,56\",\"-36,15\",\"1 198,41\",\"1 198,41\",\"T1\",\"a@example.fr\",\"A\",\"\",\"\",\"4,50\",\"0,00\",\"42\",\"\"\n");

        assertThat(p.format).isEqualTo("paypal-statement");
        assertThat(p.sales()).singleElement().satisfies(s -> {
            assertThat(s.items()).isEqualByComparingTo("1230.06");
            assertThat(s.shipping()).isEqualByComparingTo("4.50");
            assertThat(s.revenue()).isEqualByComparingTo("1234.56");
            assertThat(s.orderDate()).isEqualTo(LocalDate.of(2019, 3, 13));
        });
    }
}
