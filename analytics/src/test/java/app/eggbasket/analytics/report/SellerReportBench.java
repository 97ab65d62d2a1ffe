package app.eggbasket.analytics.report;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.engine.Period;
import app.eggbasket.analytics.engine.SalesEngine;
import app.eggbasket.ingestion.lake.Lake;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A benchmark, not a test (never run by surefire): the CPU one seller report costs in-process on DuckDB,
 * whole and statement by statement, over the sellers of a generated lake's {@code bench-logins.csv}.
 * {@code DIR [GROUP] [ROUNDS]}; see docs/benchmarks.md (seller report) for the command line.
 */
public final class SellerReportBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String group = args.length > 1 ? args[1] : "sample";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> sellers = Files.readAllLines(dir.resolve("bench-logins.csv")).stream().skip(1)
                .map(line -> line.split(",")).filter(f -> group.equals("all") || f[4].equals(group))
                .map(f -> f[0]).toList();
        Lake lake = new Lake(dir);
        try (DuckDbEngine engine = new DuckDbEngine(lake, new RatesStore(lake), "512MB")) {
            SellerAnalytics analytics = new SellerAnalytics(engine, new ConcentrationCalculator(RiskThresholds.DEFAULT));
            for (int round = 0; round < rounds; round++) {
                System.out.printf("round %d, %d sellers (%s), CPU per seller:%n", round + 1, sellers.size(), group);
                time("  whole report (SellerAnalytics.report)", sellers, s -> analytics.report(s, null, null));
                time("  report pass (one statement)", sellers, s -> engine.reportTotals(s, null, null));
                time("  dataRange", sellers, engine::dataRange);
                time("  dataRange + currencies + channelTotals + unstatedFeeBases", sellers, s -> {
                    Period p = engine.dataRange(s).orElseThrow();
                    engine.currencies(s, p);
                    engine.channelTotals(s, p, null);
                    engine.unstatedFeeBases(s, p, null);
                });
                time("  monthly", sellers, s -> analytics.monthly(s, null, null));
            }
        }
    }

    private static void time(String what, List<String> sellers, Consumer<String> call) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        int calls = 0;
        for (int i = 0; i < 3; i++) {
            for (String seller : sellers) {
                call.accept(seller);
                calls++;
            }
        }
        System.out.printf("%-62s %6.2f ms CPU, %6.2f ms wall%n", what,
                (os.getProcessCpuTime() - cpu) / 1e6 / calls, (System.nanoTime() - wall) / 1e6 / calls);
    }

    private SellerReportBench() {
    }
}
