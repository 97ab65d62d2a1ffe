package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeSchema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;

/**
 * A benchmark, not a test (never run by surefire): times the market report on DuckDB over a lake of one
 * Parquet file per seller. {@code generate DIR SELLERS AVG_LINES} writes a synthetic lake (12 channels,
 * skewed line counts, 2024–2025, every seller consenting); {@code run DIR [REPEATS]} times the report and its
 * parts (consent files, compact freshness check, engine sums, cells in Java), wall and process CPU.
 * See docs/benchmarks.md for the command line.
 */
public final class MarketReportBench {

    private static final String[][] CHANNELS = {
            {"etsy", "MARKETPLACE"}, {"amazon", "MARKETPLACE"}, {"ebay", "MARKETPLACE"}, {"vinted", "MARKETPLACE"},
            {"instagram", "SOCIAL"}, {"tiktok", "SOCIAL"}, {"own-shop", "OWN_SHOP"}, {"markets", "IN_PERSON"},
            {"fairs", "IN_PERSON"}, {"boutiques", "WHOLESALE"}, {"consignment", "WHOLESALE"}, {"direct", "DIRECT"}};

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else if (args.length >= 2 && args[0].equals("compact")) {
            Lake lake = new Lake(Path.of(args[1]));
            try (DuckDbEngine engine = new DuckDbEngine(lake, new app.eggbasket.analytics.currency.RatesStore(lake), "2GB")) {
                long t0 = System.nanoTime();
                int n = engine.compact();
                System.out.printf("compacted %d sellers in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
        } else if (args.length >= 2 && args[0].equals("run")) {
            run(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5);
        } else {
            System.err.println("usage: generate DIR SELLERS AVG_LINES | compact DIR | run DIR [REPEATS]");
        }
    }

    private static void generate(Path dir, int sellers, int avgLines) throws Exception {
        Lake lake = new Lake(dir);
        ConsentStore consents = new ConsentStore(lake);
        StringBuilder channels = new StringBuilder("(VALUES ");
        for (int i = 0; i < CHANNELS.length; i++) {
            channels.append(i == 0 ? "" : ", ").append("(").append(i).append(", '").append(CHANNELS[i][0]).append("', '")
                    .append(CHANNELS[i][1]).append("')");
        }
        channels.append(") ch(idx, channel, kind)");
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE lines (" + LakeSchema.COLUMNS + ")");
            // seller s has 1-4 channels starting at (s * 7) % 12; line counts skewed: avg * 4 * u^3 (mean avg), at least 3
            st.execute("""
                    INSERT INTO lines
                    WITH s AS (SELECT i AS s, 'seller-' || lpad(CAST(i AS VARCHAR), 6, '0') AS seller_id,
                                      greatest(3, CAST(%d * 4 * pow(hash(i) %% 10000 / 10000.0, 3) AS INTEGER)) AS n,
                                      1 + i %% 4 AS k FROM range(%d) t(i)),
                         l AS (SELECT s.*, r FROM s, LATERAL (SELECT unnest(range(s.n)) AS r))
                    SELECT l.seller_id, ch.channel, ch.kind, 'bench', 'bench-upload', CAST(l.r + 2 AS INTEGER),
                           'o' || l.r, 'o' || l.r,
                           CAST(DATE '2024-01-01' + CAST(hash(l.s, l.r, 1) %% 731 AS INTEGER) AS TIMESTAMP),
                           DATE '2024-01-01' + CAST(hash(l.s, l.r, 1) %% 731 AS INTEGER),
                           NULL, NULL, 1, 'EUR',
                           CAST((5 + hash(l.s, l.r, 2) %% 20000 / 100.0) AS DECIMAL(18,2)), 0, 0, 0, 0, NULL,
                           CAST((5 + hash(l.s, l.r, 2) %% 20000 / 100.0) AS DECIMAL(18,2)), NULL, 'FR', 'COMPLETED',
                           TIMESTAMP '2026-01-01 00:00:00'
                    FROM l JOIN %s ON ch.idx = (l.s * 7 + hash(l.s, l.r, 3) %% l.k) %% 12
                    ORDER BY l.seller_id, 10
                    """.formatted(avgLines, sellers, channels));
            for (int i = 0; i < sellers; i++) {
                String seller = "seller-" + String.format("%06d", i);
                Path file = lake.salesFile(seller);
                Files.createDirectories(file.getParent());
                st.execute("COPY (SELECT * FROM lines WHERE seller_id = '" + seller + "' ORDER BY order_date) TO '"
                        + file + "' (FORMAT parquet)");
                consents.give(seller);
            }
            try (var rs = st.executeQuery("SELECT count(*) FROM lines")) {
                rs.next();
                System.out.printf("generated %d sellers, %d lines in %.1f s%n", sellers, rs.getLong(1),
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static void run(Path dir, int repeats) throws java.io.IOException {
        Lake lake = new Lake(dir);
        try (DuckDbEngine engine = new DuckDbEngine(lake, new app.eggbasket.analytics.currency.RatesStore(lake), "2GB")) {
            MarketAnalytics market = new MarketAnalytics(engine, new ConsentStore(lake), RiskThresholds.DEFAULT);
            // the parts, each timed on its own (consent and compact manifest read afresh, as in a new process)
            for (int i = 0; i < repeats; i++) {
                long[] t0 = now();
                java.util.List<String> consenting = new ConsentStore(lake).consenting();
                long[] t1 = now();
                new CompactLake(lake).sources(consenting);
                long[] t2 = now();
                QuarterlySums sums = engine.marketSums(consenting, new app.eggbasket.analytics.engine.Period(
                        java.time.LocalDate.of(1970, 1, 1), java.time.LocalDate.of(9999, 1, 1)), "EUR");
                long[] t3 = now();
                MarketComputation.of(sums, DisclosureRules.DEFAULT, RiskThresholds.DEFAULT, null, null, consenting.size());
                long[] t4 = now();
                System.out.printf("parts %d: consent files %s; compact freshness %s; engine sums (%d rows, freshness included) %s; "
                                + "cells in Java %s (ms wall/process CPU)%n", i + 1, ms(t0, t1), ms(t1, t2), sums.size(),
                        ms(t2, t3), ms(t3, t4));
            }
            // the whole report as a running dashboard makes it, one after the other
            double[] total = new double[repeats];
            double[] cpu = new double[repeats];
            MarketReport report = null;
            for (int i = 0; i < repeats; i++) {
                long[] t0 = now();
                report = market.report(null, null, DisclosureRules.DEFAULT);
                long[] t1 = now();
                total[i] = (t1[0] - t0[0]) / 1e6;
                cpu[i] = (t1[1] - t0[1]) / 1e6;
                System.out.printf("report %d: %s ms wall/process CPU; load %s%n", i + 1, ms(t0, t1),
                        Files.readString(Path.of("/proc/loadavg")).trim());
            }
            Arrays.sort(total);
            Arrays.sort(cpu);
            System.out.printf("whole report over %d runs: median %.0f ms (min %.0f, max %.0f), CPU median %.0f ms; "
                            + "%d channels, %d quarters, %d consenting%n", repeats, total[repeats / 2], total[0],
                    total[repeats - 1], cpu[repeats / 2], report.channels().size(), report.quarters().size(),
                    report.consenting());
        }
    }

    private static long[] now() {
        return new long[]{System.nanoTime(), ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()};
    }

    private static String ms(long[] from, long[] to) {
        return String.format("%d/%d", (to[0] - from[0]) / 1_000_000, (to[1] - from[1]) / 1_000_000);
    }
}
