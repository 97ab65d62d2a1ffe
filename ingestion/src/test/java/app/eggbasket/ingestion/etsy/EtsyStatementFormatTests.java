package app.eggbasket.ingestion.etsy;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.ExportParser;
import app.eggbasket.ingestion.ingest.RowResult;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EtsyStatementFormatTests {

    private static final String HEADER = "Date,Type,Title,Info,Currency,Amount,\"Fees & Taxes\",Net,\"Tax Details\"\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "January 30, 2026|2026-01-30",
            "30 April, 2025|2025-04-30",
            "15. July 2025|2025-07-15",
            "10. Juli 2025|2025-07-10",
            "1. März 2026|2026-03-01",
            "3. Dezember 2025|2025-12-03",
            "Sep 25, 2026|2026-09-25"})
    void readsEnglishAndGermanDates(String written, String expected) {
        List<Object> results = parse(HEADER + "\"" + written + "\",Fee,\"Listing fee\",\"Listing #1\",EUR,--,-€0.20,-€0.20,--\n");

        assertThat(((SaleLine) results.get(0)).orderDate()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void salesTaxTheBuyerPaidMovesFromTheSaleToItsTaxWhereverItsRowIs() {
        List<SaleLine> lines = lines(HEADER
                + "\"January 30, 2026\",Tax,\"Sales tax paid by buyer\",\"Order #3963804467\",USD,--,-$1.08,-$1.08,--\n"
                + "\"January 30, 2026\",Sale,\"Payment for Order #3963804467\",,USD,$16.08,--,$16.08,--\n");

        assertThat(lines).singleElement().satisfies(sale -> {
            assertThat(sale.orderId()).isEqualTo("3963804467");
            assertThat(sale.items()).isEqualByComparingTo("15.00");
            assertThat(sale.tax()).isEqualByComparingTo("1.08");
            assertThat(sale.revenue()).isEqualByComparingTo("15.00");
            assertThat(sale.fees()).isNull();
        });
    }

    @Test
    void feesGoToTheirOrderOrToTheMonthAndCreditsAreNegative() {
        List<SaleLine> lines = lines(HEADER
                + "\"January 30, 2026\",Fee,\"Processing fee\",\"Order #3963804467\",USD,--,-$2.47,-$2.47,--\n"
                + "\"January 29, 2026\",VAT,\"VAT: Credit for transaction fee\",\"order: 3963804400\",USD,--,$0.26,$0.26,--\n"
                + "\"January 28, 2026\",Fee,\"Listing fee\",\"renew sold auto credit: 1400000001\",USD,--,-$0.20,-$0.20,--\n"
                + "\"January 27, 2026\",Marketing,\"Etsy Ads\",\"Bill for click-throughs to your shop on Jan 26, 2026\",USD,--,-$3.00,-$3.00,--\n");

        assertThat(lines).extracting(SaleLine::orderId)
                .containsExactly("3963804467", "3963804400", "fees-2026-01", "fees-2026-01");
        assertThat(lines).extracting(l -> l.fees().toPlainString()).containsExactly("2.47", "-0.26", "0.20", "3.00");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.quantity()).isZero();
            assertThat(l.revenue()).isZero();
        });
    }

    @Test
    void identicalRowsAreSeparateChargesWithStableLineIds() {
        String file = HEADER
                + "\"January 30, 2026\",VAT,\"VAT: listing fee\",\"Listing #1\",EUR,--,-€0.04,-€0.04,--\n".repeat(3);

        List<String> first = lines(file).stream().map(SaleLine::lineId).toList();
        List<String> again = lines(file).stream().map(SaleLine::lineId).toList();

        assertThat(first).doesNotHaveDuplicates().hasSize(3).isEqualTo(again);
        assertThat(first.get(0)).isEqualTo("vat:2026-01-30:VAT: listing fee|Listing #1:1");
    }

    @Test
    void refundGivesBackTheSalesTaxAndItsRowFeesBecomeAFeeLine() {
        List<SaleLine> lines = lines(HEADER
                + "\"July 10, 2025\",Tax,\"Refund to buyer for sales tax\",\"Order #3729984516\",EUR,--,€3.22,€3.22,--\n"
                + "\"July 10, 2025\",Refund,\"Refund for Order #3729984516\",,EUR,-€35.45,€0.90,-€34.55,--\n");

        assertThat(lines).hasSize(2);
        SaleLine refund = lines.get(0);
        assertThat(refund.status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(refund.refund()).isEqualByComparingTo("32.23");
        assertThat(refund.tax()).isEqualByComparingTo("-3.22");
        assertThat(refund.revenue()).isEqualByComparingTo("-32.23");
        SaleLine fee = lines.get(1);
        assertThat(fee.orderId()).isEqualTo("3729984516");
        assertThat(fee.fees()).isEqualByComparingTo("-0.90");
        assertThat(fee.lineId()).startsWith("refund-fees:");
    }

    @Test
    void refundSmallerThanTheSaleInTheFileIsPartial() {
        List<SaleLine> lines = lines(HEADER
                + "\"January 31, 2026\",Refund,\"Refund for Order #1234567890\",,USD,-$5.00,--,-$5.00,--\n"
                + "\"January 30, 2026\",Sale,\"Payment for Order #1234567890\",,USD,$20.00,--,$20.00,--\n");

        assertThat(lines.get(0).status()).isEqualTo(SaleStatus.PARTIALLY_REFUNDED);
        assertThat(lines.stream().map(SaleLine::revenue).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("15.00");
    }

    @Test
    void depositsAndRowsBreakingTheNetRuleAreNotLines() {
        List<Object> results = parse(HEADER
                + "\"January 26, 2026\",Deposit,\"$61.28 sent to your Payoneer Wallet\",,USD,--,--,--,--\n"
                + "\"January 26, 2026\",Fee,\"Processing fee\",\"Order #1\",USD,--,-$2.47,-$2.74,--\n");

        assertThat(results.get(0)).isEqualTo("skipped");
        assertThat(results.get(1)).asString().contains("Net").contains("-2.47");
    }

    private static List<SaleLine> lines(String csv) {
        return parse(csv).stream().filter(SaleLine.class::isInstance).map(SaleLine.class::cast).toList();
    }

    /** A sale line, "skipped", or the rejection's column and reason, per result. */
    private static List<Object> parse(String csv) {
        ParseContext context = new ParseContext("alice", "test-upload", "etsy_statement_2026_1.csv",
                ParseContext.DEFAULT_ZONE, null,
                new BuyerPseudonymiser("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8)));
        var export = Formats.standard().detect(ExportText.decode("etsy_statement_2026_1.csv",
                ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)));
        assertThat(export.format().id()).isEqualTo("etsy-statement");
        List<Object> out = new ArrayList<>();
        ExportParser.parse(export, context, result -> {
            if (result instanceof RowResult.Accepted accepted) {
                out.add(accepted.sale());
            } else if (result instanceof RowResult.Rejected rejected) {
                out.add(rejected.rejection().column() + ": " + rejected.rejection().reason());
            } else {
                out.add("skipped");
            }
        });
        return out;
    }
}
