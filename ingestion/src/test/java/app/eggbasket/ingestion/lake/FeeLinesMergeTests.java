package app.eggbasket.ingestion.lake;

import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fee lines (a statement's fees for an order, or a month's listing fees) live beside the sale lines of
 * another format, and replace the fees those sale lines state: revenue and fees are each counted once.
 */
class FeeLinesMergeTests {

    @TempDir
    Path data;

    private LakeWriter writer;
    private Lake lake;

    @BeforeEach
    void setUp() {
        lake = new Lake(data);
        writer = new LakeWriter(lake);
    }

    @Test
    void statementFeesOfAnOrderReplaceTheFeesItsOrderRowStated() throws SQLException {
        writer.merge("alice", List.of(sale("etsy-sold-orders", "123", "123", "40.90", "1.55")), Instant.parse("2026-01-01T00:00:00Z"));
        writer.merge("alice", List.of(
                fee("etsy-statement", "123", "fee:transaction:1", "2.66"),
                fee("etsy-statement", "123", "fee:processing:1", "1.55"),
                fee("etsy-statement", "fees-2022-12", "fee:listing:1", "0.20")), Instant.parse("2026-01-02T00:00:00Z"));

        assertThat(totals()).isEqualTo("4 lines, revenue 40.90, fees 4.41");

        writer.merge("alice", List.of(sale("etsy-sold-orders", "123", "123", "40.90", "1.55")), Instant.parse("2026-01-03T00:00:00Z"));
        assertThat(totals()).as("the order uploaded again keeps its statement fees, not its own")
                .isEqualTo("4 lines, revenue 40.90, fees 4.41");
    }

    @Test
    void orderWithoutFeeLinesKeepsItsOwnFees() throws SQLException {
        writer.merge("alice", List.of(sale("etsy-sold-orders", "124", "124", "20.00", "0.90")), Instant.parse("2026-01-01T00:00:00Z"));
        writer.merge("alice", List.of(fee("etsy-statement", "fees-2022-12", "fee:listing:1", "0.20")), Instant.parse("2026-01-02T00:00:00Z"));

        assertThat(totals()).isEqualTo("2 lines, revenue 20.00, fees 1.10");
    }

    private String totals() throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:duckdb:");
             var st = c.prepareStatement("SELECT count(*), sum(revenue), sum(fees) FROM read_parquet(?)")) {
            st.setString(1, lake.salesFile("alice").toString());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) + " lines, revenue " + rs.getBigDecimal(2) + ", fees " + rs.getBigDecimal(3);
            }
        }
    }

    private static SaleLine sale(String format, String order, String line, String items, String fees) {
        return line(format, order, line, 1, new BigDecimal(items), new BigDecimal(fees));
    }

    private static SaleLine fee(String format, String order, String line, String fees) {
        return line(format, order, line, 0, BigDecimal.ZERO, new BigDecimal(fees));
    }

    private static SaleLine line(String format, String order, String line, int quantity, BigDecimal items, BigDecimal fees) {
        BigDecimal zero = BigDecimal.ZERO;
        return new SaleLine("alice", "etsy", ChannelKind.MARKETPLACE, format, "upload-" + format, 2, order, line,
                Instant.parse("2022-12-30T23:00:00Z"), LocalDate.of(2022, 12, 31), null, null, quantity, "USD",
                items, zero, zero, zero, zero, fees,
                SaleLine.revenueOf(items, zero, zero, zero, SaleStatus.COMPLETED), null, null, SaleStatus.COMPLETED);
    }
}
