package app.eggbasket.ingestion.mapping;

import app.eggbasket.ingestion.format.FormatRegistry;
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

import static app.eggbasket.ingestion.mapping.CanonicalField.ORDER_ID;
import static app.eggbasket.ingestion.mapping.CanonicalField.QUANTITY;
import static app.eggbasket.ingestion.mapping.CanonicalField.REFUND;
import static app.eggbasket.ingestion.mapping.CanonicalField.STATUS;
import static app.eggbasket.ingestion.mapping.CanonicalField.TIME;
import static org.assertj.core.api.Assertions.assertThat;

class MappedFormatTests {

    private static final String HEADER = "Date,Total,Order,Qty,Refund,Status,Time\n";

    @Test
    void withoutAnOrderColumnEveryRowIsAnOrderNamedByDateAndLine() {
        List<RowResult> rows = parse(Mappings.simple("dd/MM/yyyy", AmountMeaning.LINE_TOTAL),
                HEADER + "03/04/2024,12.50,,,,,\n03/04/2024,8.00,,,,,\n");

        assertThat(sale(rows, 0).orderId()).isEqualTo("20240403-line2");
        assertThat(sale(rows, 1).orderId()).isEqualTo("20240403-line3");
        assertThat(sale(rows, 0).orderDate()).hasToString("2024-04-03");
        assertThat(sale(rows, 0).currency()).isEqualTo("GBP");
        assertThat(sale(rows, 0).channel()).isEqualTo("direct");
    }

    @Test
    void rowsOfOneOrderBecomeItsNumberedLines() {
        List<RowResult> rows = parse(Mappings.simple("dd/MM/yyyy", AmountMeaning.LINE_TOTAL, ORDER_ID, FieldSource.column("Order")),
                HEADER + "03/04/2024,12.50,A1,,,,\n03/04/2024,8.00,A1,,,,\n04/04/2024,5.00,A2,,,,\n");

        assertThat(rows).extracting(r -> ((RowResult.Accepted) r).sale().lineId()).containsExactly("A1/1", "A1/2", "A2/1");
    }

    @Test
    void aUnitPriceIsMultipliedByTheQuantity() {
        List<RowResult> rows = parse(Mappings.simple("MM/dd/yyyy", AmountMeaning.UNIT_PRICE, QUANTITY, FieldSource.column("Qty")),
                HEADER + "04/13/2024,12.50,,3,,,\n");

        assertThat(sale(rows, 0).items()).isEqualByComparingTo("37.50");
        assertThat(sale(rows, 0).orderDate()).hasToString("2024-04-13");
    }

    @Test
    void theDatePatternIsNotGuessed() {
        List<RowResult> rows = parse(Mappings.simple("dd/MM/yyyy", AmountMeaning.LINE_TOTAL), HEADER + "04/13/2024,12.50,,,,,\n");

        assertThat(rows.get(0)).isInstanceOf(RowResult.Rejected.class);
    }

    @Test
    void aTimeColumnIsAddedToTheDateInTheSellersZone() {
        List<RowResult> rows = parse(Mappings.simple("yyyy-MM-dd", AmountMeaning.LINE_TOTAL, TIME, FieldSource.column("Time")),
                HEADER + "2024-07-01,10.00,,,,,14:05\n");

        assertThat(sale(rows, 0).orderedAt()).hasToString("2024-07-01T12:05:00Z");
    }

    @Test
    void aRefundWithoutStatusMakesTheLinePartlyOrWhollyRefunded() {
        List<RowResult> rows = parse(Mappings.simple("dd/MM/yyyy", AmountMeaning.LINE_TOTAL, REFUND, FieldSource.column("Refund")),
                HEADER + "03/04/2024,20.00,,,5.00,,\n03/04/2024,20.00,,,-20.00,,\n");

        assertThat(sale(rows, 0).status()).isEqualTo(SaleStatus.PARTIALLY_REFUNDED);
        assertThat(sale(rows, 0).revenue()).isEqualByComparingTo("15.00");
        assertThat(sale(rows, 1).status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(sale(rows, 1).revenue()).isEqualByComparingTo("0.00");
    }

    @Test
    void statusWordsAreReadAndUnknownOnesRejectTheRow() {
        List<RowResult> rows = parse(Mappings.simple("dd/MM/yyyy", AmountMeaning.LINE_TOTAL, STATUS, FieldSource.column("Status")),
                HEADER + "03/04/2024,20.00,,,,Annulée,\n03/04/2024,20.00,,,,Remboursée,\n03/04/2024,20.00,,,,pending,\n");

        assertThat(sale(rows, 0).status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(sale(rows, 0).revenue()).isEqualByComparingTo("0");
        assertThat(sale(rows, 1).status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(sale(rows, 1).refund()).isEqualByComparingTo("20.00");
        assertThat(((RowResult.Rejected) rows.get(2)).rejection().reason()).contains("'pending'");
    }

    @Test
    void aSaleIn1921IsRejected() {
        List<RowResult> rows = parse(Mappings.simple("dd/MM/yyyy", AmountMeaning.LINE_TOTAL), HEADER + "03/04/1921,12.50,,,,,\n");

        assertThat(((RowResult.Rejected) rows.get(0)).rejection().reason()).contains("wrong century");
    }

    private static SaleLine sale(List<RowResult> rows, int i) {
        assertThat(rows.get(i)).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted) rows.get(i)).sale();
    }

    private static List<RowResult> parse(ColumnMapping mapping, String csv) {
        MappedFormat format = new MappedFormat(mapping);
        var export = new FormatRegistry(List.of(format))
                .detect(ExportText.decode("test.csv", csv.getBytes(StandardCharsets.UTF_8)));
        ParseContext context = new ParseContext("seller", "upload", "test.csv", ParseContext.DEFAULT_ZONE, null,
                new BuyerPseudonymiser("mapped-format-test-key".getBytes(StandardCharsets.UTF_8)), "GBP");
        List<RowResult> rows = new ArrayList<>();
        ExportParser.parse(export, context, rows::add);
        return rows;
    }
}
