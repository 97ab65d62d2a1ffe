package app.eggbasket.spark;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.analytics.market.MarketAnalytics;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.analytics.market.MarketReportJson;
import app.eggbasket.ingestion.lake.Lake;
import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The cooperative market report on Spark: {@code ./eggbasket market-report --engine spark} runs this in a
 * JVM of its own (Spark stays out of the dashboard's, DESIGN §9), or {@code spark-submit --class
 * app.eggbasket.spark.MarketReportJob … --data DIR}. Same SQL, same Java step, same JSON as on DuckDB.
 * <pre>
 * --data DIR [--from DATE] [--to DATE] [--min-sellers N] [--dominance F] [--json]
 * </pre>
 * Prints the JSON report ({@code GET /api/market/report}); exit status 2 for wrong arguments.
 */
public final class MarketReportJob {

    private MarketReportJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path data = Path.of("data");
        LocalDate from = null;
        LocalDate to = null;
        int minSellers = DisclosureRules.DEFAULT.minSellers();
        BigDecimal dominance = DisclosureRules.DEFAULT.dominance();
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "--data" -> data = Path.of(args[++i]);
                    case "--from" -> from = LocalDate.parse(args[++i]);
                    case "--to" -> to = LocalDate.parse(args[++i]);
                    case "--min-sellers" -> minSellers = Integer.parseInt(args[++i]);
                    case "--dominance" -> dominance = new BigDecimal(args[++i]);
                    case "--json", "--engine", "spark" -> {
                        // JSON is what this job prints; --engine spark is how the launcher chose it
                    }
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
        } catch (RuntimeException e) {
            err.println("eggbasket: " + e.getMessage()
                    + "; usage: market-report --engine spark --data DIR [--from DATE] [--to DATE] [--min-sellers N] [--dominance F]");
            return 2;
        }
        Lake lake = new Lake(data);
        SparkSession spark = SparkSessions.forJob("eggbasket-market-report");
        try (SparkEngine engine = new SparkEngine(spark, lake)) {
            MarketReport report = new MarketAnalytics(engine, new ConsentStore(lake), RiskThresholds.DEFAULT)
                    .report(from, to, new DisclosureRules(minSellers, dominance));
            out.println(MarketReportJson.text(report, SellerReportJob.mapper()));
            return 0;
        }
    }
}
