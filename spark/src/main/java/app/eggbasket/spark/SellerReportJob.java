package app.eggbasket.spark;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.currency.EcbRates;
import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Seller reports computed by Spark over a lake on any storage Hadoop reaches, printed as the JSON of
 * {@code ./eggbasket report --json} (DESIGN §6): one object for one seller, an array for several.
 * <pre>
 * spark-submit --class app.eggbasket.spark.SellerReportJob spark/target/spark-0.1.0-SNAPSHOT.jar \
 *     --lake hdfs://namenode:8020/eggbasket/data/lake --seller atelier-x [--seller …|--all] \
 *     [--from 2025-01-01] [--to 2026-01-01] [--currency EUR] [--rates eurofxref-hist.csv]
 * </pre>
 * Without spark-submit (plain {@code java}) it runs in local mode. Exit status: 0, 1 when a report was refused
 * (no rate for some lines, unknown currency), 2 for wrong arguments.
 */
public final class SellerReportJob {

    static final String USAGE = """
            usage: SellerReportJob --lake URI (--seller ID... | --all) [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                   [--currency XXX] [--rates eurofxref-hist.csv]
              --lake      the lake directory, holding sales/<seller>/sales.parquet: file:/…, hdfs://…, s3a://…
              --seller    a seller id (repeatable); --all: every seller of the lake
              --from/--to the period [from, to); default: the seller's first and last sale
              --currency  report currency; default: the period's own, or EUR when it mixes currencies
              --rates     an ECB eurofxref-hist.csv on the driver's disk, merged over the shipped rates
            """;

    /** The parsed command line. */
    record Options(String lake, List<String> sellers, boolean all, LocalDate from, LocalDate to, String currency,
                   Path rates) {

        static Options parse(String... args) {
            String lake = null;
            List<String> sellers = new ArrayList<>();
            boolean all = false;
            LocalDate from = null;
            LocalDate to = null;
            String currency = null;
            Path rates = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--all" -> all = true;
                    case "--lake" -> lake = value(args, ++i, arg);
                    case "--seller" -> sellers.add(value(args, ++i, arg));
                    case "--from" -> from = date(value(args, ++i, arg), arg);
                    case "--to" -> to = date(value(args, ++i, arg), arg);
                    case "--currency" -> currency = value(args, ++i, arg).trim().toUpperCase(java.util.Locale.ROOT);
                    case "--rates" -> rates = Path.of(value(args, ++i, arg));
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (lake == null) {
                throw new IllegalArgumentException("--lake is required");
            }
            if (sellers.isEmpty() == !all) {
                throw new IllegalArgumentException("give --seller ID (repeatable) or --all");
            }
            return new Options(lake, List.copyOf(sellers), all, from, to, currency, rates);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static LocalDate date(String value, String option) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(option + " '" + value + "' is not a date YYYY-MM-DD");
            }
        }
    }

    private SellerReportJob() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSessions.forJob("eggbasket-seller-report");
        int status;
        try {
            status = run(spark, options, System.out, System.err);
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /** Runs the job on {@code spark}; returns the exit status. */
    static int run(SparkSession spark, Options options, PrintStream out, PrintStream err) {
        EcbRates rates = rates(options.rates());
        SparkLake lake = new SparkLake(spark, options.lake());
        List<String> sellers = options.all() ? lake.sellerIds() : options.sellers();
        try (SparkEngine engine = new SparkEngine(spark, lake, () -> rates)) {
            SellerAnalytics analytics = new SellerAnalytics(engine, new ConcentrationCalculator(RiskThresholds.DEFAULT));
            List<SellerReport> reports = new ArrayList<>();
            for (String seller : sellers) {
                reports.add(analytics.report(seller, options.from(), options.to(), options.currency()));
            }
            ObjectMapper json = mapper();
            out.println(json.writeValueAsString(reports.size() == 1 && !options.all() ? reports.get(0) : reports));
            return 0;
        } catch (IllegalArgumentException e) { // UnknownCurrencyException too
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static EcbRates rates(Path file) {
        if (file == null) {
            return RatesStore.shipped();
        }
        try {
            return RatesStore.shipped().mergedWith(EcbRates.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The CLI's JSON (dashboard's ReportJson, which this module cannot depend on). */
    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
