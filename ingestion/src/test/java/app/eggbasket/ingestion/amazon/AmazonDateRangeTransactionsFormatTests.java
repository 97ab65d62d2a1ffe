package app.eggbasket.ingestion.amazon;

import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static app.eggbasket.ingestion.amazon.AmazonParsing.*;
import static org.assertj.core.api.Assertions.assertThat;

class AmazonDateRangeTransactionsFormatTests {

    @Test
    void findsTheHeaderBelowTheSevenLinePreamble() {
        AmazonParsing parsed = parse(US_PREAMBLE + US_2017_HEADER
                + usRow("Dec 1, 2017 12:38:23 AM PST", "Order", "113-0013318-7697855", "MKP-1", "57.96", "0", "0", "0", "0", "0", "-8.69", "-10.19"));

        assertThat(parsed.format).isEqualTo("amazon-date-range-transactions");
        assertThat(parsed.headerLine).isEqualTo(8);
        SaleLine sale = parsed.sales().get(0);
        assertThat(sale.orderId()).isEqualTo("113-0013318-7697855");
        assertThat(sale.orderedAt()).isEqualTo(Instant.parse("2017-12-01T08:38:23Z"));
        assertThat(sale.currency()).isEqualTo("USD");
        assertThat(sale.items()).isEqualByComparingTo("57.96");
        assertThat(sale.fees()).as("selling fees + FBA fees, as a positive amount").isEqualByComparingTo("18.88");
        assertThat(sale.channel()).isEqualTo("amazon");
    }

    @Test
    void orderRowReadsShippingGiftWrapPromotionAndCollectedTax() {
        AmazonParsing parsed = parse(US_PREAMBLE + US_2017_HEADER
                + usRow("Dec 5, 2017 10:40:51 AM PST", "Order", "111-1", "SKU", "20.00", "4.99", "3.00", "-2.00", "1.80", "-1.80", "-3.00", "-3.19", "-0.50"));

        SaleLine sale = parsed.sales().get(0);
        assertThat(sale.items()).as("product sales + gift wrap credits").isEqualByComparingTo("23.00");
        assertThat(sale.shipping()).isEqualByComparingTo("4.99");
        assertThat(sale.discount()).isEqualByComparingTo("2.00");
        assertThat(sale.tax()).as("sales tax collected; the facilitator tax only withholds it").isEqualByComparingTo("1.80");
        assertThat(sale.fees()).isEqualByComparingTo("6.69");
        assertThat(sale.revenue()).isEqualByComparingTo("25.99");
        assertThat(sale.status()).isEqualTo(SaleStatus.COMPLETED);
    }

    @Test
    void refundsAreLinesOfTheSameOrderWithFeesGivenBack() {
        AmazonParsing parsed = parse(US_PREAMBLE + US_2017_HEADER
                + usRow("Dec 3, 2017 9:14:02 PM PST", "Order", "114-1", "A", "25.98", "5.99", "0", "-2.00", "0", "0", "-4.20")
                + usRow("Dec 16, 2017 11:02:33 AM PST", "Refund", "114-1", "A", "-12.99", "0", "0", "1.00", "0", "0", "1.56")
                + usRow("Dec 5, 2017 10:40:51 AM PST", "Order", "111-2", "B", "19.99", "0", "0", "0", "0", "0", "-3.00")
                + usRow("Dec 18, 2017 8:45:09 AM PST", "Refund", "111-2", "B", "-19.99", "0", "0", "0", "0", "0", "2.60"));

        List<SaleLine> sales = parsed.sales();
        SaleLine partial = sales.get(1);
        assertThat(partial.orderId()).isEqualTo("114-1");
        assertThat(partial.status()).isEqualTo(SaleStatus.PARTIALLY_REFUNDED);
        assertThat(partial.refund()).as("12.99 refunded less the 1.00 promotion taken back").isEqualByComparingTo("11.99");
        assertThat(partial.revenue()).isEqualByComparingTo("-11.99");
        assertThat(partial.fees()).isEqualByComparingTo("-1.56");
        assertThat(partial.quantity()).isZero();
        SaleLine full = sales.get(3);
        assertThat(full.status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(full.refund()).isEqualByComparingTo("19.99");
        assertThat(sales.stream().map(SaleLine::revenue).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("17.98");
    }

    @Test
    void rowsOfNoOrderAreFeeLinesOfTheSellersMonthAndTransfersAreSkipped() {
        AmazonParsing parsed = parse(US_PREAMBLE + US_2017_HEADER
                + usRow("Dec 11, 2017 6:30:00 PM PST", "Service Fee", "", "", "0", "0", "0", "0", "0", "0", "0", "0", "-39.99")
                + usRow("Dec 31, 2017 11:50:00 PM PST", "FBA Inventory Fee", "", "", "0", "0", "0", "0", "0", "0", "0", "-3.12")
                + usRow("Dec 20, 2017 3:12:44 AM PST", "Adjustment", "111-2", "B", "0", "0", "0", "0", "0", "0", "0", "0", "0", "10.19")
                + usRow("Dec 14, 2017 4:10:12 PM PST", "Transfer", "", "", "0", "0", "0", "0", "0", "0", "0", "0", "0", "-79.37"));

        List<SaleLine> fees = parsed.sales();
        assertThat(fees).extracting(SaleLine::orderId).containsExactly("fees-2017-12", "fees-2018-01", "fees-2017-12");
        assertThat(fees.get(1).orderDate()).as("11:50 PM in Los Angeles is 1 January in Paris").isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(fees).extracting(SaleLine::fees).map(f -> f.toPlainString()).containsExactly("39.99", "3.12", "-10.19");
        assertThat(fees).allSatisfy(l -> {
            assertThat(l.revenue()).isZero();
            assertThat(l.quantity()).isZero();
        });
        assertThat(fees.get(2).lineId()).as("an adjustment naming an order stays off the order, whose fees it would replace")
                .contains("111-2");
        assertThat(parsed.skipReasons()).singleElement().asString().contains("transfer");
    }

    @Test
    void identicalRowsAreDistinctChargesWithStableLineIds() {
        String row = usRow("Dec 11, 2017 6:30:00 PM PST", "Service Fee", "", "", "0", "0", "0", "0", "0", "0", "0", "0", "-5.00");
        String file = US_PREAMBLE + US_2017_HEADER + row + row;

        List<String> ids = parse(file).sales().stream().map(SaleLine::lineId).toList();

        assertThat(ids).doesNotHaveDuplicates().hasSize(2);
        assertThat(parse(file).sales().stream().map(SaleLine::lineId).toList()).isEqualTo(ids);
    }

    @Test
    void aTotalThatIsNotTheSumOfTheAmountsIsRejected() {
        String row = usRow("Dec 1, 2017 12:38:23 AM PST", "Order", "113-1", "A", "57.96", "0", "0", "0", "0", "0", "-8.69")
                .replace("\"49.27\"", "\"49.72\"");

        AmazonParsing parsed = parse(US_PREAMBLE + US_2017_HEADER + row);

        assertThat(parsed.rejections()).singleElement().satisfies(r -> {
            assertThat(r.rejection().column()).isEqualTo("total");
            assertThat(r.rejection().reason()).contains("49.27");
        });
    }

    @Test
    void frenchReportHasFrenchLabelsDecimalCommasAndFrenchDates() {
        String row = "\"2 déc. 2023 09:41:17 UTC\",\"11843092011\",\"Commande\",\"171-4402931-5518044\",\"CER-BOL\",\"Bol\","
                + "\"2\",\"amazon.fr\",\"Vendeur\",\"LYON\",\"Rhône\",\"69003\",\"\",\"58,00\",\"0\",\"6,90\",\"0\",\"0\",\"0\","
                + "\"-5,80\",\"0\",\"0\",\"-9,74\",\"0\",\"-0,99\",\"0\",\"48,37\"\n";
        String refund = "\"1 janv. 2024 00:13:21 UTC+1\",\"11903377412\",\"Remboursement\",\"171-4402931-5518044\",\"CER-BOL\","
                + "\"Bol\",\"1\",\"amazon.fr\",\"Vendeur\",\"\",\"\",\"\",\"\",\"-29,00\",\"0\",\"0\",\"0\",\"0\",\"0\",\"2,90\","
                + "\"0\",\"0\",\"3,90\",\"0\",\"0\",\"0\",\"-22,20\"\n";

        AmazonParsing parsed = parse(FR_PREAMBLE + FR_HEADER + row + refund, "USD");

        assertThat(parsed.format).isEqualTo("amazon-date-range-transactions");
        assertThat(parsed.headerLine).isEqualTo(7);
        assertThat(parsed.rejections()).isEmpty();
        SaleLine sale = parsed.sales().get(0);
        assertThat(sale.currency()).as("from the French preamble, not the seller's currency").isEqualTo("EUR");
        assertThat(sale.orderedAt()).isEqualTo(Instant.parse("2023-12-02T09:41:17Z"));
        assertThat(sale.items()).isEqualByComparingTo("58.00");
        assertThat(sale.shipping()).isEqualByComparingTo("6.90");
        assertThat(sale.discount()).isEqualByComparingTo("5.80");
        assertThat(sale.fees()).isEqualByComparingTo("10.73");
        SaleLine back = parsed.sales().get(1);
        assertThat(back.orderedAt()).isEqualTo(Instant.parse("2023-12-31T23:13:21Z"));
        assertThat(back.status()).isEqualTo(SaleStatus.PARTIALLY_REFUNDED);
        assertThat(back.refund()).isEqualByComparingTo("26.10");
        assertThat(back.fees()).isEqualByComparingTo("-3.90");
    }

    @Test
    void withoutACurrencyInThePreambleTheMarketplaceOrTheSellerDecides() {
        String fees = usRow("Dec 11, 2017 6:30:00 PM PST", "Service Fee", "", "", "0", "0", "0", "0", "0", "0", "0", "0", "-39.99")
                .replace("\"amazon.com\"", "\"\"");
        String order = usRow("Dec 1, 2017 12:38:23 AM PST", "Order", "113-1", "A", "57.96", "0", "0", "0", "0", "0", "-8.69")
                .replace("\"amazon.com\"", "\"amazon.co.uk\"");

        AmazonParsing parsed = parse(US_2017_HEADER + order + fees, "EUR");

        assertThat(parsed.sales()).extracting(SaleLine::currency).containsExactly("GBP", "EUR");
    }
}
