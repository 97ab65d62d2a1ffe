package app.eggbasket.dashboard.synthetic;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.synthetic.SyntheticLake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticLakeTests {

    @TempDir
    Path dir;

    private static List<String> rows(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }

    private static String all(Path data) {
        return "read_parquet('" + new Lake(data).salesDir() + "/*/sales.parquet')";
    }

    @Test
    void writesOneValidFilePerSellerWithTheRequestedLines() throws Exception {
        SyntheticLake.Result result = new SyntheticLake(dir.resolve("a"), 40, 4000, 3, line -> { }).write();

        assertThat(result.lines()).isEqualTo(4000);
        assertThat(new Lake(dir.resolve("a")).sellerIds()).hasSize(40).contains("seller-0000001", "seller-0000040");
        assertThat(rows("SELECT count(*), count(DISTINCT seller_id), count(DISTINCT channel) FROM " + all(dir.resolve("a"))))
                .containsExactly("4000|40|" + rows("SELECT count(DISTINCT channel) FROM " + all(dir.resolve("a"))).get(0));
        // the contract of a line (DESIGN §3): revenue identity, no negative discount or refund, cancelled lines at 0
        assertThat(rows("SELECT count(*) FROM " + all(dir.resolve("a")) + " WHERE revenue <> CASE WHEN status = 'CANCELLED'"
                + " THEN 0 ELSE items - discount + shipping - refund END OR discount < 0 OR refund < 0"
                + " OR order_date < DATE '2024-07-01' OR order_date >= DATE '2026-07-01'")).containsExactly("0");
        // each seller's file holds only her lines, one line per (channel, order_id, line_id)
        assertThat(rows("SELECT count(*) FROM (SELECT filename FROM read_parquet('" + new Lake(dir.resolve("a")).salesDir()
                + "/*/sales.parquet', filename = true) WHERE filename NOT LIKE '%/' || seller_id || '/sales.parquet')"))
                .containsExactly("0");
        assertThat(rows("SELECT count(*) FROM (SELECT seller_id, channel, order_id, line_id FROM " + all(dir.resolve("a"))
                + " GROUP BY ALL HAVING count(*) > 1)")).containsExactly("0");
        // same columns, in the same order, as a lake written by ingestion
        assertThat(rows("SELECT string_agg(column_name, ',') FROM (DESCRIBE SELECT * FROM " + all(dir.resolve("a")) + ")").get(0))
                .isEqualTo(String.join(",", app.eggbasket.ingestion.lake.LakeSchema.COLUMNS.lines().map(String::strip)
                        .filter(l -> !l.isEmpty()).map(l -> l.substring(0, l.indexOf(' '))).toList()));
    }

    @Test
    void theSameSeedGivesTheSameLinesAndAnotherSeedOthers() throws Exception {
        new SyntheticLake(dir.resolve("a"), 30, 3000, 11, line -> { }).write();
        new SyntheticLake(dir.resolve("b"), 30, 3000, 11, line -> { }).write();
        new SyntheticLake(dir.resolve("c"), 30, 3000, 12, line -> { }).write();
        String digest = "SELECT sum(hash(seller_id, channel, order_id, order_date, items, revenue, buyer_ref)) FROM ";
        assertThat(rows(digest + all(dir.resolve("a")))).isEqualTo(rows(digest + all(dir.resolve("b"))));
        assertThat(rows(digest + all(dir.resolve("a")))).isNotEqualTo(rows(digest + all(dir.resolve("c"))));
    }

    @Test
    void sellerSizesAreSkewedAndSumToTheLines() {
        List<SyntheticLake.Seller> sellers = new SyntheticLake(dir, 10_000, 1_000_000, 5, line -> { }).sellers();
        List<Long> sizes = sellers.stream().map(SyntheticLake.Seller::lines).sorted().toList();
        assertThat(sizes.stream().mapToLong(Long::longValue).sum()).isEqualTo(1_000_000);
        assertThat(sizes.get(0)).isPositive();
        assertThat(sizes.get(sizes.size() - 1)).isGreaterThan(50 * sizes.get(sizes.size() / 2));
        assertThat(sellers.stream().filter(s -> s.currencyMode().equals("EUR")).count()).isGreaterThan(9_000);
    }

    @Test
    void aGeneratedSellerHasAReport() {
        new SyntheticLake(dir, 20, 2000, 9, line -> { }).write();
        try (DuckDbEngine engine = new DuckDbEngine(new Lake(dir))) {
            SellerReport report = new SellerAnalytics(engine, new ConcentrationCalculator(RiskThresholds.DEFAULT))
                    .report("seller-0000001", null, null);
            assertThat(report.revenue().signum()).isPositive();
        }
    }

    @Test
    void refusesADirectoryThatHoldsSales() {
        new SyntheticLake(dir, 5, 100, 1, line -> { }).write();
        assertThatThrownBy(() -> new SyntheticLake(dir, 5, 100, 1, line -> { }).write())
                .hasMessageContaining("already holds sales");
        assertThat(Files.exists(new Lake(dir).salesFile("seller-0000005"))).isTrue();
    }
}
