package app.eggbasket.analytics.report;

import app.eggbasket.analytics.concentration.ChannelRevenue;
import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.currency.Conversion;
import app.eggbasket.analytics.currency.UnconvertedLines;
import app.eggbasket.analytics.currency.EcbRates;
import app.eggbasket.analytics.currency.UnknownCurrencyException;
import app.eggbasket.analytics.engine.ChannelTotals;
import app.eggbasket.analytics.engine.FeeBase;
import app.eggbasket.analytics.fees.FeeSchedules;
import app.eggbasket.analytics.profile.SellerProfile;
import app.eggbasket.analytics.engine.MonthlyChannelTotals;
import app.eggbasket.analytics.engine.Period;
import app.eggbasket.analytics.engine.ReportTotals;
import app.eggbasket.analytics.engine.SalesEngine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds seller reports (DESIGN §4) from an engine's totals. Works the same on every engine.
 */
public final class SellerAnalytics {

    /** Currency of a report when the seller has no data yet. */
    public static final String DEFAULT_CURRENCY = "EUR";

    private final SalesEngine engine;
    private final ConcentrationCalculator calculator;
    private final FeeSchedules feeSchedules;
    private final Function<String, SellerProfile> profiles;

    /** With the shipped fee schedules, and every seller at the default contribution rate (12.3%). */
    public SellerAnalytics(SalesEngine engine, ConcentrationCalculator calculator) {
        this(engine, calculator, FeeSchedules.shipped(), seller -> SellerProfile.DEFAULT);
    }

    /**
     * @param feeSchedules estimate the fees of lines whose export stated none
     * @param profiles     each seller's profile (her contribution rate)
     */
    public SellerAnalytics(SalesEngine engine, ConcentrationCalculator calculator, FeeSchedules feeSchedules,
                           Function<String, SellerProfile> profiles) {
        this.engine = engine;
        this.calculator = calculator;
        this.feeSchedules = feeSchedules;
        this.profiles = profiles;
    }

    /** The report in the period's own currency, or in euros when the period holds several. */
    public SellerReport report(String sellerId, LocalDate from, LocalDate to) {
        return report(sellerId, from, to, null);
    }

    /**
     * @param from     inclusive, or null for the seller's first sale
     * @param to       exclusive, or null for the day after her last sale
     * @param currency the currency to report in, or null: the period's own currency when it holds one,
     *                 else euros; amounts in other currencies are converted at the ECB rate of their date
     *                 at the ECB rate of their date; lines without a rate for their date are left out of
     *                 the figures and listed in {@link SellerReport#leftOut()}
     * @throws UnknownCurrencyException when {@code currency} is not one the ECB publishes
     */
    public SellerReport report(String sellerId, LocalDate from, LocalDate to, String currency) {
        ReportTotals pass = engine.reportTotals(sellerId, from, to);
        Optional<Period> period = period(pass.dataRange(), from, to);
        if (period.isEmpty()) {
            return empty(sellerId, from, to, currency);
        }
        CurrencyChoice choice = choose(sellerId, period.get(), currency, pass.currencies());
        boolean asFound = choice.convertTo() == null;
        List<ChannelTotals> totals = asFound ? pass.channels()
                : engine.channelTotals(sellerId, period.get(), choice.convertTo());
        List<FeeBase> unstated = asFound ? pass.feeBases()
                : engine.unstatedFeeBases(sellerId, period.get(), choice.convertTo());
        Map<String, FeeSchedules.Estimate> estimates = feeSchedules.estimate(unstated, choice.currency(), engine.rates());
        Set<String> withUnstatedLines = new HashSet<>();
        unstated.stream().filter(FeeSchedules::needsEstimate).forEach(b -> withUnstatedLines.add(b.channel()));
        BigDecimal rate = profiles.apply(sellerId).contributionRate();
        List<ChannelRevenue> revenues = totals.stream().map(t -> new ChannelRevenue(t.channel(), t.kind(), t.revenue())).toList();
        BigDecimal positive = ConcentrationCalculator.positiveTotal(revenues);
        List<ChannelFigures> channels = new ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO.setScale(2);
        BigDecimal fees = BigDecimal.ZERO.setScale(2);
        BigDecimal contributions = BigDecimal.ZERO.setScale(2);
        boolean anyEstimated = false;
        long orders = 0;
        for (ChannelTotals t : totals) {
            BigDecimal share = ConcentrationCalculator.share(t.revenue(), positive).setScale(4, RoundingMode.HALF_EVEN);
            FeeSource source = feeSource(t, withUnstatedLines.contains(t.channel()), estimates.containsKey(t.channel()));
            FeeSchedules.Estimate estimate = estimates.get(t.channel());
            BigDecimal channelRevenue = money(t.revenue());
            BigDecimal channelFees = money(estimate == null ? t.fees() : t.fees().add(estimate.fees()));
            BigDecimal channelContributions = money(channelRevenue.multiply(rate));
            boolean estimated = source == FeeSource.ESTIMATED || source == FeeSource.STATED_AND_ESTIMATED;
            channels.add(new ChannelFigures(t.channel(), t.kind(), channelRevenue, share, t.orders(), channelFees,
                    estimated, t.feeLines() > 0, channelRevenue.subtract(channelFees), source, channelContributions,
                    channelRevenue.subtract(channelFees).subtract(channelContributions)));
            revenue = revenue.add(channelRevenue);
            fees = fees.add(channelFees);
            contributions = contributions.add(channelContributions);
            anyEstimated |= estimated;
            orders += t.orders();
        }
        return new SellerReport(sellerId, period.get().from(), period.get().to(), choice.currency(), revenue, fees,
                revenue.subtract(fees), orders, channels, calculator.of(revenues), choice.conversion(), anyEstimated,
                rate, contributions, revenue.subtract(fees).subtract(contributions), choice.leftOut());
    }

    /**
     * The currencies among {@code candidates} that the period [from, to) can be reported in with no line
     * left out: the seller's own currency when she sold in one only, and each currency the ECB rates cover,
     * to and from each of her currencies, on every day of her sales in the period. The euro, the default
     * for a period of several currencies, is always offered: its report says what it leaves out.
     */
    public List<String> reportableCurrencies(String sellerId, LocalDate from, LocalDate to, List<String> candidates) {
        ReportTotals pass = engine.reportTotals(sellerId, from, to);
        Optional<Period> period = period(pass.dataRange(), from, to);
        List<String> mine = pass.currencies();
        EcbRates rates = engine.rates();
        List<String> offered = new ArrayList<>();
        for (String candidate : candidates) {
            boolean reportable = candidate.equals(DEFAULT_CURRENCY) || mine.equals(List.of(candidate))
                    || rates.currencies().contains(candidate) && period.isPresent() && covers(rates, candidate, mine, pass.dataRange().orElseThrow(), period.get());
            if (reportable) {
                offered.add(candidate);
            }
        }
        return List.copyOf(offered);
    }

    /** Every day of her sales in the period has a rate for the target and for each of her currencies. */
    private static boolean covers(EcbRates rates, String target, List<String> currencies, Period range, Period period) {
        LocalDate first = range.from().isAfter(period.from()) ? range.from() : period.from();
        LocalDate end = range.to().isBefore(period.to()) ? range.to() : period.to();
        if (!first.isBefore(end)) {
            return false;
        }
        LocalDate last = end.minusDays(1);
        if (!rates.coversEveryDay(target, first, last)) {
            return false;
        }
        return currencies.stream().allMatch(c -> c.equals(target) || rates.coversEveryDay(c, first, last));
    }

    private static FeeSource feeSource(ChannelTotals totals, boolean hasUnstatedLines, boolean hasSchedule) {
        if (!hasUnstatedLines) {
            return FeeSource.STATED;
        }
        if (!hasSchedule) {
            return FeeSource.NO_SCHEDULE;
        }
        return totals.feeLines() > 0 ? FeeSource.STATED_AND_ESTIMATED : FeeSource.ESTIMATED;
    }

    public MonthlyReport monthly(String sellerId, LocalDate from, LocalDate to) {
        return monthly(sellerId, from, to, null);
    }

    /**
     * Revenue per channel and month with each month's HHI and topPlatformShare; {@code currency} as in
     * {@link #report(String, LocalDate, LocalDate, String)}.
     */
    public MonthlyReport monthly(String sellerId, LocalDate from, LocalDate to, String currency) {
        Optional<Period> period = period(sellerId, from, to);
        if (period.isEmpty()) {
            return new MonthlyReport(sellerId, from, to, requestedOrDefault(currency), List.of(), List.of(), null, null);
        }
        CurrencyChoice choice = choose(sellerId, period.get(), currency);
        List<MonthlyChannelTotals> rows = engine.monthly(sellerId, period.get(), choice.convertTo());
        Map<String, String> kinds = new TreeMap<>();
        Map<YearMonth, List<ChannelRevenue>> byMonth = new TreeMap<>();
        for (MonthlyChannelTotals row : rows) {
            kinds.put(row.channel(), row.kind().name());
            byMonth.computeIfAbsent(row.month(), m -> new ArrayList<>())
                    .add(new ChannelRevenue(row.channel(), row.kind(), row.revenue()));
        }
        fillEmptyMonths(byMonth, period.get());
        List<MonthlyReport.Month> months = new ArrayList<>();
        byMonth.forEach((month, revenues) -> months.add(month(month, revenues, kinds)));
        return new MonthlyReport(sellerId, period.get().from(), period.get().to(), choice.currency(),
                List.copyOf(kinds.keySet()), months, choice.conversion(), choice.leftOut());
    }

    private MonthlyReport.Month month(YearMonth month, List<ChannelRevenue> revenues, Map<String, String> kinds) {
        Map<String, ChannelRevenue> byChannel = new LinkedHashMap<>();
        revenues.forEach(r -> byChannel.put(r.channel(), r));
        BigDecimal positive = ConcentrationCalculator.positiveTotal(revenues);
        List<MonthlyReport.ChannelMonth> channels = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, String> channel : kinds.entrySet()) {
            ChannelRevenue r = byChannel.get(channel.getKey());
            BigDecimal revenue = r == null ? BigDecimal.ZERO.setScale(2) : money(r.revenue());
            channels.add(new MonthlyReport.ChannelMonth(channel.getKey(), channel.getValue(), revenue,
                    ConcentrationCalculator.share(revenue, positive).setScale(4, RoundingMode.HALF_EVEN)));
            total = total.add(revenue);
        }
        Concentration c = calculator.of(revenues);
        return new MonthlyReport.Month(month, total, channels, c.hhi(), c.topPlatformShare(), c.risk().name(),
                c.platformShare(), c.controlledShare());
    }

    private static void fillEmptyMonths(Map<YearMonth, List<ChannelRevenue>> byMonth, Period period) {
        YearMonth last = YearMonth.from(period.to().minusDays(1));
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.computeIfAbsent(m, k -> new ArrayList<>());
        }
    }

    private Optional<Period> period(String sellerId, LocalDate from, LocalDate to) {
        // with both bounds given the seller's range is not needed: no query for it
        return period(from != null && to != null ? Optional.empty() : engine.dataRange(sellerId), from, to);
    }

    /** The period asked for, its open sides closed by the seller's data range; empty when nothing is left. */
    private static Optional<Period> period(Optional<Period> range, LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return Optional.of(new Period(from, to));
        }
        if (range.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = from != null ? from : range.get().from();
        LocalDate end = to != null ? to : range.get().to();
        return start.isBefore(end) ? Optional.of(new Period(start, end)) : Optional.empty();
    }

    /**
     * The report's currency, and whether to convert.
     *
     * @param convertTo  null when every line is already in {@code currency}
     * @param conversion what was converted, null when nothing was
     * @param leftOut    the lines that could not be converted, null when none
     */
    private record CurrencyChoice(String currency, String convertTo, Conversion conversion, LeftOut leftOut) {
    }

    private CurrencyChoice choose(String sellerId, Period period, String requested) {
        return choose(sellerId, period, requested, engine.currencies(sellerId, period));
    }

    /** @param currencies the currencies of the seller's lines in the period */
    private CurrencyChoice choose(String sellerId, Period period, String requested, List<String> currencies) {
        EcbRates rates = engine.rates();
        if (requested != null && !rates.currencies().contains(requested)) {
            throw new UnknownCurrencyException(requested, rates.currencies());
        }
        if (requested == null && currencies.size() <= 1) {
            return new CurrencyChoice(currencies.isEmpty() ? DEFAULT_CURRENCY : currencies.get(0), null, null, null);
        }
        String target = requestedOrDefault(requested);
        List<String> others = currencies.stream().filter(c -> !c.equals(target)).toList();
        if (others.isEmpty()) {
            return new CurrencyChoice(target, null, null, null);
        }
        List<UnconvertedLines> unconverted = engine.missingRates(sellerId, period, target);
        LeftOut leftOut = LeftOut.of(unconverted, period, rates.firstDate(), rates.lastDate());
        return new CurrencyChoice(target, target, new Conversion(others, target, Conversion.ECB_SOURCE, rates.lastDate()),
                leftOut);
    }

    private static String requestedOrDefault(String requested) {
        return requested == null ? DEFAULT_CURRENCY : requested;
    }

    private SellerReport empty(String sellerId, LocalDate from, LocalDate to, String currency) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new SellerReport(sellerId, from, to, requestedOrDefault(currency), zero, zero, zero, 0, List.of(),
                calculator.of(List.of()), null, false, profiles.apply(sellerId).contributionRate(), zero, zero, null);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
