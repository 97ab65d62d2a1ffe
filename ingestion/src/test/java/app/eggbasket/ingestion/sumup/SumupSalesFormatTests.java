package app.eggbasket.ingestion.sumup;

import app.eggbasket.ingestion.ingest.ParsedFile;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SumupSalesFormatTests {

    private static final String EN = "Account,Date,Time,Type,Transaction ID,Receipt Number,Payment Method,Quantity,"
            + "Description,Currency,Price (Gross),Price (Net),Tax,Tax rate,Transaction refunded\n";
    private static final String DE = "Konto,Datum,Typ,Transaktionsnummer,Zahlungsmethode,Menge,Beschreibung,Währung,"
            + "Preis vor Rabatt,Rabatt,Preis (brutto),Preis (netto),Steuer,Steuersatz\n";

    @Test
    void itemRowsOfOneTransactionGetStableDistinctLineIds() {
        String csv = EN
                + "a@b.ch,17.04.23,12:32,Sales,TX1,S1,Card,2,Bol,EUR,25.0,25.0,0.0,,\n"
                + "a@b.ch,17.04.23,12:32,Sales,TX1,S1,Card,1,Tasse,EUR,8.0,8.0,0.0,,\n";

        ParsedFile parsed = ParsedFile.parse(csv);
        ParsedFile again = ParsedFile.parse(csv);

        assertThat(parsed.format).isEqualTo("sumup-sales");
        assertThat(parsed.lines).extracting(SaleLine::lineId).containsExactly("TX1-1", "TX1-2");
        assertThat(again.lines).extracting(SaleLine::lineId).containsExactly("TX1-1", "TX1-2");
        assertThat(parsed.line("TX1-1").quantity()).isEqualTo(2);
        assertThat(parsed.line("TX1-1").items()).isEqualByComparingTo("25.00"); // a line total, not a unit price
        assertThat(parsed.line("TX1-1").orderedAt()).isEqualTo(Instant.parse("2023-04-17T10:32:00Z"));
        assertThat(parsed.line("TX1-1").fees()).isNull();
        assertThat(parsed.line("TX1-1").channel()).isEqualTo("markets");
        assertThat(parsed.revenue()).isEqualByComparingTo("33.00");
    }

    @Test
    void vatIsTheDifferenceBetweenGrossAndNetAndIsNotRevenue() {
        ParsedFile parsed = ParsedFile.parse(EN + "a@b.ch,18.04.23,10:10,Sales,TX1,S1,Card,1,Plat,EUR,24.0,20.0,4.0,20%,\n");

        SaleLine line = parsed.line("TX1-1");
        assertThat(line.tax()).isEqualByComparingTo("4.00");
        assertThat(line.revenue()).isEqualByComparingTo("20.00");
    }

    @Test
    void refundRowsNetTheirSaleAndARefundedFlagAloneRefundsTheLine() {
        ParsedFile parsed = ParsedFile.parse(EN
                + "a@b.ch,18.04.23,11:00,Sales,TX1,S1,Card,1,Mug,EUR,8.0,8.0,0.0,,Yes\n"
                + "a@b.ch,18.04.23,16:20,Refund,TX1,S2,Card,-1,Mug,EUR,-8.0,-8.0,0.0,,\n"
                + "a@b.ch,19.04.23,09:30,Sales,TX2,S3,Card,1,Bougeoir,EUR,15.0,15.0,0.0,,Yes\n"
                + "a@b.ch,19.04.23,09:40,Sales,TX3,S4,Card,1,Bougeoir,EUR,15.0,15.0,0.0,,No\n");

        assertThat(parsed.line("TX1-1").status()).isEqualTo(SaleStatus.COMPLETED); // the refund row nets it
        assertThat(parsed.line("TX1-refund-1").refund()).isEqualByComparingTo("8.00");
        assertThat(parsed.line("TX1-refund-1").quantity()).isEqualTo(1);
        assertThat(parsed.line("TX2-1").status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(parsed.line("TX3-1").status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(parsed.revenue()).isEqualByComparingTo("15.00");
    }

    @Test
    void theGermanReportCarriesTheTimeInItsDateAndATaxInclusiveDiscount() {
        ParsedFile parsed = ParsedFile.parse(DE
                + "a@b.ch,\"24.03.2023, 12:50\",Verkauf,TX1,Karte,1,Hauptgang,CHF,18.0,2.0,16.0,16.0,0.0,0%\n"
                + "a@b.ch,\"24.03.2023, 13:05\",Verkauf,TX2,Karte,1,Kuchen,CHF,5.94,0.54,5.4,5.0,0.4,8.1%\n"
                + "a@b.ch,\"24.03.2023, 13:20\",Erstattung,TX1,Bar,-1,Hauptgang,CHF,-16.0,0.0,-16.0,-16.0,0.0,0%\n");

        assertThat(parsed.format).isEqualTo("sumup-sales");
        SaleLine discounted = parsed.line("TX1-1");
        assertThat(discounted.orderedAt()).isEqualTo(Instant.parse("2023-03-24T11:50:00Z"));
        assertThat(discounted.items()).isEqualByComparingTo("18.00");
        assertThat(discounted.discount()).isEqualByComparingTo("2.00");
        assertThat(discounted.revenue()).isEqualByComparingTo("16.00");
        SaleLine taxed = parsed.line("TX2-1");
        assertThat(taxed.discount()).isEqualByComparingTo("0.50"); // 0.54 incl. VAT × 5.0 / 5.4
        assertThat(taxed.items()).isEqualByComparingTo("5.50");
        assertThat(taxed.tax()).isEqualByComparingTo("0.40");
        assertThat(taxed.revenue()).isEqualByComparingTo("5.00");
        assertThat(parsed.line("TX1-refund-1").revenue()).isEqualByComparingTo("-16.00");
        assertThat(parsed.lines).extracting(SaleLine::currency).containsOnly("CHF");
        assertThat(parsed.revenue()).isEqualByComparingTo("5.00");
    }

    @Test
    void aFrenchReportWithSemicolonsAndDecimalCommasIsRead() {
        ParsedFile parsed = ParsedFile.parse("Compte;Date;Heure;Type;ID de transaction;Moyen de paiement;Quantité;"
                + "Description;Devise;Prix (TTC);Prix (HT);TVA;Taux de TVA;Transaction remboursée\n"
                + "s@example.com;12/10/2024;10:05;Vente;F1;Carte;1;Bol;EUR;28,00;28,00;0,00;;\n"
                + "s@example.com;12/10/2024;11:15;Remboursement;F1;Carte;-1;Bol;EUR;-28,00;-28,00;0,00;;\n");

        assertThat(parsed.format).isEqualTo("sumup-sales");
        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.line("F1-1").orderedAt()).isEqualTo(Instant.parse("2024-10-12T08:05:00Z"));
        assertThat(parsed.revenue()).isEqualByComparingTo("0.00");
    }

    @Test
    void unreadableValuesRejectTheRowWithoutShiftingTheNextLineIds() {
        ParsedFile parsed = ParsedFile.parse(EN
                + "a@b.ch,32.04.23,12:32,Sales,TX1,S1,Card,1,Bol,EUR,25.0,25.0,0.0,,\n"
                + "a@b.ch,17.04.23,12:32,Sales,TX1,S1,Card,1,Bol,EUR,25.0,30.0,0.0,,\n"
                + "a@b.ch,17.04.23,12:32,Gift card,TX1,S1,Card,1,Bol,EUR,25.0,25.0,0.0,,\n"
                + "a@b.ch,17.04.23,12:32,Sales,TX1,S1,Card,1,Bol,euro,25.0,25.0,0.0,,\n"
                + "a@b.ch,17.04.23,25:32,Sales,TX1,S1,Card,1,Bol,EUR,25.0,25.0,0.0,,\n"
                + "a@b.ch,17.04.23,12:32,Sales,TX1,S1,Card,1,Bol,EUR,25.0,25.0,0.0,,\n");

        assertThat(parsed.rejected).extracting(Rejection::column)
                .containsExactly("Date", "Price (Net)", "Type", "Currency", "Time");
        assertThat(parsed.lines).extracting(SaleLine::lineId).containsExactly("TX1-6");
    }
}
