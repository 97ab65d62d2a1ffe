package app.eggbasket.ingestion.ebay;

import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EbayTransactionsFormatTests {

    private static final String HEADER = "Transaction creation date,Type,Order number,Legacy order ID,Buyer username,"
            + "Buyer name,Ship to city,Ship to province/region/state,Ship to zip,Ship to country,Net amount,"
            + "Payout currency,Payout date,Payout ID,Payout method,Payout status,Reason for hold,Item ID,Transaction ID,"
            + "Item title,Custom label,Quantity,Item subtotal,Shipping and handling,Seller collected tax,"
            + "eBay collected tax,Final Value Fee - fixed,Final Value Fee - variable,Regulatory operating fee,"
            + "\"Very high \"\"item not as described\"\" fee\",Below standard performance fee,International fee,"
            + "Charity donation,Deposit processing fee,Gross transaction amount,Transaction currency,Exchange rate,"
            + "Reference ID,Description\n";

    private static String report(String... rows) {
        return "Transaction report\n\nSeller,some_seller\n" + HEADER + String.join("\n", rows) + "\n";
    }

    /** A row of the 39 columns: {@code --} everywhere but the given (1-based column, value) pairs. */
    private static String row(Object... columnsAndValues) {
        String[] cells = new String[39];
        java.util.Arrays.fill(cells, "--");
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            cells[(Integer) columnsAndValues[i] - 1] = (String) columnsAndValues[i + 1];
        }
        return String.join(",", cells);
    }

    private static final int DATE = 1, TYPE = 2, ORDER = 3, BUYER = 5, COUNTRY = 10, NET = 11, ITEM_ID = 18, TXN = 19,
            TITLE = 20, QTY = 22, SUBTOTAL = 23, SHIPPING = 24, EBAY_TAX = 26, FVF_FIXED = 27, FVF_VARIABLE = 28,
            INTERNATIONAL = 32, CHARITY = 33, GROSS = 35, CURRENCY = 36, REFERENCE = 38, DESCRIPTION = 39;

    private static String order(String orderNumber, String txn, String subtotal, String shipping, String fixed, String variable) {
        return row(DATE, "\"Jul 2, 2026\"", TYPE, "Order", ORDER, orderNumber, BUYER, "buyer_a", COUNTRY, "US",
                ITEM_ID, "226000000001", TXN, txn, TITLE, "Mug", QTY, "1", SUBTOTAL, subtotal, SHIPPING, shipping,
                FVF_FIXED, fixed, FVF_VARIABLE, variable, CURRENCY, "USD");
    }

    @Test
    void anOrderRowGivesASaleLineAndAFeeLineWithTheSumOfItsFeeColumns() {
        EbayParsing parsing = EbayParsing.parse(report(row(DATE, "\"Jul 2, 2026\"", TYPE, "Order", ORDER, "12-11111-22222",
                BUYER, "buyer_a", COUNTRY, "US", NET, "25.22", ITEM_ID, "226000000001", TXN, "1400000001", TITLE, "Mug",
                QTY, "1", SUBTOTAL, "24.99", SHIPPING, "5.00", EBAY_TAX, "2.10", FVF_FIXED, "-0.30", FVF_VARIABLE, "-3.97",
                INTERNATIONAL, "-0.10", CHARITY, "-0.40", GROSS, "29.99", CURRENCY, "USD")));

        assertThat(parsing.format).isEqualTo("ebay-transactions");
        List<SaleLine> lines = parsing.lines();
        assertThat(lines).hasSize(2);
        SaleLine sale = lines.get(0);
        SaleLine fee = lines.get(1);
        assertThat(sale.orderId()).isEqualTo("12-11111-22222");
        assertThat(sale.lineId()).as("same line id as the Orders report").isEqualTo("12-11111-22222/1400000001");
        assertThat(sale.revenue()).isEqualByComparingTo("29.99");
        assertThat(sale.tax()).isEqualByComparingTo("2.10");
        assertThat(sale.fees()).as("fees go on the fee line only").isNull();
        assertThat(fee.orderId()).isEqualTo("12-11111-22222");
        assertThat(fee.quantity()).isZero();
        assertThat(fee.revenue()).isEqualByComparingTo("0");
        assertThat(fee.fees()).as("0.30 + 3.97 + 0.10; the charity donation is not a fee").isEqualByComparingTo("4.37");
        assertThat(fee.currency()).isEqualTo("USD");
    }

    @Test
    void rollupRowOfAMultiItemOrderIsSkippedAndItsItemRowsTakeItsCurrency() {
        EbayParsing parsing = EbayParsing.parse(report(
                row(DATE, "\"Jul 5, 2026\"", TYPE, "Order", ORDER, "13-22222-33333", NET, "50.03", GROSS, "58.00",
                        CURRENCY, "GBP"),
                row(DATE, "\"Jul 5, 2026\"", TYPE, "Order", ORDER, "13-22222-33333", ITEM_ID, "2", TXN, "1400000002",
                        QTY, "2", SUBTOTAL, "30.00", SHIPPING, "8.00", FVF_FIXED, "-0.30", FVF_VARIABLE, "-5.02"),
                row(DATE, "\"Jul 5, 2026\"", TYPE, "Order", ORDER, "13-22222-33333", ITEM_ID, "3", TXN, "1400000003",
                        QTY, "1", SUBTOTAL, "20.00", SHIPPING, "0.00", FVF_VARIABLE, "-2.65")));

        assertThat(parsing.skipReasons()).containsExactly("total of a multi-item order: its items follow on rows of their own");
        assertThat(parsing.lines()).allMatch(l -> l.currency().equals("GBP"));
        assertThat(parsing.revenue()).isEqualByComparingTo("58.00");
        assertThat(parsing.fees()).as("58.00 gross − 50.03 net").isEqualByComparingTo("7.97");
    }

    @Test
    void partialAndFullRefundsWithTheFeesEbayCreditedBack() {
        EbayParsing parsing = EbayParsing.parse(report(
                order("12-11111-22222", "1", "24.99", "5.00", "-0.30", "-3.97"),
                order("15-44444-55555", "2", "40.00", "0.00", "-0.30", "-5.20"),
                row(DATE, "\"Jul 20, 2026\"", TYPE, "Refund", ORDER, "12-11111-22222", NET, "-8.67",
                        FVF_VARIABLE, "1.33", GROSS, "-10.00", CURRENCY, "USD", REFERENCE, "5012345678"),
                row(DATE, "\"Jul 21, 2026\"", TYPE, "Refund", ORDER, "15-44444-55555", NET, "-34.80",
                        FVF_VARIABLE, "5.20", GROSS, "-40.00", CURRENCY, "USD")));

        List<SaleLine> refunds = parsing.lines().stream().filter(l -> l.refund().signum() > 0).toList();
        assertThat(refunds).extracting(SaleLine::status)
                .containsExactly(SaleStatus.PARTIALLY_REFUNDED, SaleStatus.REFUNDED);
        assertThat(refunds).extracting(SaleLine::lineId)
                .containsExactly("12-11111-22222/refund:5012345678", "15-44444-55555/refund:2026-07-21#1");
        assertThat(parsing.revenue()).isEqualByComparingTo("19.99");
        assertThat(parsing.fees()).as("4.27 + 5.50 − 1.33 − 5.20").isEqualByComparingTo("3.24");
    }

    @Test
    void feesOfTheirOwnGoToTheirOrderOrToTheMonth() {
        EbayParsing parsing = EbayParsing.parse(report(
                row(DATE, "\"Jul 29, 2026\"", TYPE, "Other fee", ORDER, "14-33333-44444", NET, "-1.71", GROSS, "-1.71",
                        CURRENCY, "USD", DESCRIPTION, "Promoted Listings - General fee"),
                row(DATE, "\"Jul 31, 2026\"", TYPE, "Other fee", NET, "-21.95", GROSS, "-21.95", CURRENCY, "USD",
                        DESCRIPTION, "Store subscription fee"),
                row(DATE, "\"Jul 31, 2026\"", TYPE, "Other fee", NET, "-21.95", GROSS, "-21.95", CURRENCY, "USD",
                        DESCRIPTION, "Store subscription fee"),
                row(DATE, "\"Jul 6, 2026\"", TYPE, "Shipping label", ORDER, "13-22222-33333", NET, "-9.40", GROSS, "-9.40",
                        CURRENCY, "USD", REFERENCE, "9400111899")));

        assertThat(parsing.lines()).extracting(SaleLine::orderId, SaleLine::lineId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("14-33333-44444", "14-33333-44444/fee:2026-07-29#1"),
                org.assertj.core.groups.Tuple.tuple("fees-2026-07", "fees-2026-07/fee:2026-07-31#1"),
                org.assertj.core.groups.Tuple.tuple("fees-2026-07", "fees-2026-07/fee:2026-07-31#2"),
                org.assertj.core.groups.Tuple.tuple("13-22222-33333", "13-22222-33333/label:9400111899"));
        assertThat(parsing.fees()).isEqualByComparingTo("55.01");
        assertThat(parsing.revenue()).isEqualByComparingTo("0");
    }

    @Test
    void payoutsHoldsAndUnknownTypesAreSkippedNamed() {
        EbayParsing parsing = EbayParsing.parse(report(
                row(DATE, "\"Jul 31, 2026\"", TYPE, "Payout", NET, "\"-1,200.00\"", GROSS, "\"-1,200.00\"", CURRENCY, "USD"),
                row(DATE, "\"Jul 31, 2026\"", TYPE, "Hold", ORDER, "15-44444-55555", NET, "-100.00", CURRENCY, "USD"),
                row(DATE, "\"Jul 31, 2026\"", TYPE, "Claim", ORDER, "15-44444-55555", NET, "-100.00", CURRENCY, "USD")));

        assertThat(parsing.lines()).isEmpty();
        assertThat(parsing.rejections()).isEmpty();
        assertThat(parsing.skipReasons()).containsExactly("payout to the seller's bank account, not a sale",
                "'Hold' row (hold, claim, adjustment…) is not read: not a sale nor a fee",
                "'Claim' row (hold, claim, adjustment…) is not read: not a sale nor a fee");
    }

    @Test
    void germanReportIsPerOrderWithDecimalCommasAndGermanTypes() {
        String csv = "Transaktionsbericht\n\nSeller;werkstatt_demo\nDatum der Transaktionserstellung;Typ;Bestellnummer;"
                + "Auszahlung Nr.;Betrag abzügl. Kosten;Transaktionsbetrag (inkl. Kosten);Fixer Anteil der Verkaufsprovision;"
                + "Variabler Anteil der Verkaufsprovision;Beschreibung\n"
                + "01.10.2025;Bestellung;05-12345-67890;--;74,57;85,00;-0,35;-10,08;--\n"
                + "15.10.2025;Rückerstattung;05-12345-67890;--;-74,92;-85,00;--;10,08;--\n"
                + "20.10.2025;Andere Gebühr;--;--;-4,95;-4,95;--;--;Shop-Abo\n";

        EbayParsing parsing = EbayParsing.parse(csv);

        assertThat(parsing.format).isEqualTo("ebay-transactions");
        assertThat(parsing.rejections()).isEmpty();
        assertThat(parsing.lines()).allMatch(l -> l.currency().equals("EUR"));
        assertThat(parsing.revenue()).isEqualByComparingTo("0");
        assertThat(parsing.fees()).isEqualByComparingTo("5.30");
        assertThat(parsing.lines()).filteredOn(l -> l.refund().signum() > 0).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(SaleStatus.REFUNDED));
    }
}
