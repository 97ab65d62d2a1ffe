package app.eggbasket.ingestion.ebay;

import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Orders report and the transaction report of the same month, uploaded in either order: each order
 * counts once (the sale lines of the report uploaded last), and its fees are the transaction report's
 * fee lines. Figures: the two valid US samples (orders 1391.49 USD; transactions 1381.49 USD after a
 * 10.00 refund, fees 214.67 USD).
 */
class EbayReportsInTheLakeTests {

    private static final String ORDERS = "ebay-orders/valid-ebay_orders_report_2026-07_US.csv";
    private static final String TRANSACTIONS = "ebay-transactions/valid-ebay_transaction_report_2026-07_US.csv";

    @TempDir
    Path data;

    private Lake lake;
    private LakeWriter writer;

    @BeforeEach
    void setUp() {
        lake = new Lake(data);
        writer = new LakeWriter(lake, app.eggbasket.ingestion.format.Formats.standard().ledgerIds());
    }

    @Test
    void ordersReportThenTransactionReport() throws SQLException {
        writer.merge("alice", EbayParsing.sample(ORDERS).lines(), Instant.parse("2026-08-01T00:00:00Z"));
        assertThat(totals()).isEqualTo("revenue 1391.49, fees null");

        writer.merge("alice", EbayParsing.sample(TRANSACTIONS).lines(), Instant.parse("2026-08-02T00:00:00Z"));
        assertThat(totals()).as("the transaction report's lines, its refund included, and its fees")
                .isEqualTo("revenue 1381.49, fees 214.67");
    }

    @Test
    void transactionReportThenOrdersReport() throws SQLException {
        writer.merge("alice", EbayParsing.sample(TRANSACTIONS).lines(), Instant.parse("2026-08-01T00:00:00Z"));
        writer.merge("alice", EbayParsing.sample(ORDERS).lines(), Instant.parse("2026-08-02T00:00:00Z"));

        assertThat(totals()).as("the transaction report, a ledger, keeps its orders and their refund")
                .isEqualTo("revenue 1381.49, fees 214.67");
    }

    private String totals() throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:duckdb:");
             var st = c.prepareStatement("SELECT sum(revenue), sum(fees) FROM read_parquet(?)")) {
            st.setString(1, lake.salesFile("alice").toString());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return "revenue " + rs.getBigDecimal(1) + ", fees " + rs.getBigDecimal(2);
            }
        }
    }
}
