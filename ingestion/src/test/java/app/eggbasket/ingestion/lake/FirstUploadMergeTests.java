package app.eggbasket.ingestion.lake;

import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller's first upload is written with a plain sorted copy only when the merge would keep every line as it
 * is; a first upload that repeats a line, mixes formats in an order or has fee lines is merged as any other.
 */
class FirstUploadMergeTests {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void distinctLinesOfOneFormatAreWrittenSortedByDateAndIdentity() throws SQLException {
        LakeWriter.MergeResult result = new LakeWriter(new Lake(data)).merge("bob", List.of(
                line("shop", "B", "B/1", 3, 5, "10.00", null),
                line("shop", "A", "A/2", 2, 4, "7.00", null),
                line("shop", "A", "A/1", 1, 4, "3.00", null)), AT);

        assertThat(result).isEqualTo(new LakeWriter.MergeResult(3, 0, 3));
        assertThat(rows()).containsExactly("A/1 3.00 null", "A/2 7.00 null", "B/1 10.00 null");
    }

    @Test
    void aLineRepeatedInTheUploadIsKeptOnceAsItsLastRowStatesIt() throws SQLException {
        LakeWriter.MergeResult result = new LakeWriter(new Lake(data)).merge("bob", List.of(
                line("shop", "A", "A/1", 1, 4, "3.00", null),
                line("shop", "A", "A/1", 7, 4, "4.00", null)), AT);

        assertThat(result).isEqualTo(new LakeWriter.MergeResult(1, 1, 1));
        assertThat(rows()).containsExactly("A/1 4.00 null");
    }

    @Test
    void feeLinesOfAnOrderReplaceTheFeesOfItsSaleLinesInTheSameUpload() throws SQLException {
        new LakeWriter(new Lake(data)).merge("bob", List.of(
                line("statement", "A", "A/1", 1, 4, "3.00", "0.50"),
                line("statement", "A", "fee:A", 2, 4, "0.00", "0.40")), AT);

        assertThat(rows()).containsExactly("A/1 3.00 null", "fee:A 0.00 0.40");
    }

    @Test
    void anOrderStatedByTwoFormatsKeepsTheLinesOfOne() throws SQLException {
        new LakeWriter(new Lake(data), java.util.Set.of("statement")).merge("bob", List.of(
                line("listing", "A", "A/1", 1, 4, "3.00", null),
                line("statement", "A", "A", 2, 4, "3.00", null)), AT);

        assertThat(rows()).containsExactly("A 3.00 null");
    }

    private List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:duckdb:");
             var st = c.prepareStatement("SELECT line_id, items, fees FROM read_parquet(?)")) {
            st.setString(1, new Lake(data).salesFile("bob").toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getBigDecimal(2) + " " + rs.getBigDecimal(3));
                }
            }
        }
        return rows;
    }

    private static SaleLine line(String format, String order, String lineId, int sourceLine, int day, String items,
                                 String fees) {
        BigDecimal amount = new BigDecimal(items);
        BigDecimal none = BigDecimal.ZERO;
        return new SaleLine("bob", "own-shop", ChannelKind.OWN_SHOP, format, "upload-1", sourceLine, order, lineId,
                Instant.parse("2026-02-0" + day + "T12:00:00Z"), LocalDate.of(2026, 2, day), null, null, 1, "EUR",
                amount, none, none, none, none, fees == null ? null : new BigDecimal(fees),
                SaleLine.revenueOf(amount, none, none, none, SaleStatus.COMPLETED), null, null, SaleStatus.COMPLETED);
    }
}
