package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Etsy Orders download and the monthly statement of the same orders (December 2022, orders
 * 9900000001…8): revenue is counted once (the format uploaded last gives an order's sale lines) and fees
 * once (the statement's fee lines replace the Card Processing Fees of the Orders download).
 * Statement: sales 279.51 less a partial refund of 10.00 (order …04) and a refund of 20.00 of a November
 * order (…99); fees 46.25 in all, of which 2.92 belong to no order (listing fees, ads, an ads credit).
 */
class EtsyOrdersAndStatementTests {

    private static final String ORDERS = "etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv";
    private static final String STATEMENT = "etsy-statement/valid-etsy_statement_2022_12_en-US_USD.csv";

    @TempDir
    Path data;

    private Lake lake;
    private Ingestor ingestor;

    @BeforeEach
    void setUp() {
        lake = new Lake(data);
        ingestor = new Ingestor(lake, Formats.standard());
    }

    @Test
    void statementAfterOrdersCountsRevenueOnceAndFeesOnce() throws SQLException {
        ingest("EtsySoldOrders2022.csv", ORDERS);
        assertThat(totals()).isEqualTo("revenue 279.51, fees 11.04");

        ingest("etsy_statement_2022_12.csv", STATEMENT);

        assertThat(totals()).as("statement sale lines replace the order rows; its fee lines replace their card fees")
                .isEqualTo("revenue 249.51, fees 46.25");
        assertThat(query("SELECT string_agg(DISTINCT source_format, ',') FROM read_parquet(?)")).isEqualTo("etsy-statement");
        assertThat(query("SELECT sum(fees) FROM read_parquet(?) WHERE order_id = 'fees-2022-12'")).isEqualTo("2.92");
    }

    @Test
    void ordersAfterStatementLeaveTheStatementsLinesBecauseALedgerWins() throws SQLException {
        ingest("etsy_statement_2022_12.csv", STATEMENT);
        ingest("EtsySoldOrders2022.csv", ORDERS);

        assertThat(totals()).as("the statement states the money that moved, refunds included: its lines stay")
                .isEqualTo("revenue 249.51, fees 46.25");
        assertThat(query("SELECT count(*) FROM read_parquet(?) WHERE source_format = 'etsy-sold-orders'"))
                .as("no order of the Orders download is counted beside its statement lines").isEqualTo("0");
    }

    @Test
    void uploadingTheSameStatementTwiceAddsNothing() throws SQLException {
        ingest("etsy_statement_2022_12.csv", STATEMENT);
        FileSummary again = ingest("etsy_statement_2022_12 (1).csv", STATEMENT);
        FileSummary resaved = ingest("etsy_statement_2022_12-excel.csv",
                "etsy-statement/excel-fr-etsy_statement_2022_12_en-US_USD.csv");

        assertThat(again.newLines()).isZero();
        assertThat(again.duplicates()).isEqualTo(45);
        assertThat(resaved.newLines()).as("a French Excel re-save gives the same line ids").isZero();
        assertThat(totals()).isEqualTo("revenue 249.51, fees 46.25");
    }

    private FileSummary ingest(String name, String sample) {
        return ingestor.ingest("alice", name, Samples.read(sample), null, ParseContext.DEFAULT_ZONE);
    }

    private String totals() throws SQLException {
        return "revenue " + query("SELECT sum(revenue) FROM read_parquet(?)")
                + ", fees " + query("SELECT sum(fees) FROM read_parquet(?)");
    }

    private String query(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:duckdb:");
             var statement = connection.prepareStatement(sql)) {
            statement.setString(1, lake.salesFile("alice").toString());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
