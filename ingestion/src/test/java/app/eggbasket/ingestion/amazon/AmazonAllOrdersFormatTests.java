package app.eggbasket.ingestion.amazon;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static app.eggbasket.ingestion.amazon.AmazonParsing.ALL_ORDERS_HEADER;
import static app.eggbasket.ingestion.amazon.AmazonParsing.parse;
import static org.assertj.core.api.Assertions.assertThat;

class AmazonAllOrdersFormatTests {

    private static final Path SAMPLES = Path.of("..", "data-samples", "src", "main", "resources", "samples");

    @TempDir
    Path lakeDir;

    /** A row of the 32-column layout: the given values, the rest blank. */
    private static String row(String orderId, String status, String salesChannel, String sku, String quantity,
                              String currency, String itemPrice, String itemTax, String shipping, String itemPromo,
                              String shipPromo) {
        String[] f = new String[32];
        java.util.Arrays.fill(f, "");
        f[0] = orderId;
        f[2] = "2017-06-17T08:04:21+00:00";
        f[3] = "2017-06-18T10:00:00+00:00";
        f[4] = status;
        f[5] = "Merchant";
        f[6] = salesChannel;
        f[11] = sku;
        f[12] = "B000000000";
        f[14] = quantity;
        f[15] = currency;
        f[16] = itemPrice;
        f[17] = itemTax;
        f[18] = shipping;
        f[22] = itemPromo;
        f[23] = shipPromo;
        f[27] = "FR";
        return String.join("\t", f) + "\n";
    }

    @Test
    void tabDelimitedRowsAreOrderItemsWithTheirOwnLineIds() {
        AmazonParsing parsed = parse(ALL_ORDERS_HEADER
                + row("171-1", "Shipped", "Amazon.fr", "BOL", "2", "EUR", "58.00", "0.00", "6.90", "-5.80", "0.00")
                + row("171-1", "Shipped", "Amazon.fr", "TASSE", "1", "EUR", "24.50", "4.08", "0.00", "0.00", "-2.00")
                + row("171-1", "Shipped", "Amazon.fr", "BOL", "1", "EUR", "29.00", "0.00", "0.00", "0.00", "0.00"));

        assertThat(parsed.format).isEqualTo("amazon-all-orders");
        List<SaleLine> lines = parsed.sales();
        assertThat(lines).extracting(SaleLine::orderId).containsOnly("171-1");
        assertThat(lines).extracting(SaleLine::lineId).containsExactly("BOL-1", "TASSE-1", "BOL-2");
        SaleLine first = lines.get(0);
        assertThat(first.orderedAt()).isEqualTo(Instant.parse("2017-06-17T08:04:21Z"));
        assertThat(first.quantity()).isEqualTo(2);
        assertThat(first.items()).as("item-price is for the whole quantity").isEqualByComparingTo("58.00");
        assertThat(first.discount()).isEqualByComparingTo("5.80");
        assertThat(first.revenue()).isEqualByComparingTo("59.10");
        assertThat(first.fees()).as("the All Orders report states no fees").isNull();
        assertThat(first.buyerCountry()).isEqualTo("FR");
        assertThat(first.channel()).isEqualTo("amazon");
        SaleLine second = lines.get(1);
        assertThat(second.tax()).isEqualByComparingTo("4.08");
        assertThat(second.discount()).as("a shipping promotion is a discount too").isEqualByComparingTo("2.00");
    }

    @Test
    void cancelledIsKeptWithoutRevenuePendingAndMultiChannelFulfilmentAreSkipped() {
        AmazonParsing parsed = parse(ALL_ORDERS_HEADER
                + row("171-2", "Cancelled", "Amazon.fr", "BOL", "0", "", "", "", "", "", "")
                + row("171-3", "Pending", "Amazon.fr", "BOL", "1", "", "", "", "", "", "")
                + row("171-4", "Shipped", "Non-Amazon", "BOL", "1", "EUR", "0.00", "", "", "", ""));

        assertThat(parsed.rejections()).isEmpty();
        assertThat(parsed.sales()).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo(SaleStatus.CANCELLED);
            assertThat(l.revenue()).isZero();
            assertThat(l.currency()).as("implied by Amazon.fr").isEqualTo("EUR");
        });
        assertThat(parsed.skipReasons()).hasSize(2);
        assertThat(parsed.skipReasons().get(0)).contains("Pending");
        assertThat(parsed.skipReasons().get(1)).contains("Non-Amazon");
    }

    @Test
    void aPricelessShippedRowIsRejected() {
        AmazonParsing parsed = parse(ALL_ORDERS_HEADER
                + row("171-5", "Shipped", "Amazon.fr", "BOL", "1", "EUR", "", "", "", "", ""));

        assertThat(parsed.rejections()).singleElement()
                .satisfies(r -> assertThat(r.rejection().column()).isEqualTo("item-price"));
    }

    /**
     * Both Amazon formats name orders by {@code amazon-order-id} on the {@code amazon} channel: per order the lake
     * keeps the lines of the format uploaded last, and the transaction report's month fee lines stay beside them.
     */
    @Test
    void theTransactionReportKeepsItsOrdersWhateverIsUploadedAfter() throws SQLException {
        MovingClock clock = new MovingClock();
        Ingestor ingestor = new Ingestor(new Lake(lakeDir), Formats.standard(), clock);
        byte[] transactions = sample("amazon-date-range-transactions/valid-amazon_date_range_transactions_US_2017-12.csv");
        byte[] orders = sample("amazon-all-orders/valid-all-orders_US_2017-12.txt");

        FileSummary first = ingestor.ingest("alice", "transactions.csv", transactions, null, ParseContext.DEFAULT_ZONE);
        assertThat(first.formatId()).isEqualTo("amazon-date-range-transactions");
        assertThat(totals()).isEqualTo("12 lines, revenue 100.43, fees 76.53");

        ingestor.ingest("alice", "orders.txt", orders, null, ParseContext.DEFAULT_ZONE);
        // a ledger wins: the 4 shared orders stay as the transaction report states them (100.43, fees 76.53,
        // refunds included); the 2 orders only in All Orders are added (14.50)
        assertThat(totals()).isEqualTo("14 lines, revenue 114.93, fees 76.53");

        ingestor.ingest("alice", "transactions-again.csv", transactions, null, ParseContext.DEFAULT_ZONE);
        // uploading the transaction report again changes nothing
        assertThat(totals()).isEqualTo("14 lines, revenue 114.93, fees 76.53");
    }

    private String totals() throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:duckdb:");
             var st = c.prepareStatement("SELECT count(*), sum(revenue), sum(fees) FROM read_parquet(?)")) {
            st.setString(1, new Lake(lakeDir).salesFile("alice").toString());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) + " lines, revenue " + rs.getBigDecimal(2) + ", fees " + rs.getBigDecimal(3);
            }
        }
    }

    private static byte[] sample(String path) {
        try {
            return Files.readAllBytes(SAMPLES.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock one minute later at each reading, so uploads are ordered. */
    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(60);
            return now;
        }
    }
}
