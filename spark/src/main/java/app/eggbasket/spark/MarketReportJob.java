package app.eggbasket.spark;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.edition.EditionPeriod;
import app.eggbasket.analytics.edition.EditionPublisher;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.edition.ReleaseJson;
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
import java.time.Clock;
import java.time.LocalDate;

/**
 * The cooperative market report on Spark: {@code ./eggbasket market-report --engine spark} runs this in a
 * JVM of its own (Spark stays out of the dashboard's, DESIGN §9), or {@code spark-submit --class
 * app.eggbasket.spark.MarketReportJob … --data DIR}. Same SQL, same Java step, same JSON as on DuckDB.
 * <pre>
 * --data DIR [--from DATE] [--to DATE] [--min-sellers N] [--dominance F] [--json]
 * --data DIR --coop ID --period P [--publish] [--quantile-min-sellers N] [--protection-level F]
 * </pre>
 * Prints the JSON report ({@code GET /api/market/report}), or with {@code --coop} the draft of the cooperative's
 * next edition computed on Spark and checked against its earlier releases, published with {@code --publish}
 * ({@code GET /api/coops/{coop}/previews/{id}}); exit status 2 for wrong arguments or a refused edition.
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
        int quantileMinSellers = DisclosureRules.DEFAULT_QUANTILE_MIN_SELLERS;
        BigDecimal protectionLevel = DisclosureRules.DEFAULT_PROTECTION_LEVEL;
        String coop = null;
        EditionPeriod period = null;
        boolean publish = false;
        DisclosureRules rules;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "--data" -> data = Path.of(args[++i]);
                    case "--from" -> from = LocalDate.parse(args[++i]);
                    case "--to" -> to = LocalDate.parse(args[++i]);
                    case "--min-sellers" -> minSellers = Integer.parseInt(args[++i]);
                    case "--dominance" -> dominance = new BigDecimal(args[++i]);
                    case "--quantile-min-sellers" -> quantileMinSellers = Integer.parseInt(args[++i]);
                    case "--protection-level" -> protectionLevel = new BigDecimal(args[++i]);
                    case "--coop" -> coop = args[++i];
                    case "--period" -> period = EditionPeriod.parse(args[++i]);
                    case "--publish" -> publish = true;
                    case "--json", "--engine", "spark" -> {
                        // JSON is what this job prints; --engine spark is how the launcher chose it
                    }
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if ((coop == null) != (period == null) || (publish && coop == null)) {
                throw new IllegalArgumentException("an edition needs both --coop ID and --period P");
            }
            rules = new DisclosureRules(minSellers, dominance, true, Math.max(minSellers, quantileMinSellers), protectionLevel);
        } catch (RuntimeException e) {
            err.println("eggbasket: " + e.getMessage() + "; usage: market-report --engine spark --data DIR [--from DATE] "
                    + "[--to DATE] [--min-sellers N] [--dominance F], or --data DIR --coop ID --period P [--publish]");
            return 2;
        }
        Lake lake = new Lake(data);
        Cooperative cooperative = null;
        if (coop != null) {
            cooperative = new Cooperatives(lake).find(coop).orElse(null);
            if (cooperative == null) {
                err.println("eggbasket: there is no cooperative '" + coop + "'");
                return 2;
            }
        }
        SparkSession spark = SparkSessions.forJob("eggbasket-market-report");
        try (SparkEngine engine = new SparkEngine(spark, lake)) {
            if (cooperative != null) {
                return edition(new EditionPublisher(lake, engine, "spark", RiskThresholds.DEFAULT, rules, Clock.systemUTC()),
                        cooperative, period, publish, out, err);
            }
            MarketReport report = new MarketAnalytics(engine, new ConsentStore(lake), RiskThresholds.DEFAULT)
                    .report(from, to, rules);
            out.println(MarketReportJson.text(report, SellerReportJob.mapper()));
            return 0;
        }
    }

    /** The draft of the cooperative's next edition on Spark, published when asked: what the manager's preview does. */
    static int edition(EditionPublisher publisher, Cooperative cooperative, EditionPeriod period, boolean publish,
                       PrintStream out, PrintStream err) {
        try {
            Release release = publisher.previewAndPublish(cooperative, period, "cli", publish);
            out.println(SellerReportJob.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ReleaseJson.draft(release)));
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("eggbasket: " + e.getMessage());
            return 2;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
