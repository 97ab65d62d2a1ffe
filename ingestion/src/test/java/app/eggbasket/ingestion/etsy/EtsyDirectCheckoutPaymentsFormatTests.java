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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EtsyDirectCheckoutPaymentsFormatTests {

    /** The subset of columns of a German seller's real file (REFERENCE §1d). */
    private static final String HEADER = "Payment ID,Buyer Username,Buyer Name,Order ID,Gross Amount,Fees,Net Amount,"
            + "Adjusted Gross,Adjusted Fees,Adjusted Net,Currency,Listing Amount,Listing Currency,VAT Amount,Status,"
            + "Order Date,Buyer,Refund Amount\n";

    @Test
    void fullRefundIncludingTaxRefundsTheWholeGrossAndTheFeeGivenBack() {
        SaleLine line = only(HEADER + "P-1,user,Irene,3729984516,32.23,1.72,30.51,0,0,0,EUR,35.45,EUR,0,SETTLED,"
                + "07/08/2025,Irene Kay,35.45\n");

        assertThat(line.orderId()).isEqualTo("3729984516");
        assertThat(line.lineId()).isEqualTo("P-1");
        assertThat(line.status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(line.refund()).isEqualByComparingTo("32.23");
        assertThat(line.revenue()).isZero();
        assertThat(line.fees()).isZero();
        assertThat(line.orderDate()).hasToString("2025-07-08");
    }

    @Test
    void partialRefundIsTheRefundedShareOfTheGross() {
        SaleLine line = only(HEADER + "P-4,mira,Mira,3729990002,50.00,2.30,47.70,35.00,2.30,32.70,EUR,50.00,EUR,0,"
                + "SETTLED,07/20/2025,Mira Example,15.00\n");

        assertThat(line.status()).isEqualTo(SaleStatus.PARTIALLY_REFUNDED);
        assertThat(line.refund()).isEqualByComparingTo("15.00");
        assertThat(line.revenue()).isEqualByComparingTo("35.00");
        assertThat(line.fees()).isEqualByComparingTo("2.30");
    }

    @Test
    void paymentWithoutRefundIsItsGrossWithItsProcessingFee() {
        SaleLine line = only(HEADER + "P-2,dana,Dana,3743707041,38.00,1.93,36.07,0,0,0,EUR,40.68,EUR,0,SETTLED,"
                + "07/15/2025,Dana Example,0\n");

        assertThat(line.status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(line.revenue()).isEqualByComparingTo("38.00");
        assertThat(line.fees()).isEqualByComparingTo("1.93");
        assertThat(line.currency()).isEqualTo("EUR");
    }

    private static SaleLine only(String csv) {
        ParseContext context = new ParseContext("alice", "test-upload", "EtsyDirectCheckoutPayments2025-7.csv",
                ParseContext.DEFAULT_ZONE, null,
                new BuyerPseudonymiser("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8)));
        var export = Formats.standard().detect(ExportText.decode("payments.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(export.format().id()).isEqualTo("etsy-direct-checkout-payments");
        List<SaleLine> lines = new ArrayList<>();
        ExportParser.parse(export, context, result -> {
            assertThat(result).isInstanceOf(RowResult.Accepted.class);
            lines.add(((RowResult.Accepted) result).sale());
        });
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }
}
