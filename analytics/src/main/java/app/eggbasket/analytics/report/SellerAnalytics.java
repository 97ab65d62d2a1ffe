package app.eggbasket.analytics.report;

import app.eggbasket.analytics.concentration.ChannelRevenue;
import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.engine.ChannelTotals;
import app.eggbasket.analytics.engine.MonthlyChannelTotals;
import app.eggbasket.analytics.engine.Period;
import app.eggbasket.analytics.engine.SalesEngine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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

    public SellerAnalytics(SalesEngine engine, ConcentrationCalculator calculator) {
        this.engine = engine;
        this.calculator = calculator;
    }

    /**
     * @param from inclusive, or null for the seller's first sale
     * @param to   exclusive, or null for the day after her last sale
     * @throws MixedCurrencyException when the period holds several currencies
     */
    public SellerReport report(String sellerId, LocalDate from, LocalDate to) {
        Optional<Period> period = period(sellerId, from, to);
        if (period.isEmpty()) {
            return empty(sellerId, from, to);
        }
        String currency = singleCurrency(sellerId, period.get());
        List<ChannelTotals> totals = engine.channelTotals(sellerId, period.get());
        List<ChannelRevenue> revenues = totals.stream().map(t -> new ChannelRevenue(t.channel(), t.kind(), t.revenue())).toList();
        BigDecimal positive = ConcentrationCalculator.positiveTotal(revenues);
        List<ChannelFigures> channels = new ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO.setScale(2);
        BigDecimal fees = BigDecimal.ZERO.setScale(2);
        long orders = 0;
        for (ChannelTotals t : totals) {
            BigDecimal share = ConcentrationCalculator.share(t.revenue(), positive).setScale(4, RoundingMode.HALF_EVEN);
            channels.add(new ChannelFigures(t.channel(), t.kind(), money(t.revenue()), share, t.orders(), money(t.fees()),
                    false, t.feeLines() > 0, money(t.revenue().subtract(t.fees()))));
            revenue = revenue.add(money(t.revenue()));
            fees = fees.add(money(t.fees()));
            orders += t.orders();
        }
        return new SellerReport(sellerId, period.get().from(), period.get().to(), currency, revenue, fees,
                revenue.subtract(fees), orders, channels, calculator.of(revenues));
    }

    /**
     * Revenue per channel and month with each month's HHI and topPlatformShare.
     *
     * @throws MixedCurrencyException when the period holds several currencies
     */
    public MonthlyReport monthly(String sellerId, LocalDate from, LocalDate to) {
        Optional<Period> period = period(sellerId, from, to);
        if (period.isEmpty()) {
            return new MonthlyReport(sellerId, from, to, DEFAULT_CURRENCY, List.of(), List.of());
        }
        String currency = singleCurrency(sellerId, period.get());
        List<MonthlyChannelTotals> rows = engine.monthly(sellerId, period.get());
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
        return new MonthlyReport(sellerId, period.get().from(), period.get().to(), currency,
                List.copyOf(kinds.keySet()), months);
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
        return new MonthlyReport.Month(month, total, channels, c.hhi(), c.topPlatformShare(), c.risk().name());
    }

    private static void fillEmptyMonths(Map<YearMonth, List<ChannelRevenue>> byMonth, Period period) {
        YearMonth last = YearMonth.from(period.to().minusDays(1));
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.computeIfAbsent(m, k -> new ArrayList<>());
        }
    }

    private Optional<Period> period(String sellerId, LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return Optional.of(new Period(from, to));
        }
        Optional<Period> range = engine.dataRange(sellerId);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = from != null ? from : range.get().from();
        LocalDate end = to != null ? to : range.get().to();
        return start.isBefore(end) ? Optional.of(new Period(start, end)) : Optional.empty();
    }

    private String singleCurrency(String sellerId, Period period) {
        List<String> currencies = engine.currencies(sellerId, period);
        if (currencies.size() > 1) {
            throw new MixedCurrencyException(sellerId, currencies);
        }
        return currencies.isEmpty() ? DEFAULT_CURRENCY : currencies.get(0);
    }

    private SellerReport empty(String sellerId, LocalDate from, LocalDate to) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new SellerReport(sellerId, from, to, DEFAULT_CURRENCY, zero, zero, zero, 0, List.of(), calculator.of(List.of()));
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
