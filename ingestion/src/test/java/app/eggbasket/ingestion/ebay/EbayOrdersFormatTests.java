package app.eggbasket.ingestion.ebay;

import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EbayOrdersFormatTests {

    /** The columns the tests fill, in the US report's order (the report has 82; detection needs these). */
    private static final String HEADER = "\"Sales Record Number\",\"Order Number\",\"Buyer Username\",\"Ship To Country\","
            + "\"Item Number\",\"Item Title\",Custom Label,\"Quantity\",\"Sold For\",\"Shipping And Handling\","
            + "\"Seller Collected Tax\",\"eBay Collected Tax\",\"Total Price\",\"Sale Date\",\"Transaction ID\"\n";

    private static String report(String... rows) {
        return ",,,,,,,,,,,,,,\n" + HEADER + ",,,,,,,,,,,,,,\n" + String.join("\n", rows) + "\n\n"
                + rows.length + ",record(s) downloaded,from Jul-01-26 to Jul-31-26\nSeller ID : some_seller\n";
    }

    @Test
    void footerAndPaddingLinesAreSkippedWithAPlainReasonNeverRejected() {
        EbayParsing parsing = EbayParsing.parse(report(
                "1001,12-11111-22222,buyer_a,United States,226000000001,Mug,MUG-01,1,$24.99,$5.00,$0.00,$2.10,$32.09,Jul-02-26,1400000001")
                + "Some other notice the report may end with,,,,\n");

        assertThat(parsing.format).isEqualTo("ebay-orders");
        assertThat(parsing.rejections()).isEmpty();
        assertThat(parsing.skipReasons()).hasSize(3).allMatch(r -> r.startsWith("footer of the eBay report"));
        assertThat(parsing.lines()).singleElement().satisfies(l -> {
            assertThat(l.orderId()).isEqualTo("12-11111-22222");
            assertThat(l.lineId()).isEqualTo("12-11111-22222/1400000001");
            assertThat(l.currency()).isEqualTo("USD");
            assertThat(l.revenue()).isEqualByComparingTo("29.99");
            assertThat(l.tax()).isEqualByComparingTo("2.10");
            assertThat(l.fees()).isNull();
            assertThat(l.buyerCountry()).isEqualTo("US");
            assertThat(l.status()).isEqualTo(SaleStatus.COMPLETED);
        });
    }

    @Test
    void multiItemOrderCountsOnceWithTheSummaryShippingOnItsFirstItem() {
        EbayParsing parsing = EbayParsing.parse(report(
                "1002,13-22222-33333,buyer_b,United States,,,,,,$8.00,$0.00,$3.50,$61.50,Jul-05-26 14:12:09,",
                "1002,13-22222-33333,,,226000000002,Towel,TOWEL,2,$15.00,$4.00,,,,,1400000002",
                "1002,13-22222-33333,,,226000000003,Candle,CANDLE,1,$20.00,$4.00,,,,,1400000003"));

        assertThat(parsing.skipReasons()).startsWith("summary row of a multi-item order: its items follow on rows of their own");
        assertThat(parsing.lines()).hasSize(2);
        SaleLine first = parsing.lines().get(0);
        SaleLine second = parsing.lines().get(1);
        assertThat(first.items()).isEqualByComparingTo("30.00");
        assertThat(first.shipping()).isEqualByComparingTo("8.00");
        assertThat(first.tax()).isEqualByComparingTo("3.50");
        assertThat(second.shipping()).as("the item rows' own shipping is not added to the order's").isEqualByComparingTo("0");
        assertThat(parsing.revenue()).as("61.50 total − 3.50 eBay-collected tax").isEqualByComparingTo("58.00");
        assertThat(second.buyerRef()).as("buyer of the summary row").isEqualTo(first.buyerRef()).isNotNull();
        assertThat(second.orderedAt()).isEqualTo(Instant.parse("2026-07-05T12:12:09Z"));
    }

    @Test
    void itemRowsWithoutOrderNumberBelongToTheSummaryOfTheirSalesRecordNumber() {
        EbayParsing parsing = EbayParsing.parse(report(
                "1002,13-22222-33333,buyer_b,United States,,,,,,$8.00,,,$58.00,Jul-05-26,",
                "1002,,,,226000000002,Towel,TOWEL,2,$15.00,,,,,,1400000002",
                "1002,,,,226000000003,Candle,CANDLE,1,$20.00,,,,,,1400000003"));

        assertThat(parsing.rejections()).isEmpty();
        assertThat(parsing.lines()).extracting(SaleLine::orderId).containsOnly("13-22222-33333");
        assertThat(parsing.revenue()).isEqualByComparingTo("58.00");
    }

    @Test
    void germanReportWithSemicolonsEuroValuesAndGermanMonths() {
        String csv = ";;;;;;\nVerkaufsprotokollnummer;Bestellnummer;Gesamtbetrag;Verkauft am;Zahlungsdatum;"
                + "Nutzername des Käufers;Name des Käufers\n;;;;;;\n"
                + "2001;05-12345-67890;116,99 €;10-Dez-25;10-Dez-25;kaeufer_1;Käufer Eins\n"
                + "2002;06-23456-78901;1.249,00 €;03-Mär-25;03-Mär-25;kaeufer_2;Käuferin Zwei\n";

        EbayParsing parsing = EbayParsing.parse(csv);

        assertThat(parsing.format).isEqualTo("ebay-orders");
        assertThat(parsing.lines()).hasSize(2);
        assertThat(parsing.lines().get(0).currency()).isEqualTo("EUR");
        assertThat(parsing.lines().get(0).orderDate()).hasToString("2025-12-10");
        assertThat(parsing.lines().get(1).orderDate()).hasToString("2025-03-03");
        assertThat(parsing.revenue()).isEqualByComparingTo("1365.99");
    }

    @Test
    void valuesWithoutCurrencySymbolAreInTheSellersCurrency() {
        String csv = report("1001,12-11111-22222,buyer_a,United Kingdom,226000000001,Mug,MUG-01,1,24.99,5.00,,,29.99,Jul-02-26,1");

        EbayParsing parsing = EbayParsing.parse(csv.getBytes(StandardCharsets.UTF_8), "GBP");

        assertThat(parsing.lines()).singleElement().satisfies(l -> {
            assertThat(l.currency()).isEqualTo("GBP");
            assertThat(l.buyerCountry()).isEqualTo("GB");
        });
    }

    @Test
    void frenchAndGermanMonthAbbreviationsBecomeEnglish() {
        assertThat(EbayDates.englishMonth("10-Dez-25")).isEqualTo("10-Dec-25");
        assertThat(EbayDates.englishMonth("14-juil.-26 10:00:00")).isEqualTo("14-Jul-26 10:00:00");
        assertThat(EbayDates.englishMonth("03-févr.-26")).isEqualTo("03-Feb-26");
        assertThat(EbayDates.englishMonth("Jul-25-26")).isEqualTo("Jul-25-26");
    }
}
