package app.eggbasket.analytics.edition;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.cooperative.Members;
import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.engine.Period;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.analytics.market.MarketAnalytics;
import app.eggbasket.analytics.market.MarketCell;
import app.eggbasket.ingestion.lake.Lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benchmark, not a test (never run by surefire): previews and publications of a cooperative's editions on DuckDB
 * over the 10M-line lake. {@code setup DIR COOP} makes every seller of the lake but three a consenting member of a new
 * cooperative; {@code run DIR COOP PERIOD [DRAFTS [LEAVING]]} checks that, warms the engine up, then times: the first
 * preview and its publication, one member's withdrawal (the LEAVING-th seller, default 50,000) and the three others' joining, the next preview (checked against the
 * first edition) and its publication, and {@code DRAFTS} more previews, each checked against every earlier release.
 * See docs/benchmarks.md ("Editions") for the command line.
 */
public final class EditionBench {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-15T09:00:00Z"), ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("setup")) {
            setup(Path.of(args[1]), args[2]);
        } else if (args.length >= 4 && args[0].equals("run")) {
            run(Path.of(args[1]), args[2], EditionPeriod.parse(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : 3,
                    args.length > 5 ? Integer.parseInt(args[5]) : 50_000);
        } else {
            System.err.println("usage: setup DIR COOP | run DIR COOP PERIOD [DRAFTS [LEAVING]]");
        }
    }

    private static void setup(Path dir, String coopId) throws IOException {
        Lake lake = new Lake(dir);
        List<String> sellers = sellers(dir);
        Cooperatives cooperatives = new Cooperatives(lake, CLOCK);
        cooperatives.create(Cooperative.withDefaultRules(coopId, "Benchmark cooperative", CLOCK.instant()));
        Members members = cooperatives.members(coopId);
        ConsentStore consents = new ConsentStore(lake, coopId);
        long t0 = System.nanoTime();
        for (String seller : sellers.subList(0, sellers.size() - 3)) {
            members.join(seller, null);
            consents.give(seller);
        }
        System.out.printf("%d of %d sellers are consenting members of %s (%.1f s); left out: %s%n", sellers.size() - 3,
                sellers.size(), coopId, (System.nanoTime() - t0) / 1e9, sellers.subList(sellers.size() - 3, sellers.size()));
    }

    private static void run(Path dir, String coopId, EditionPeriod period, int drafts, int leavingIndex) throws IOException {
        Lake lake = new Lake(dir);
        List<String> sellers = sellers(dir);
        Cooperative coop = new Cooperatives(lake).require(coopId);
        ConsentStore consents = new ConsentStore(lake, coopId);
        int consenting = consents.consenting().size();
        System.out.printf("check: %d sellers in the lake, %d consenting members, %d releases so far%n", sellers.size(),
                consenting, new Releases(dir, coopId).all().size());
        if (consenting != sellers.size() - 3 || !new Releases(dir, coopId).all().isEmpty()) {
            throw new IllegalStateException("run setup on a fresh copy of the lake first");
        }
        try (DuckDbEngine engine = new DuckDbEngine(lake, new RatesStore(lake), "2GB")) {
            for (int i = 0; i < 3; i++) {
                // the report's path without storing anything: the engine's sums and the cells in Java
                long t0 = System.nanoTime();
                List<String> members = consents.consenting();
                app.eggbasket.analytics.market.MarketComputation.of(engine.marketSums(members,
                                new Period(period.from(), period.to()), MarketAnalytics.CURRENCY), DisclosureRules.DEFAULT,
                        RiskThresholds.DEFAULT, period.from(), period.to(), members.size());
                System.out.printf("warm-up %d (sums and cells, nothing stored): %d ms%n", i + 1, (System.nanoTime() - t0) / 1_000_000);
            }
            EditionPublisher publisher = new EditionPublisher(lake, engine, "duckdb", RiskThresholds.DEFAULT,
                    DisclosureRules.DEFAULT, CLOCK);
            Release first = timed("preview 1 (no earlier release)", () -> publisher.preview(coop, period, "bench"));
            describe(first);
            timed("publish 1", () -> publisher.publish(coop, first.id()));

            String leaving = sellers.get(leavingIndex);
            consents.withdraw(leaving);
            Members members = new Cooperatives(lake).members(coopId);
            for (String joining : sellers.subList(sellers.size() - 3, sellers.size())) {
                members.join(joining, null);
                consents.give(joining);
            }
            System.out.printf("%s withdrew, %s joined and consented%n", leaving, sellers.subList(sellers.size() - 3, sellers.size()));
            Release second = timed("preview 2 (against edition 1)", () -> publisher.preview(coop, period, "bench"));
            describe(second);
            timed("publish 2", () -> publisher.publish(coop, second.id()));
            for (int i = 0; i < drafts; i++) {
                int earlier = new Releases(dir, coopId).all().size();
                describe(timed("preview " + (3 + i) + " (against " + earlier + " earlier releases)",
                        () -> publisher.preview(coop, period, "bench")));
            }
        }
    }

    private static Release timed(String what, java.util.function.Supplier<Release> step) {
        long t0 = System.nanoTime();
        Release r = step.get();
        System.out.printf("%s: %d ms%n", what, (System.nanoTime() - t0) / 1_000_000);
        return r;
    }

    private static void describe(Release r) {
        long published = Stream.concat(Stream.of(r.report().total()), Stream.of(r.report().kinds(), r.report().channels(),
                        r.report().quarterTotals(), r.report().channelQuarters()).flatMap(List::stream))
                .filter(c -> c.status() == MarketCell.Status.PUBLISHED).count();
        System.out.printf("  release %s: %d contributing, total %s EUR, %d cells published, %d withheld against earlier releases%n",
                r.id(), r.contributing(), r.report().total().status() == MarketCell.Status.PUBLISHED
                        ? r.report().total().figures().revenue() : "x", published, r.withheldForDifferencing());
    }

    /** The lake's sellers, in a fixed order (their folders). */
    private static List<String> sellers(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("lake").resolve("sales"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().forEach(out::add);
        }
        return out;
    }
}
