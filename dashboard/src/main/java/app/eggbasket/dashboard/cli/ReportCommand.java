package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.currency.UnknownCurrencyException;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.fees.FeeSchedules;
import app.eggbasket.analytics.profile.SellerProfiles;
import app.eggbasket.analytics.report.ChannelFigures;
import app.eggbasket.analytics.report.FeeSource;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.analytics.scenario.Scenarios;
import app.eggbasket.dashboard.printable.NoSalesException;
import app.eggbasket.dashboard.printable.PrintableReport;
import app.eggbasket.dashboard.printable.PrintableReports;
import app.eggbasket.dashboard.printable.ReportPdf;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code eggbasket report}: the seller report as text, as the contract JSON with {@code --json}, or as the
 * printable PDF (DESIGN §10) with {@code --pdf FILE [--lang fr|en]}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Revenue per channel and how concentrated it is, for one seller.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--seller", required = true, description = "Seller id")
    String seller;

    @Option(names = "--from", description = "First day, ISO (2025-01-01); default: first sale")
    LocalDate from;

    @Option(names = "--to", description = "Day after the last, ISO, exclusive; default: after the last sale")
    LocalDate to;

    @Option(names = "--currency", description = "Report in this currency (ISO code, e.g. EUR); default: the "
            + "sales' own currency, or EUR when the period holds several. Conversion uses the ECB rate of each order's date.")
    String currency;

    @Option(names = "--json", description = "Print the JSON report (DESIGN §6)")
    boolean json;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write the printable report (PDF, one or two A4 pages) to FILE")
    Path pdf;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            description = "Language of the PDF: fr (default) or en")
    String lang;

    @Override
    public Integer call() throws Exception {
        SellerIds.require(seller);
        Locale locale = locale();
        if (locale == null) {
            System.err.println("eggbasket: --lang takes fr or en, not '" + lang + "'.");
            return 2;
        }
        if (pdf != null && json) {
            System.err.println("eggbasket: choose --json or --pdf, not both.");
            return 2;
        }
        try (DuckDbEngine engine = new DuckDbEngine(new Lake(data.data))) {
            Lake lake = new Lake(data.data);
            SellerAnalytics analytics = new SellerAnalytics(engine, new ConcentrationCalculator(RiskThresholds.DEFAULT),
                    FeeSchedules.load(lake), new SellerProfiles(lake)::get);
            String code = currency == null ? null : currency.trim().toUpperCase(Locale.ROOT);
            if (pdf != null) {
                return writePdf(analytics, code, locale);
            }
            SellerReport report = analytics.report(seller, from, to, code);
            if (json) {
                System.out.println(ReportJson.mapper().writeValueAsString(report));
            } else {
                print(report, System.out);
            }
            return 0;
        } catch (UnknownCurrencyException e) {
            System.err.println("eggbasket: " + e.getMessage());
            return 1;
        }
    }

    /** The PDF of the same report, written whole or not at all. */
    private int writePdf(SellerAnalytics analytics, String code, Locale locale) throws IOException {
        PrintableReport report;
        try {
            report = new PrintableReports(new Scenarios(analytics, new ConcentrationCalculator(RiskThresholds.DEFAULT)),
                    Clock.systemDefaultZone()).gather(seller, from, to, code);
        } catch (NoSalesException e) {
            System.err.println("eggbasket: " + e.getMessage() + " Ingest exports first: eggbasket ingest --seller "
                    + seller + " FILE…");
            return 2;
        }
        byte[] bytes = ReportPdf.withBundledMessages().render(report, locale);
        AtomicFile.write(pdf, bytes);
        System.out.printf("Printable report of %s, %s to %s (exclusive), written to %s (%,d bytes)%n", seller,
                report.report().from(), report.report().to(), pdf, bytes.length);
        return 0;
    }

    /** fr → French (France), en → English (United Kingdom), as the dashboard's language switch; null otherwise. */
    private Locale locale() {
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "fr" -> Locale.FRANCE;
            case "en" -> Locale.UK;
            default -> null;
        };
    }

    /** Lines without an exchange rate, left out of every figure below. */
    private static void printLeftOut(SellerReport r, PrintStream out) {
        if (r.leftOut() == null) {
            return;
        }
        out.printf("Left out: %d line(s) without an ECB rate to %s for their date (rates known %s to %s):%n",
                r.leftOut().lines(), r.currency(), r.leftOut().ratesFrom(), r.leftOut().ratesUntil());
        r.leftOut().currencies().forEach(u -> out.printf("  %d line(s) in %s dated %s to %s, %s %s in all%n",
                u.lines(), u.currency(), u.firstDate(), u.lastDate(), u.amount(), u.currency()));
        if (r.leftOut().periodWithout() != null) {
            out.printf("  --from %s --to %s holds none of them.%n", r.leftOut().periodWithout().from(),
                    r.leftOut().periodWithout().to());
        }
        out.println();
    }

    private static void print(SellerReport r, PrintStream out) {
        printLeftOut(r, out);
        if (r.channels().isEmpty()) {
            out.println("No sales for " + r.seller() + " in this period. Ingest exports first: eggbasket ingest --seller "
                    + r.seller() + " FILE…");
            return;
        }
        out.printf("Seller %s, %s to %s (exclusive), amounts in %s%n", r.seller(), r.from(), r.to(), r.currency());
        out.printf("Revenue %s, fees %s%s, net %s, %d orders%n", r.revenue(), r.fees(),
                r.feesEstimated() ? " (partly estimated)" : "", r.net(), r.orders());
        out.printf("Social contributions %s%% of revenue: %s; you keep %s%n",
                r.contributionRate().movePointRight(2).stripTrailingZeros().toPlainString(), r.contributions(), r.kept());
        if (r.conversion() != null) {
            out.printf("Amounts in %s converted to %s at the %s; rates known until %s.%n",
                    String.join(", ", r.conversion().from()), r.conversion().to(), r.conversion().source(),
                    r.conversion().ratesUntil());
        }
        out.println();
        out.printf("%-20s %-12s %12s %7s %7s %11s %12s %13s %12s %7s%n", "channel", "kind", "revenue", "share", "orders",
                "fees", "net", "contributions", "kept", "kept %");
        for (ChannelFigures c : r.channels()) {
            out.printf("%-20s %-12s %12s %6s%% %7d %11s %12s %13s %12s %7s%n", c.channel(), c.kind(), c.revenue(),
                    percent(c.share()), c.orders(), fees(c), c.net(), c.contributions(), c.kept(), keptShare(c));
        }
        out.printf("%-20s %-12s %12s %7s %7d %11s %12s %13s %12s %7s%n", "total", "", r.revenue(), "", r.orders(),
                (r.feesEstimated() ? "~" : "") + r.fees(), r.net(), r.contributions(), r.kept(),
                r.revenue().signum() > 0 ? percent(r.kept().divide(r.revenue(), java.math.MathContext.DECIMAL64)) + "%" : "-");
        if (r.feesEstimated()) {
            out.println("~ fees estimated from the platform's dated fee schedule where the export states none "
                    + "(see: eggbasket fees); upload its statement or transaction report for the fees actually taken.");
        }
        if (r.channels().stream().anyMatch(c -> c.feeSource() == FeeSource.NO_SCHEDULE)) {
            out.println("* no fee schedule: only the fees the exports state count for this channel.");
        }
        Concentration k = r.concentration();
        out.println();
        if (k.topPlatform() == null) {
            out.printf("Risk %s: none of the revenue depends on a platform; every channel is one you control.%n", k.risk());
        } else {
            out.printf("Risk %s: %s%% of revenue depends on %s, a platform that can close or change its terms.%n",
                    k.risk(), percent(k.topPlatformShare()), k.topPlatform());
        }
        out.printf("Platforms %s%%, channels you control %s%%; effective number of channels %s (entropy: %s)%n",
                percent(k.platformShare()), percent(k.controlledShare()), k.effectiveChannels(), k.entropyEffective());
        out.printf("HHI %s (antitrust reference only: the US merger bands assume many firms; five equal channels give 2,000)%n",
                k.hhi());
    }

    private static String fees(ChannelFigures c) {
        return switch (c.feeSource()) {
            case ESTIMATED, STATED_AND_ESTIMATED -> "~" + c.fees();
            case NO_SCHEDULE -> c.fees() + "*";
            case STATED -> c.fees().toPlainString();
        };
    }

    private static String keptShare(ChannelFigures c) {
        return c.revenue().signum() > 0 ? percent(c.kept().divide(c.revenue(), java.math.MathContext.DECIMAL64)) + "%" : "-";
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
