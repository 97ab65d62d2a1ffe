package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Every cell of the market report with its true figures and its disclosure status, before publication.
 * Built from the engine's rows (revenue per consenting seller, channel and quarter), the same on every
 * engine. {@link #published()} gives what may leave: figures of published cells only.
 *
 * <p>Definitions. A seller's channel kind is the kind of her latest ingested line on that channel. A cell's
 * value is the sum of every consenting seller's revenue in it (refunds included), so the tables add up
 * exactly: kind = Σ its channels, total = Σ kinds, channel = Σ its quarters, quarter = Σ channels in it.
 * A seller counts in a cell (sellers, median share, topPlatformShare, risk) when her revenue in it is
 * positive; she counts once whatever her number of shops or channels: in a kind cell her channels of that
 * kind are added up (revenue and share), e.g. a seller on Etsy and on eBay is one MARKETPLACE seller whose
 * MARKETPLACE share is her Etsy share plus her eBay share. Shares follow DESIGN §4 (over channels with
 * positive revenue); topPlatformShare and risk are the seller's own over the cell's period (the whole
 * period, or the quarter).
 */
public final class MarketComputation {

    /** The row label of channels used by too few consenting sellers to be named, within their kind. */
    public static final String OTHER = "(other)";

    private static final MathContext MC = MathContext.DECIMAL128;

    private final List<CellKey> keys;
    private final Map<CellKey, Integer> index;
    private final List<MarketCell.Figures> truth;
    private final List<Disclosure.CellFacts> facts;
    private final List<Disclosure.Equation> equations;
    private final Disclosure.Status[] status;
    private final List<String> quarters;
    private final LocalDate from;
    private final LocalDate to;
    private final DisclosureRules rules;
    private final long consenting;
    private final long excludedLines;

    private MarketComputation(List<CellKey> keys, List<MarketCell.Figures> truth, List<Disclosure.CellFacts> facts,
                              List<Disclosure.Equation> equations, Disclosure.Status[] status, List<String> quarters,
                              LocalDate from, LocalDate to, DisclosureRules rules, long consenting, long excludedLines) {
        this.keys = keys;
        this.truth = truth;
        this.facts = facts;
        this.equations = equations;
        this.status = status;
        this.quarters = quarters;
        this.from = from;
        this.to = to;
        this.rules = rules;
        this.consenting = consenting;
        this.excludedLines = excludedLines;
        this.index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
    }

    /**
     * From rows of {@link MarketSql#ROWS} (revenue per seller, channel and quarter with the kind of the quarter's
     * latest line; rows without revenue already left out): each seller's channel takes its latest kind over the
     * period, then as {@link #of(QuarterlySums, DisclosureRules, RiskThresholds, LocalDate, LocalDate, long)}.
     *
     * @param from null for the first quarter with a line
     * @param to   null for the day after the last quarter with a line
     */
    public static MarketComputation of(List<SellerQuarterRevenue> rows, DisclosureRules rules,
                                       RiskThresholds thresholds, LocalDate from, LocalDate to,
                                       long consenting, long excludedLines) {
        Map<String, SellerQuarterRevenue> latest = new HashMap<>();
        Map<String, Integer> sellerNumbers = new TreeMap<>();
        for (SellerQuarterRevenue r : rows) {
            latest.merge(r.sellerId() + '\u0000' + r.channel(), r, MarketComputation::latestKind);
            sellerNumbers.put(r.sellerId(), 0);
        }
        int number = 0;
        for (Map.Entry<String, Integer> e : sellerNumbers.entrySet()) {
            e.setValue(number++);
        }
        QuarterlySums.Builder sums = QuarterlySums.builder();
        for (SellerQuarterRevenue r : rows) {
            sums.add(sellerNumbers.get(r.sellerId()), r.channel(), latest.get(r.sellerId() + '\u0000' + r.channel()).kind(),
                    QuarterlySums.quarterId(r.year(), r.quarter()), r.revenue().movePointRight(2).longValueExact(), 0);
        }
        return of(sums.build(), rules, thresholds, from, to, consenting, excludedLines);
    }

    /**
     * From the engine's sums ({@link MarketSql#SUMS}), lines left out for want of a rate included.
     *
     * @param from null for the first quarter with a line
     * @param to   null for the day after the last quarter with a line
     */
    public static MarketComputation of(QuarterlySums sums, DisclosureRules rules, RiskThresholds thresholds,
                                       LocalDate from, LocalDate to, long consenting) {
        return of(sums, rules, thresholds, from, to, consenting, sums.unconvertedLines());
    }

    private static MarketComputation of(QuarterlySums sums, DisclosureRules rules, RiskThresholds thresholds,
                                        LocalDate from, LocalDate to, long consenting, long excludedLines) {
        CellAggregation.Result aggregated = CellAggregation.of(sums, rules.minSellers(), thresholds);
        Map<CellKey, CellSums> cells = aggregated.cells();
        List<String> quarters = aggregated.quarters();

        // the cells in publication order, empty channel x quarter cells included
        List<CellKey> channelKeys = cells.keySet().stream().filter(k -> k.dimension() == CellKey.Dimension.CHANNEL)
                .sorted(Comparator.comparingInt((CellKey k) -> k.kind().ordinal())
                        .thenComparingInt(k -> OTHER.equals(k.channel()) ? 1 : 0).thenComparing((CellKey k) -> k.channel()))
                .toList();
        List<ChannelKind> kindsPresent = channelKeys.stream().map(CellKey::kind).distinct().toList();
        List<CellKey> keys = new ArrayList<>();
        keys.add(CellKey.total());
        kindsPresent.forEach(k -> keys.add(CellKey.kind(k)));
        keys.addAll(channelKeys);
        quarters.forEach(q -> keys.add(CellKey.quarter(q)));
        for (CellKey c : channelKeys) {
            quarters.forEach(q -> keys.add(CellKey.channelQuarter(c.channel(), c.kind(), q)));
        }
        Map<CellKey, Integer> at = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            at.put(keys.get(i), i);
        }

        List<Disclosure.Equation> equations = new ArrayList<>();
        if (!channelKeys.isEmpty()) {
            equations.add(new Disclosure.Equation(0, kindsPresent.stream().map(k -> at.get(CellKey.kind(k))).toList()));
            for (ChannelKind kind : kindsPresent) {
                equations.add(new Disclosure.Equation(at.get(CellKey.kind(kind)),
                        channelKeys.stream().filter(c -> c.kind() == kind).map(at::get).toList()));
            }
            for (CellKey c : channelKeys) {
                equations.add(new Disclosure.Equation(at.get(c), quarters.stream()
                        .map(q -> at.get(CellKey.channelQuarter(c.channel(), c.kind(), q))).toList()));
            }
            for (String q : quarters) {
                equations.add(new Disclosure.Equation(at.get(CellKey.quarter(q)), channelKeys.stream()
                        .map(c -> at.get(CellKey.channelQuarter(c.channel(), c.kind(), q))).toList()));
            }
            equations.add(new Disclosure.Equation(0, quarters.stream().map(q -> at.get(CellKey.quarter(q))).toList()));
        }

        List<Disclosure.CellFacts> facts = new ArrayList<>();
        List<MarketCell.Figures> truth = new ArrayList<>();
        for (CellKey key : keys) {
            CellSums sum = cells.get(key);
            facts.add(sum == null ? EMPTY : sum.facts());
        }
        // the quantiles of each cell are independent: on both cores (cells are sorted by thousands of sellers)
        truth.addAll(keys.parallelStream().map(key -> cells.getOrDefault(key, NO_SUMS).figures()).toList());
        Disclosure.Status[] status = Disclosure.apply(facts, equations, rules);

        LocalDate start = from;
        LocalDate end = to;
        if (!quarters.isEmpty()) {
            if (start == null) {
                start = LocalDate.of(aggregated.firstQuarter() / 4, (aggregated.firstQuarter() % 4) * 3 + 1, 1);
            }
            if (end == null) {
                int last = aggregated.lastQuarter() + 1;
                end = LocalDate.of(last / 4, (last % 4) * 3 + 1, 1);
            }
        }
        return new MarketComputation(keys, truth, facts, equations, status, List.copyOf(quarters), start, end, rules,
                consenting, excludedLines);
    }

    private static final CellSums NO_SUMS = new CellSums();

    private static final Disclosure.CellFacts EMPTY =
            new Disclosure.CellFacts(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, true);

    /** The row whose kind wins for the seller's channel: the latest ingested; on a tie the larger kind, whatever the row order. */
    private static SellerQuarterRevenue latestKind(SellerQuarterRevenue a, SellerQuarterRevenue b) {
        Comparator<SellerQuarterRevenue> order = Comparator.comparing(SellerQuarterRevenue::lastIngested,
                        Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
                .thenComparing(r -> r.kind().name());
        return order.compare(b, a) > 0 ? b : a;
    }

    /**
     * What leaves: figures of published cells only, each with what {@link SmallCells} lets it say of few members.
     * With fewer contributing sellers than the frequency rule asks, nothing at all leaves: not the channels and
     * kinds they sell through, nor the quarters they sold in.
     */
    public MarketReport published() {
        if (truth.get(0).sellers() > 0 && truth.get(0).sellers() < rules.minSellers()) {
            return new MarketReport("EUR", null, null, List.of(), rules, consenting, excludedLines,
                    new MarketCell(keys.get(0), MarketCell.Status.SUPPRESSED, null), List.of(), List.of(), List.of(), List.of());
        }
        List<MarketCell> all = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Disclosure.Status s = status[i];
            MarketCell.Status visible = s == Disclosure.Status.PUBLISHED ? MarketCell.Status.PUBLISHED
                    : s == Disclosure.Status.EMPTY ? MarketCell.Status.EMPTY : MarketCell.Status.SUPPRESSED;
            all.add(new MarketCell(keys.get(i), visible,
                    visible == MarketCell.Status.PUBLISHED ? SmallCells.protect(truth.get(i), rules) : null));
        }
        return new MarketReport("EUR", from, to, quarters, rules, consenting, excludedLines, all.get(0),
                of(all, CellKey.Dimension.KIND), of(all, CellKey.Dimension.CHANNEL), of(all, CellKey.Dimension.QUARTER),
                of(all, CellKey.Dimension.CHANNEL_QUARTER));
    }

    private static List<MarketCell> of(List<MarketCell> all, CellKey.Dimension dimension) {
        return all.stream().filter(c -> c.key().dimension() == dimension).toList();
    }

    /**
     * The same cells with their statuses worked out again against earlier releases of the cooperative: cells in
     * {@code forced} are suppressed (their difference with an earlier release would single a member out), cells in
     * {@code known} are known from an earlier release (see {@link Disclosure#apply(List, List, DisclosureRules,
     * java.util.Set, java.util.Set)}). Keys that are not cells of this computation are ignored.
     */
    public MarketComputation againstEarlier(java.util.Set<CellKey> forced, java.util.Set<CellKey> known) {
        Disclosure.Status[] again = Disclosure.apply(facts, equations, rules, indexes(forced), indexes(known));
        return new MarketComputation(keys, truth, facts, equations, again, quarters, from, to, rules, consenting,
                excludedLines);
    }

    private java.util.Set<Integer> indexes(java.util.Set<CellKey> cells) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (CellKey key : cells) {
            Integer i = index.get(key);
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }

    /** The quarters of the channel × quarter table, in order ({@code 2025-Q1}). */
    public List<String> quarters() {
        return quarters;
    }

    public DisclosureRules rules() {
        return rules;
    }

    /** Sellers who contributed to the report: positive revenue in the period. */
    public long contributing() {
        return truth.isEmpty() ? 0 : truth.get(0).sellers();
    }

    public List<CellKey> keys() {
        return Collections.unmodifiableList(keys);
    }

    /** The cell's true figures (never published when the cell is suppressed). */
    public MarketCell.Figures truth(CellKey key) {
        return truth.get(require(key));
    }

    public Disclosure.Status status(CellKey key) {
        return status[require(key)];
    }

    public List<Disclosure.Equation> equations() {
        return Collections.unmodifiableList(equations);
    }

    public int indexOf(CellKey key) {
        return require(key);
    }

    private int require(CellKey key) {
        Integer i = index.get(key);
        if (i == null) {
            throw new IllegalArgumentException("no such cell " + key);
        }
        return i;
    }

    /** The p-quantile by linear interpolation between order statistics (h = (n − 1) p), 4 decimals. */
    static BigDecimal quantile(List<BigDecimal> values, BigDecimal p) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return quantile(sorted.size(), sorted::get, p);
    }

    /**
     * The p-quantile of n values given by rank ({@code sortedAt.apply(k)}: the k-th smallest, 0-based), by linear
     * interpolation between order statistics (h = (n − 1) p), 4 decimals. Only the two ranks around h are asked for.
     */
    static BigDecimal quantile(int n, IntFunction<BigDecimal> sortedAt, BigDecimal p) {
        BigDecimal h = p.multiply(BigDecimal.valueOf(n - 1L));
        int lo = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(lo));
        BigDecimal value = sortedAt.apply(lo);
        if (fraction.signum() > 0 && lo + 1 < n) {
            value = value.add(sortedAt.apply(lo + 1).subtract(value).multiply(fraction, MC), MC);
        }
        return value.setScale(4, RoundingMode.HALF_EVEN);
    }
}
