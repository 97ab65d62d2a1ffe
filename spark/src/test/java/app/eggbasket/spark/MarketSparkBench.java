package app.eggbasket.spark;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.currency.ConversionFactors;
import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.market.CompactLake;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.analytics.market.MarketAnalytics;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.ingestion.lake.Lake;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark, not a test (never run by surefire): the market report on Spark local[2] through the product
 * ({@link MarketAnalytics} on {@link SparkEngine}: the shared SQL, then the cells in Java) against one hand-written
 * Spark SQL query computing the same cells directly ({@code market_cells_reference.sql}: sums, sellers, largest
 * contribution, risk counts, and Spark's {@code percentile} on doubles for the median share and the topPlatformShare
 * quartiles), both over the compact copy of the lake (run {@code ./eggbasket compact} first). Prints the wall and
 * process CPU time of each run and checks that both give the same total revenue and sellers.
 * <pre>
 * java -cp … app.eggbasket.spark.MarketSparkBench DATA_DIR [REPEATS]
 * </pre>
 */
public final class MarketSparkBench {

    private static final StructType FACTORS = new StructType()
            .add("currency", DataTypes.StringType, false)
            .add("day", DataTypes.DateType, false)
            .add("factor", DataTypes.createDecimalType(18, 10), false);

    private MarketSparkBench() {
    }

    public static void main(String[] args) throws IOException {
        Lake lake = new Lake(Path.of(args[0]));
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path compact = new CompactLake(lake).file();
        if (!Files.isRegularFile(compact)) {
            throw new IllegalStateException("no compact copy: run ./eggbasket compact --data " + args[0]);
        }
        SparkSession spark = SparkSessions.local();
        List<String> consenting = new ConsentStore(lake).consenting();
        try (SparkEngine engine = new SparkEngine(spark, lake)) {
            spark.read().parquet(compact.toUri().toString()).createOrReplaceTempView("lines");
            spark.createDataFrame(consenting.stream().map(id -> RowFactory.create(id)).toList(),
                    new StructType().add("seller_id", DataTypes.StringType, false)).createOrReplaceTempView("consenting");
            List<Row> factors = new ArrayList<>();
            for (ConversionFactors.Factor f : ConversionFactors.to("EUR", new RatesStore(lake).current())) {
                factors.add(RowFactory.create(f.currency(), f.day(), f.factor().setScale(10, java.math.RoundingMode.HALF_EVEN)));
            }
            spark.createDataFrame(factors, FACTORS).createOrReplaceTempView("factors");
            String reference = load();
            MarketAnalytics market = new MarketAnalytics(engine, new ConsentStore(lake), RiskThresholds.DEFAULT);
            for (int i = 0; i < repeats; i++) {
                long[] t = start();
                MarketReport report = market.report(null, null, DisclosureRules.DEFAULT);
                print("product  ", t);
                t = start();
                List<Row> cells = spark.sql(reference).collectAsList();
                print("reference", t);
                Row total = cells.stream().filter(r -> r.getString(0).equals("TOTAL") && r.getInt(3) == -1).findFirst().orElseThrow();
                BigDecimal revenue = total.getDecimal(4).setScale(2);
                if (revenue.compareTo(report.total().figures().revenue()) != 0
                        || total.getLong(5) != report.total().figures().sellers()) {
                    throw new IllegalStateException("the reference query disagrees: " + total + " vs " + report.total());
                }
                System.out.printf("  %d cells, total %s EUR, %d sellers (same in both)%n", cells.size(), revenue, total.getLong(5));
            }
        }
    }

    private static long[] start() {
        return new long[]{System.nanoTime(), cpu()};
    }

    private static void print(String what, long[] start) throws IOException {
        System.out.printf("%s %6d ms wall, %6d ms process CPU; load %s%n", what, (System.nanoTime() - start[0]) / 1_000_000,
                (cpu() - start[1]) / 1_000_000, Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String load() throws IOException {
        try (InputStream in = MarketSparkBench.class.getResourceAsStream("market_cells_reference.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
