package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.currency.UnknownCurrencyException;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.scenario.CashHoldScenario;
import app.eggbasket.analytics.scenario.ChannelBasis;
import app.eggbasket.analytics.scenario.ClosureScenario;
import app.eggbasket.analytics.scenario.ClosureTemplate;
import app.eggbasket.analytics.scenario.FeeHikeScenario;
import app.eggbasket.analytics.scenario.ScenarioException;
import app.eggbasket.analytics.scenario.Scenarios;
import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.dashboard.seller.ScenarioRequests;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code eggbasket scenario}: what a closure, a fee hike or a cash hold would cost a seller (DESIGN §4),
 * in words, or as the JSON of {@code GET /api/sellers/{id}/scenarios/…} with {@code --json}.
 *
 * <p>{@code --from}/{@code --to} are the period's dates everywhere; with {@code --fee-hike} a number
 * given to them ({@code --from 0.05 --to 0.065}) is the fee rate before and after, so both can be given:
 * {@code --fee-hike etsy --from 0.05 --to 0.065 --from 2025-01-01 --to 2026-01-01}.
 */
@Command(name = "scenario", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"What closing a channel, a fee hike or a cash hold would cost a seller.",
                "  --close CHANNEL [--notice-days N] [--substitution R]",
                "  --template alm-2017|dawanda-2018|suspension --channel CHANNEL [--substitution R]",
                "  --fee-hike CHANNEL [--from 0.05 --to 0.065]   (default: Etsy's 5% → 6.5% of 2022)",
                "  --cash-hold CHANNEL --percent P --days N"})
final class ScenarioCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--seller", required = true, description = "Seller id")
    String seller;

    @Option(names = "--close", paramLabel = "CHANNEL", description = "Closure of this channel")
    String close;

    @Option(names = "--notice-days", paramLabel = "N", description = "Days between announcement and closure (default 0)")
    String noticeDays;

    @Option(names = "--substitution", paramLabel = "R",
            description = "Share of the channel's sales won back elsewhere, 0-1 or a percentage (default 0)")
    String substitution;

    @Option(names = "--template", paramLabel = "ID", description = "A closure that happened: alm-2017 (59 days' notice, "
            + "reviews lost), dawanda-2018 (61 days' notice), suspension (no notice)")
    String template;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "The channel of --template")
    String channel;

    @Option(names = "--fee-hike", paramLabel = "CHANNEL", description = "A commission rise on this channel")
    String feeHike;

    @Option(names = "--cash-hold", paramLabel = "CHANNEL", description = "A payment reserve on this channel")
    String cashHold;

    @Option(names = "--percent", paramLabel = "P", description = "Percentage of each sale held back (--cash-hold)")
    String percent;

    @Option(names = "--days", paramLabel = "N", description = "Days each held amount stays held (--cash-hold)")
    String days;

    @Option(names = "--from", paramLabel = "DATE|RATE", description = "First day, ISO (2025-01-01); with --fee-hike "
            + "a number is the old fee rate (0.05 or 5%)")
    List<String> from = new ArrayList<>();

    @Option(names = "--to", paramLabel = "DATE|RATE", description = "Day after the last, ISO, exclusive; with "
            + "--fee-hike a number is the new fee rate (0.065 or 6.5%)")
    List<String> to = new ArrayList<>();

    @Option(names = "--currency", description = "Report in this currency (ISO code); default as for report")
    String currency;

    @Option(names = "--json", description = "Print the JSON (as the API answers)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SellerIds.require(seller);
        Object result;
        try (DuckDbEngine engine = new DuckDbEngine(new Lake(data.data))) {
            Scenarios scenarios = new Scenarios(new SellerAnalytics(engine, new ConcentrationCalculator(RiskThresholds.DEFAULT)),
                    new ConcentrationCalculator(RiskThresholds.DEFAULT));
            result = compute(scenarios);
        } catch (InvalidRequestException | ScenarioException e) {
            System.err.println("eggbasket: " + e.getMessage());
            return 2;
        } catch (UnknownCurrencyException e) {
            System.err.println("eggbasket: " + e.getMessage());
            return 1;
        }
        if (json) {
            System.out.println(ReportJson.mapper().writeValueAsString(result));
        } else if (result instanceof ClosureScenario c) {
            print(c, System.out);
        } else if (result instanceof FeeHikeScenario f) {
            print(f, System.out);
        } else {
            print((CashHoldScenario) result, System.out);
        }
        return 0;
    }

    private Object compute(Scenarios scenarios) {
        int chosen = (close != null ? 1 : 0) + (template != null ? 1 : 0) + (feeHike != null ? 1 : 0) + (cashHold != null ? 1 : 0);
        if (chosen != 1) {
            throw new InvalidRequestException("error.scenario.choice",
                    "Choose one scenario: --close CHANNEL, --template ID --channel CHANNEL, --fee-hike CHANNEL or --cash-hold CHANNEL.");
        }
        Dated start = split(from, "--from");
        Dated end = split(to, "--to");
        if (feeHike == null && (start.rate != null || end.rate != null)) {
            throw new InvalidRequestException("error.date", "--from and --to take ISO dates (2025-01-31); rates only with --fee-hike.");
        }
        if (start.date != null && end.date != null && !start.date.isBefore(end.date)) {
            throw new InvalidRequestException("error.period", "The period must end after it starts (--to is exclusive).");
        }
        String code = currency == null || currency.isBlank() ? null : currency.trim().toUpperCase(Locale.ROOT);
        Scenarios.Basis basis = scenarios.basis(seller, start.date, end.date, code);
        BigDecimal r = ScenarioRequests.fraction(substitution, "substitution rate", BigDecimal.ZERO);
        if (close != null) {
            return scenarios.closure(basis, close, ScenarioRequests.days(noticeDays, "notice period", 0, 3650, 0), r);
        }
        if (template != null) {
            ClosureTemplate t = ClosureTemplate.byId(template);
            return scenarios.template(basis, ScenarioRequests.channel(channel), t, r);
        }
        if (feeHike != null) {
            return scenarios.feeHike(basis, feeHike,
                    ScenarioRequests.fraction(start.rate, "old fee rate", Scenarios.ETSY_2022_OLD_RATE),
                    ScenarioRequests.fraction(end.rate, "new fee rate", Scenarios.ETSY_2022_NEW_RATE));
        }
        BigDecimal held = ScenarioRequests.percent(percent, "held percentage", null);
        if (held == null || held.signum() == 0) {
            throw new InvalidRequestException("error.scenario.percent", "Give the percentage held back: --percent 25.");
        }
        return scenarios.cashHold(basis, cashHold, held, ScenarioRequests.days(days, "hold (--days)", 1, 730, null));
    }

    private record Dated(LocalDate date, String rate) {
    }

    /** The values of --from or --to: at most one date and one rate. */
    private static Dated split(List<String> values, String option) {
        LocalDate date = null;
        String rate = null;
        for (String v : values) {
            if (v.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
                if (date != null) {
                    throw new InvalidRequestException("error.date", option + " takes one date.");
                }
                try {
                    date = LocalDate.parse(v.trim());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new InvalidRequestException("error.date", "Invalid date " + v + ": use the ISO form 2025-01-31.");
                }
            } else {
                if (rate != null) {
                    throw new InvalidRequestException("error.date", option + " takes one rate.");
                }
                rate = v;
            }
        }
        return new Dated(date, rate);
    }

    // -- plain words

    private static void header(String seller, LocalDate from, LocalDate to, int months, String currency, PrintStream out) {
        out.printf("Seller %s, %s to %s (exclusive, %d calendar month%s), amounts in %s%n", seller, from, to, months,
                months == 1 ? "" : "s", currency);
    }

    private static void channel(ChannelBasis c, String currency, PrintStream out) {
        out.printf("%s (%s) brought %s %s in the period, %s%% of revenue: %s a month; net of fees %s (%s).%n", c.name(),
                c.kind(), c.revenue(), currency, percent(c.share()), c.revenuePerMonth(), c.net(),
                c.feesStated() ? "fees stated by its exports" : "no fees stated: net = revenue");
    }

    static void print(ClosureScenario s, PrintStream out) {
        header(s.seller(), s.from(), s.to(), s.monthsInPeriod(), s.currency(), out);
        String what = s.template() == null ? "Closure of " + s.channel().name()
                : ClosureTemplate.byId(s.template()).title() + " scenario for " + s.channel().name();
        out.printf("%s: %s, %s%% of its sales won back elsewhere%s.%n", what,
                s.noticeDays() == 0 ? "no notice" : s.noticeDays() + " days' notice", percent(s.substitution()),
                s.reviewsLost() == null ? "" : s.reviewsLost() ? ", reviews lost" : ", reviews kept");
        channel(s.channel(), s.currency(), out);
        out.printf("Announced on %s, closed from %s: you would lose %s of revenue and %s of net income a month, "
                        + "%s%% of your revenue.%n", s.announced(), s.closes(), s.revenueLostPerMonth(), s.netLostPerMonth(),
                percent(s.shareLost()));
        out.printf("Over the 12 months after the announcement: %s of revenue and %s of net income lost.%n",
                s.revenueLost12Months(), s.netLost12Months());
        out.printf("After fees and social contributions (%s%% of revenue): %s less kept a month, %s over those 12 months.%n",
                percent(s.contributionRate()), s.keptLostPerMonth(), s.keptLost12Months());
        out.println();
        out.printf("%5s %-10s %-10s %12s %13s %12s %12s%n", "month", "from", "to", "days closed", "revenue lost", "net lost",
                "kept lost");
        for (ClosureScenario.MonthLoss m : s.months()) {
            out.printf("%5d %-10s %-10s %7d/%-4d %13s %12s %12s%n", m.month(), m.from(), m.to().minusDays(1), m.daysClosed(),
                    m.days(), m.revenueLost(), m.netLost(), m.keptLost());
        }
        out.println();
        Concentration b = s.before();
        Concentration a = s.after();
        if (s.revenueAfter().signum() <= 0) {
            out.printf("Afterwards no revenue would be left: every sale of the period went through %s.%n", s.channel().name());
            return;
        }
        out.printf("Afterwards: risk %s → %s; largest platform %s → %s; platforms %s%% → %s%%; HHI %s → %s.%n",
                b.risk(), a.risk(), platform(b), platform(a), percent(b.platformShare()), percent(a.platformShare()),
                b.hhi(), a.hhi());
        if (!s.substitutedTo().isEmpty()) {
            out.printf("The part won back goes to %s (%s).%n", String.join(", ", s.substitutedTo()),
                    s.substitutedTo().size() > 1 ? "pro rata to their revenue" : "a channel you control");
        }
        for (ClosureScenario.ChannelAfter c : s.channelsAfter()) {
            out.printf("  %-20s %-12s %12s %6s%%%n", c.channel(), c.kind(), c.revenue(), percent(c.share()));
        }
    }

    static void print(FeeHikeScenario s, PrintStream out) {
        header(s.seller(), s.from(), s.to(), s.monthsInPeriod(), s.currency(), out);
        out.printf("Fee hike on %s from %s%% to %s%% of its revenue.%n", s.channel().name(), percent(s.oldRate()),
                percent(s.newRate()));
        channel(s.channel(), s.currency(), out);
        out.printf("You would keep %s less a month, %s over 12 months (%s over this period, %s%% of your net income).%n",
                s.netLostPerMonth(), s.netLost12Months(), s.netLostInPeriod(), percent(s.shareOfNetLost()));
        out.printf("Net of %s over the period: %s; your total net: %s. Revenue and shares do not change: risk stays %s.%n",
                s.channel().name(), s.channelNetAfter(), s.netAfter(), s.risk());
        out.println("Social contributions are due on revenue, so all of the increase comes out of what you keep.");
    }

    static void print(CashHoldScenario s, PrintStream out) {
        header(s.seller(), s.from(), s.to(), s.monthsInPeriod(), s.currency(), out);
        out.printf("Cash hold on %s: %s%% of each sale held for %d days, from %s.%n", s.channel().name(),
                percent(s.holdRate()), s.holdDays(), s.starts());
        channel(s.channel(), s.currency(), out);
        out.printf("Each month %s of its sales is held back; once releases catch up, %s stays held for good "
                + "(%s%% of a month's revenue). Nothing is lost, it arrives later.%n", s.heldPerMonth(), s.balanceHeld(),
                percent(s.shareOfMonthlyRevenue()));
        out.println();
        out.printf("%5s %-10s %-10s %13s %14s%n", "month", "from", "to", "cash missing", "held at end");
        for (CashHoldScenario.MonthHold m : s.months()) {
            out.printf("%5d %-10s %-10s %13s %14s%n", m.month(), m.from(), m.to().minusDays(1), m.cashMissing(), m.balanceAtEnd());
        }
    }

    private static String platform(Concentration c) {
        return c.topPlatform() == null ? "none" : c.topPlatform() + " " + percent(c.topPlatformShare()) + "%";
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
