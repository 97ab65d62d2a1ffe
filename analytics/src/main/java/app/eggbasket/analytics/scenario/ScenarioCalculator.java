package app.eggbasket.analytics.scenario;

import app.eggbasket.analytics.concentration.ChannelRevenue;
import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.report.ChannelFigures;
import app.eggbasket.analytics.report.MonthlyReport;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Computes scenarios from a seller's report and monthly series only (never from SQL of its own), so
 * they work the same on every engine. Exact arithmetic (34 digits) until the figures are rounded for
 * presentation: money to 2 decimals, shares and rates to 4 (half-even).
 */
public final class ScenarioCalculator {

    /** The months after the announcement the closure and cash-hold tables cover. */
    public static final int HORIZON_MONTHS = 12;
    /** Average days in a month (365.25 / 12), to spread a month's sales over its days. */
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");
    /** The new channel that receives substituted sales when the seller controls none. */
    public static final String DIRECT = "direct";

    private static final MathContext MC = MathContext.DECIMAL128;

    private final ConcentrationCalculator concentration;

    public ScenarioCalculator(ConcentrationCalculator concentration) {
        this.concentration = concentration;
    }

    /**
     * @param noticeDays   days between announcement and closure, 0 or more
     * @param substitution share of the channel's sales won back elsewhere, 0–1
     * @param template     the template these come from, or null
     */
    public ClosureScenario closure(SellerReport report, MonthlyReport monthly, String channelName, int noticeDays,
                                   BigDecimal substitution, ClosureTemplate template) {
        if (noticeDays < 0 || noticeDays > 3650) {
            throw new ScenarioException("The notice period must be 0 to 3650 days, not " + noticeDays + ".");
        }
        requireFraction("substitution rate", substitution);
        ChannelFigures closed = channel(report, channelName);
        int months = months(report, monthly);
        ChannelBasis basis = basis(closed, report, months);
        BigDecimal kept = BigDecimal.ONE.subtract(substitution);
        BigDecimal revenuePerMonth = closed.revenue().max(BigDecimal.ZERO).divide(BigDecimal.valueOf(months), MC).multiply(kept, MC);
        BigDecimal netPerMonth = net(closed).divide(BigDecimal.valueOf(months), MC).multiply(kept, MC);
        BigDecimal keptPerMonth = closed.kept().divide(BigDecimal.valueOf(months), MC).multiply(kept, MC);
        BigDecimal exactShare = ConcentrationCalculator.share(closed.revenue(), ConcentrationCalculator.positiveTotal(revenues(report)));

        LocalDate announced = report.to();
        LocalDate closes = announced.plusDays(noticeDays);
        List<ClosureScenario.MonthLoss> losses = new ArrayList<>();
        BigDecimal revenue12 = BigDecimal.ZERO;
        BigDecimal net12 = BigDecimal.ZERO;
        BigDecimal kept12 = BigDecimal.ZERO;
        for (int k = 1; k <= HORIZON_MONTHS; k++) {
            LocalDate start = announced.plusMonths(k - 1);
            LocalDate end = announced.plusMonths(k);
            int days = (int) ChronoUnit.DAYS.between(start, end);
            int daysClosed = (int) Math.max(0, ChronoUnit.DAYS.between(closes.isAfter(start) ? closes : start, end));
            BigDecimal fraction = BigDecimal.valueOf(daysClosed).divide(BigDecimal.valueOf(days), MC);
            BigDecimal revenueLost = revenuePerMonth.multiply(fraction, MC);
            BigDecimal netLost = netPerMonth.multiply(fraction, MC);
            BigDecimal keptLost = keptPerMonth.multiply(fraction, MC);
            losses.add(new ClosureScenario.MonthLoss(k, start, end, days, daysClosed, money(revenueLost), money(netLost),
                    money(keptLost)));
            revenue12 = revenue12.add(revenueLost, MC);
            net12 = net12.add(netLost, MC);
            kept12 = kept12.add(keptLost, MC);
        }

        After after = after(report, closed, substitution);
        return new ClosureScenario("closure", report.seller(), report.from(), report.to(), report.currency(), months, basis,
                template == null ? null : template.id(), template == null ? null : template.reviewsLost(), noticeDays,
                substitution, announced, closes, money(revenuePerMonth), money(netPerMonth),
                share(exactShare.multiply(kept, MC)), money(revenue12), money(net12), List.copyOf(losses), report.concentration(),
                after.concentration, money(after.revenue), after.channels, after.substitutedTo,
                ClosureScenario.SUBSTITUTION_RULE, money(keptPerMonth), money(kept12), report.contributionRate());
    }

    /** The closure of a template: its notice period, the seller's substitution rate. */
    public ClosureScenario template(SellerReport report, MonthlyReport monthly, String channelName, ClosureTemplate template,
                                    BigDecimal substitution) {
        return closure(report, monthly, channelName, template.noticeDays(), substitution, template);
    }

    /** @param oldRate, newRate commission rates as fractions 0–1 (0.05, 0.065) */
    public FeeHikeScenario feeHike(SellerReport report, MonthlyReport monthly, String channelName, BigDecimal oldRate,
                                   BigDecimal newRate) {
        requireFraction("old fee rate", oldRate);
        requireFraction("new fee rate", newRate);
        ChannelFigures c = channel(report, channelName);
        int months = months(report, monthly);
        BigDecimal delta = newRate.subtract(oldRate);
        BigDecimal revenue = c.revenue().max(BigDecimal.ZERO);
        BigDecimal perMonth = revenue.divide(BigDecimal.valueOf(months), MC).multiply(delta, MC);
        BigDecimal inPeriod = revenue.multiply(delta, MC);
        BigDecimal shareOfNet = report.net().signum() > 0 ? share(inPeriod.divide(report.net(), MC)) : share(BigDecimal.ZERO);
        return new FeeHikeScenario("fee-hike", report.seller(), report.from(), report.to(), report.currency(), months,
                basis(c, report, months), oldRate, newRate, money(perMonth),
                money(perMonth.multiply(BigDecimal.valueOf(HORIZON_MONTHS), MC)), money(inPeriod),
                money(net(c).subtract(inPeriod)), money(report.net().subtract(inPeriod)), shareOfNet,
                report.concentration().risk());
    }

    /**
     * @param holdRate share of each sale held back, 0–1 (exclusive of 0)
     * @param holdDays days each held amount stays held, 1–730
     */
    public CashHoldScenario cashHold(SellerReport report, MonthlyReport monthly, String channelName, BigDecimal holdRate,
                                     int holdDays) {
        requireFraction("held share", holdRate);
        if (holdRate.signum() == 0) {
            throw new ScenarioException("The held share must be more than 0.");
        }
        if (holdDays < 1 || holdDays > 730) {
            throw new ScenarioException("The hold must last 1 to 730 days, not " + holdDays + ".");
        }
        ChannelFigures c = channel(report, channelName);
        int months = months(report, monthly);
        BigDecimal revenuePerMonth = c.revenue().max(BigDecimal.ZERO).divide(BigDecimal.valueOf(months), MC);
        BigDecimal heldPerDay = revenuePerMonth.divide(DAYS_PER_MONTH, MC).multiply(holdRate, MC);
        BigDecimal balance = heldPerDay.multiply(BigDecimal.valueOf(holdDays), MC);
        LocalDate starts = report.to();
        List<CashHoldScenario.MonthHold> table = new ArrayList<>();
        BigDecimal previous = money(BigDecimal.ZERO);
        for (int k = 1; k <= HORIZON_MONTHS; k++) {
            LocalDate start = starts.plusMonths(k - 1);
            LocalDate end = starts.plusMonths(k);
            long daysSinceStart = ChronoUnit.DAYS.between(starts, end);
            BigDecimal atEnd = money(heldPerDay.multiply(BigDecimal.valueOf(Math.min(daysSinceStart, holdDays)), MC));
            table.add(new CashHoldScenario.MonthHold(k, start, end, atEnd.subtract(previous), atEnd));
            previous = atEnd;
        }
        BigDecimal totalPerMonth = report.revenue().max(BigDecimal.ZERO).divide(BigDecimal.valueOf(months), MC);
        BigDecimal shareOfMonth = totalPerMonth.signum() > 0 ? share(balance.divide(totalPerMonth, MC)) : share(BigDecimal.ZERO);
        return new CashHoldScenario("cash-hold", report.seller(), report.from(), report.to(), report.currency(), months,
                basis(c, report, months), holdRate, holdDays, starts, money(revenuePerMonth.multiply(holdRate, MC)),
                money(balance), shareOfMonth, List.copyOf(table));
    }

    private record After(BigDecimal revenue, Concentration concentration, List<ClosureScenario.ChannelAfter> channels,
                         List<String> substitutedTo) {
    }

    /** The period's channels without {@code closed}, r × its revenue moved by the substitution rule. */
    private After after(SellerReport report, ChannelFigures closed, BigDecimal substitution) {
        BigDecimal moved = closed.revenue().max(BigDecimal.ZERO).multiply(substitution, MC);
        List<ChannelFigures> others = report.channels().stream().filter(c -> c != closed).toList();
        List<ChannelFigures> targets = others.stream().filter(c -> !c.kind().isPlatform() && c.revenue().signum() > 0).toList();
        BigDecimal targetTotal = targets.stream().map(ChannelFigures::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ChannelRevenue> revenues = new ArrayList<>();
        List<String> substitutedTo = new ArrayList<>();
        for (ChannelFigures c : others) {
            BigDecimal revenue = c.revenue();
            if (moved.signum() > 0 && targets.contains(c)) {
                revenue = revenue.add(moved.multiply(c.revenue(), MC).divide(targetTotal, MC), MC);
                substitutedTo.add(c.channel());
            }
            revenues.add(new ChannelRevenue(c.channel(), c.kind(), revenue));
        }
        if (moved.signum() > 0 && targets.isEmpty()) {
            String name = others.stream().anyMatch(c -> c.channel().equals(DIRECT)) ? DIRECT + "-substitution" : DIRECT;
            revenues.add(new ChannelRevenue(name, ChannelKind.DIRECT, moved));
            substitutedTo.add(name);
        }
        BigDecimal positive = ConcentrationCalculator.positiveTotal(revenues);
        List<ClosureScenario.ChannelAfter> channels = revenues.stream()
                .map(r -> new ClosureScenario.ChannelAfter(r.channel(), r.kind(), money(r.revenue()),
                        share(ConcentrationCalculator.share(r.revenue(), positive))))
                .toList();
        BigDecimal revenue = revenues.stream().map(ChannelRevenue::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new After(revenue, concentration.of(revenues), channels, List.copyOf(substitutedTo));
    }

    /** The report's channel of that name (exact, else ignoring case). */
    static ChannelFigures channel(SellerReport report, String name) {
        if (report.channels().isEmpty()) {
            throw new ScenarioException("No sales for " + report.seller() + " in this period: nothing to compute.");
        }
        String wanted = name == null ? "" : name.trim();
        return report.channels().stream().filter(c -> c.channel().equals(wanted)).findFirst()
                .or(() -> report.channels().stream().filter(c -> c.channel().equalsIgnoreCase(wanted)).findFirst())
                .orElseThrow(() -> new ScenarioException("Unknown channel '" + wanted + "': the channels of this period are "
                        + report.channels().stream().map(ChannelFigures::channel).collect(Collectors.joining(", ")) + "."));
    }

    /** Calendar months in the period: the length of the monthly series (every month, sales or not). */
    static int months(SellerReport report, MonthlyReport monthly) {
        if (monthly != null && !monthly.months().isEmpty()) {
            return monthly.months().size();
        }
        return (int) ChronoUnit.MONTHS.between(java.time.YearMonth.from(report.from()),
                java.time.YearMonth.from(report.to().minusDays(1))) + 1;
    }

    private static ChannelBasis basis(ChannelFigures c, SellerReport report, int months) {
        BigDecimal count = BigDecimal.valueOf(months);
        BigDecimal exactShare = ConcentrationCalculator.share(c.revenue(), ConcentrationCalculator.positiveTotal(revenues(report)));
        return new ChannelBasis(c.channel(), c.kind(), c.kind().isPlatform(), c.revenue(), share(exactShare), net(c),
                c.feesStated(), c.feesEstimated(), money(c.revenue().divide(count, MC)), money(net(c).divide(count, MC)));
    }

    /** The report's net of a channel (revenue − fees, DESIGN §4); what she keeps after contributions is {@code kept}. */
    static BigDecimal net(ChannelFigures c) {
        return c.net();
    }

    private static List<ChannelRevenue> revenues(SellerReport report) {
        return report.channels().stream().map(c -> new ChannelRevenue(c.channel(), c.kind(), c.revenue())).toList();
    }

    private static void requireFraction(String what, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new ScenarioException("The " + what + " must be a fraction from 0 to 1 (0.2 = 20%), not "
                    + (value == null ? "nothing" : value.toPlainString()) + ".");
        }
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal share(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_EVEN);
    }
}
