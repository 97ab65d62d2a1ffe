package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.analytics.market.MarketAnalytics;
import app.eggbasket.analytics.market.MarketCell;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.analytics.market.MarketReportJson;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.edition.EditionPeriod;
import app.eggbasket.analytics.edition.EditionPublisher;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.edition.ReleaseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code eggbasket market-report}: the cooperative market report, published cells only (DESIGN §5). With
 * {@code --coop ID --period P} it is a draft of the cooperative's next edition, checked against its earlier releases
 * and stored as the manager's preview is; {@code --publish} then publishes it as the next edition.
 */
@Command(name = "market-report", mixinStandardHelpOptions = true,
        description = "The cooperative market report over consenting members, with disclosure control. "
                + "With --coop and --period: a draft of the cooperative's next edition, or with --publish that edition.")
final class MarketReportCommand implements Callable<Integer> {

    /**
     * The engines: DuckDB here; Spark in a JVM of its own, started by the {@code ./eggbasket} launcher
     * (app.eggbasket.spark.MarketReportJob) — this JVM never loads Spark (DESIGN §9).
     */
    enum Engine { duckdb, spark }

    @Mixin
    DataOption data;

    @Option(names = "--engine", defaultValue = "duckdb", description = "Engine: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    Engine engine;

    @Option(names = "--from", description = "First day, ISO; default: the first quarter with a sale")
    LocalDate from;

    @Option(names = "--to", description = "Day after the last, ISO, exclusive; default: after the last quarter with a sale")
    LocalDate to;

    @Option(names = "--min-sellers", defaultValue = "3", description = "Frequency rule: distinct sellers per published cell. Default: ${DEFAULT-VALUE}")
    int minSellers;

    @Option(names = "--dominance", defaultValue = "0.85",
            description = "Dominance rule: a cell where one seller makes more than this fraction is suppressed. Default: ${DEFAULT-VALUE}")
    BigDecimal dominance;

    @Option(names = "--quantile-min-sellers", defaultValue = "10",
            description = "Median shares and quartiles only for cells of at least this many sellers. Default: ${DEFAULT-VALUE}")
    int quantileMinSellers;

    @Option(names = "--protection-level", defaultValue = "0.10",
            description = "A withheld cell must keep a feasible interval of at least this fraction of its value on both sides. Default: ${DEFAULT-VALUE}")
    BigDecimal protectionLevel;

    @Option(names = "--coop", description = "A cooperative's edition: its members who consent, its own frequency and dominance rules")
    String coop;

    @Option(names = "--period", description = "With --coop: the edition's period, 2026-Q3, 2026-H1 or 2026")
    String period;

    @Option(names = "--publish", description = "With --coop: publish the draft as the cooperative's next edition")
    boolean publish;

    @Option(names = "--json", description = "Print the JSON report (the same as GET /api/market/report; with --coop, "
            + "as GET /api/coops/{coop}/previews/{id})")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DisclosureRules rules;
        try {
            rules = new DisclosureRules(minSellers, dominance, true, quantileMinSellers, protectionLevel);
        } catch (IllegalArgumentException e) {
            System.err.println("eggbasket: " + e.getMessage());
            return 2;
        }
        if (coop != null || period != null || publish) {
            return edition(rules);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("--to must be after --from (it is exclusive)");
        }
        if (engine == Engine.spark) {
            System.err.println("eggbasket: the Spark engine runs in its own JVM: use ./eggbasket market-report --engine spark "
                    + "(or spark-submit --class app.eggbasket.spark.MarketReportJob), not java -jar eggbasket.jar");
            return 2;
        }
        Lake lake = new Lake(data.data);
        try (DuckDbEngine duckdb = new DuckDbEngine(lake)) {
            MarketReport report = new MarketAnalytics(duckdb, new ConsentStore(lake),
                    RiskThresholds.DEFAULT).report(from, to, rules);
            if (json) {
                System.out.println(MarketReportJson.text(report, ReportJson.mapper()));
            } else {
                print(report, System.out);
            }
        }
        return 0;
    }

    private int edition(DisclosureRules instanceRules) throws java.io.IOException {
        ParseResult given = spec.commandLine().getParseResult();
        if (coop == null || period == null) {
            return refuse("an edition needs both --coop ID and --period P (2026-Q3, 2026-H1 or 2026)");
        }
        for (String own : java.util.List.of("--min-sellers", "--dominance", "--from", "--to")) {
            if (given.hasMatchedOption(own)) {
                return refuse(own + " does not apply to a cooperative's edition: its period is --period, its frequency "
                        + "and dominance rules are the cooperative's own (eggbasket coop list)");
            }
        }
        if (engine == Engine.spark) {
            return refuse("the Spark engine runs in its own JVM: use ./eggbasket market-report --engine spark --coop "
                    + coop + " --period " + period + (publish ? " --publish" : ""));
        }
        EditionPeriod edition;
        try {
            edition = EditionPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        Lake lake = new Lake(data.data);
        Optional<Cooperative> cooperative = new Cooperatives(lake).find(coop);
        if (cooperative.isEmpty()) {
            return refuse("there is no cooperative '" + coop + "' (eggbasket coop list)");
        }
        try (DuckDbEngine duckdb = new DuckDbEngine(lake)) {
            EditionPublisher publisher = new EditionPublisher(lake, duckdb, "duckdb", RiskThresholds.DEFAULT,
                    instanceRules, Clock.systemUTC());
            Release release = publisher.previewAndPublish(cooperative.get(), edition, "cli", publish);
            if (json) {
                System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(ReleaseJson.draft(release)));
            } else {
                describe(release, System.out);
                print(release.report(), System.out);
            }
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return refuse(e.getMessage());
        }
    }

    private static int refuse(String why) {
        System.err.println("eggbasket: " + why);
        return 2;
    }

    private static void describe(Release r, PrintStream out) {
        if (r.published()) {
            out.printf("Edition %d of %s (%s), %s, published %s%n", r.edition(), r.cooperativeName(), r.cooperative(),
                    r.period().label(), r.publishedAt());
        } else {
            out.printf("Draft %s of the next edition of %s (%s), %s: publish it with --publish, or from /coops/%s/drafts/%s%n",
                    r.id(), r.cooperativeName(), r.cooperative(), r.period().label(), r.cooperative(), r.id());
        }
        out.printf("%d contributing member(s); data from %s to %s (exclusive); %d cell(s) withheld against earlier releases%n",
                r.contributing(), r.coveredFrom(), r.coveredTo(), r.withheldForDifferencing());
    }

    private static void print(MarketReport r, PrintStream out) {
        out.printf("Cooperative market report, %d consenting member(s), amounts in %s%n", r.consenting(), r.currency());
        if (r.total().status() == app.eggbasket.analytics.market.MarketCell.Status.SUPPRESSED && r.channels().isEmpty()) {
            out.printf("Nothing published: fewer contributing members than the %d a cell needs.%n", r.rules().minSellers());
            return;
        }
        if (r.from() == null) {
            out.println("No consenting member has sales yet: eggbasket consent --seller ID --on");
            return;
        }
        out.printf("%s to %s (exclusive); a cell is published with at least %d sellers and none above %s%% of it;%n",
                r.from(), r.to(), r.rules().minSellers(), r.rules().dominance().movePointRight(2).stripTrailingZeros().toPlainString());
        out.println("'x' marks a suppressed cell (too few sellers, one dominant, or it would give another one away).");
        if (r.excludedLines() > 0) {
            out.printf("%d line(s) left out: no ECB rate converts them to euros.%n", r.excludedLines());
        }
        out.println();
        out.printf("%-26s %-12s %8s %14s %8s %24s %s%n", "channel", "kind", "sellers", "revenue", "median",
                "topPlatformShare q1/m/q3", "risk L/M/H/C");
        line(out, "ALL", "", r.total());
        r.kinds().forEach(c -> line(out, "all " + c.key().kind().name(), c.key().kind().name(), c));
        r.channels().forEach(c -> line(out, c.key().channel(), c.key().kind().name(), c));
        out.println();
        out.println("Revenue per channel and quarter:");
        out.printf("%-26s", "channel");
        r.quarters().forEach(q -> out.printf(" %12s", q));
        out.println();
        Map<String, MarketCell> byKey = r.channelQuarters().stream().collect(Collectors.toMap(
                c -> c.key().channel() + "|" + c.key().kind() + "|" + c.key().quarter(), c -> c));
        for (MarketCell channel : r.channels()) {
            out.printf("%-26s", channel.key().channel() + " (" + channel.key().kind().name().toLowerCase(java.util.Locale.ROOT) + ")");
            for (String q : r.quarters()) {
                out.printf(" %12s", amount(byKey.get(channel.key().channel() + "|" + channel.key().kind() + "|" + q)));
            }
            out.println();
        }
        out.printf("%-26s", "all channels");
        r.quarterTotals().forEach(c -> out.printf(" %12s", amount(c)));
        out.println();
    }

    private static String amount(MarketCell c) {
        return switch (c.status()) {
            case PUBLISHED -> c.figures().revenue().toPlainString();
            case EMPTY -> "-";
            case SUPPRESSED -> "x";
        };
    }

    private static void line(PrintStream out, String label, String kind, MarketCell c) {
        if (c.status() != MarketCell.Status.PUBLISHED) {
            out.printf("%-26s %-12s %8s%n", label, kind, c.status() == MarketCell.Status.EMPTY ? "0" : "x");
            return;
        }
        MarketCell.Figures f = c.figures();
        String tps = f.topPlatformShare() == null ? "" : f.topPlatformShare().q1() + "/" + f.topPlatformShare().median()
                + "/" + f.topPlatformShare().q3();
        String risk = f.risk().get(Risk.LOW) + "/" + f.risk().get(Risk.MODERATE) + "/" + f.risk().get(Risk.HIGH) + "/"
                + f.risk().get(Risk.CRITICAL);
        out.printf("%-26s %-12s %8d %14s %8s %24s %s%n", label, kind, f.sellers(), f.revenue().toPlainString(),
                f.medianShare() == null ? "" : f.medianShare().toPlainString(), tps, risk);
    }
}
