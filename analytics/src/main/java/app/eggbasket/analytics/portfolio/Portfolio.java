package app.eggbasket.analytics.portfolio;

import app.eggbasket.analytics.concentration.ChannelRevenue;
import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.Risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * An advisor's portfolio (DESIGN §10): the figures of many clients from one query ({@link PortfolioEngine}),
 * each over her own last 12 months, the same concentration as her report of those months gives, with a
 * quarter-earlier risk level and a 12-month top-platform-share trend.
 */
public final class Portfolio {

    /** The currency of a client whose 12 months hold several currencies (her report's default too). */
    public static final String CURRENCY = "EUR";

    private final PortfolioEngine engine;
    private final ConcentrationCalculator calculator;

    public Portfolio(PortfolioEngine engine, ConcentrationCalculator calculator) {
        this.engine = engine;
        this.calculator = calculator;
    }

    /** One entry per seller asked, in the order asked; a seller without lines is {@link ClientFigures.Status#NO_SALES}. */
    public List<ClientFigures> figures(Collection<String> sellers) {
        Map<String, List<ClientMonth>> bySeller = new HashMap<>();
        for (ClientMonth row : engine.clientMonths(sellers, CURRENCY)) {
            bySeller.computeIfAbsent(row.seller(), s -> new ArrayList<>()).add(row);
        }
        List<ClientFigures> figures = new ArrayList<>(sellers.size());
        for (String seller : sellers) {
            List<ClientMonth> rows = bySeller.get(seller);
            figures.add(rows == null ? ClientFigures.noSales(seller) : client(seller, rows));
        }
        return figures;
    }

    private ClientFigures client(String seller, List<ClientMonth> rows) {
        LocalDate lastSale = rows.get(0).lastDay();
        YearMonth to = YearMonth.from(lastSale);
        YearMonth from = to.minusMonths(11);
        List<ClientMonth> window = within(rows, from, to);
        Window current = new Window(window);
        if (current.missing().isPresent()) {
            return new ClientFigures(seller, ClientFigures.Status.NO_RATE, lastSale, from, to, CURRENCY, null, null,
                    null, List.of(), current.missing().get());
        }
        List<ChannelRevenue> channels = current.channels();
        Concentration concentration = calculator.of(channels);
        Window earlier = new Window(within(rows, from.minusMonths(3), to.minusMonths(3)));
        Risk previous = earlier.rows.isEmpty() || earlier.missing().isPresent() ? null
                : calculator.of(earlier.channels()).risk();
        Map<YearMonth, List<ClientMonth>> byMonth = new HashMap<>();
        window.forEach(r -> byMonth.computeIfAbsent(r.month(), m -> new ArrayList<>()).add(r));
        List<ClientFigures.TrendPoint> trend = new ArrayList<>(12);
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Window month = new Window(byMonth.getOrDefault(m, List.of()));
            trend.add(new ClientFigures.TrendPoint(m, month.missing().isEmpty() ? topPlatformShare(month.channels()) : null));
        }
        return new ClientFigures(seller, ClientFigures.Status.COMPUTED, lastSale, from, to, current.currency(),
                Window.total(channels), concentration, previous, trend, null);
    }

    /**
     * A month's top-platform share, as {@link ConcentrationCalculator#of} gives it (largest platform channel over
     * the positive total, 4 decimals) without the rest of the concentration; null for a month without revenue.
     */
    private static BigDecimal topPlatformShare(List<ChannelRevenue> channels) {
        BigDecimal total = ConcentrationCalculator.positiveTotal(channels);
        if (total.signum() <= 0) {
            return null;
        }
        BigDecimal top = BigDecimal.ZERO;
        for (ChannelRevenue c : channels) {
            if (c.revenue().signum() > 0 && c.kind().isPlatform() && c.revenue().compareTo(top) > 0) {
                top = c.revenue();
            }
        }
        return ConcentrationCalculator.share(top, total).setScale(4, java.math.RoundingMode.HALF_EVEN);
    }

    private static List<ClientMonth> within(List<ClientMonth> rows, YearMonth from, YearMonth to) {
        Predicate<ClientMonth> in = r -> !r.month().isBefore(from) && !r.month().isAfter(to);
        return rows.stream().filter(in).toList();
    }

    /**
     * The rows of some months, read as her report of those months would: in the single currency of their lines,
     * else converted to {@link #CURRENCY}.
     */
    private static final class Window {

        private final List<ClientMonth> rows;
        private final TreeSet<String> currencies = new TreeSet<>();

        Window(List<ClientMonth> rows) {
            this.rows = rows;
            rows.forEach(r -> currencies.addAll(r.currencies()));
        }

        boolean single() {
            return currencies.size() <= 1;
        }

        String currency() {
            return single() && !currencies.isEmpty() ? currencies.first() : CURRENCY;
        }

        Optional<ClientFigures.Missing> missing() {
            if (single()) {
                return Optional.empty();
            }
            long lines = 0;
            TreeSet<String> missingCurrencies = new TreeSet<>();
            LocalDate first = null;
            LocalDate last = null;
            for (ClientMonth r : rows) {
                if (r.unconvertedLines() > 0) {
                    lines += r.unconvertedLines();
                    r.currencies().stream().filter(c -> !c.equals(CURRENCY)).forEach(missingCurrencies::add);
                    first = first == null || r.unconvertedFrom().isBefore(first) ? r.unconvertedFrom() : first;
                    last = last == null || r.unconvertedTo().isAfter(last) ? r.unconvertedTo() : last;
                }
            }
            return lines == 0 ? Optional.empty()
                    : Optional.of(new ClientFigures.Missing(List.copyOf(missingCurrencies), lines, first, last));
        }

        /** Revenue per channel over the months, each channel with the kind of its latest ingest. */
        List<ChannelRevenue> channels() {
            boolean single = single();
            Map<String, BigDecimal> revenue = new LinkedHashMap<>();
            Map<String, ClientMonth> latest = new HashMap<>();
            for (ClientMonth r : rows) {
                BigDecimal value = single ? r.revenue() : r.converted();
                revenue.merge(r.channel(), value == null ? BigDecimal.ZERO : value, BigDecimal::add);
                latest.merge(r.channel(), r, (a, b) -> b.lastIngested().isAfter(a.lastIngested()) ? b : a);
            }
            List<ChannelRevenue> channels = new ArrayList<>(revenue.size());
            revenue.forEach((channel, sum) -> channels.add(new ChannelRevenue(channel, latest.get(channel).kind(), sum)));
            channels.sort(Comparator.comparing(ChannelRevenue::channel));
            return channels;
        }

        static BigDecimal total(List<ChannelRevenue> channels) {
            return channels.stream().map(ChannelRevenue::revenue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }
}
