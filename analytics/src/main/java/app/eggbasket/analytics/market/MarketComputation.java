package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.ChannelRevenue;
import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.Risk;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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
     * @param from null for the first quarter with a line
     * @param to   null for the day after the last quarter with a line
     */
    public static MarketComputation of(List<SellerQuarterRevenue> rows, DisclosureRules rules,
                                       RiskThresholds thresholds, LocalDate from, LocalDate to,
                                       long consenting, long excludedLines) {
        // the latest kind of each seller's channel over the period
        Map<String, SellerQuarterRevenue> latest = new HashMap<>();
        TreeSet<Integer> quarterIds = new TreeSet<>();
        for (SellerQuarterRevenue r : rows) {
            latest.merge(r.sellerId() + '\u0000' + r.channel(), r, MarketComputation::latestKind);
            quarterIds.add(r.year() * 4 + r.quarter() - 1);
        }
        List<String> quarters = new ArrayList<>();
        if (!quarterIds.isEmpty()) {
            for (int q = quarterIds.first(); q <= quarterIds.last(); q++) {
                quarters.add((q / 4) + "-Q" + (q % 4 + 1));
            }
        }
        int nq = quarters.size();
        int firstQuarter = quarterIds.isEmpty() ? 0 : quarterIds.first();

        // seller -> channel -> revenue per quarter (null: no line); index nq holds the whole period
        Map<String, Map<String, BigDecimal[]>> sellers = new TreeMap<>();
        Map<String, ChannelKind> kinds = new HashMap<>();
        for (SellerQuarterRevenue r : rows) {
            String sc = r.sellerId() + '\u0000' + r.channel();
            kinds.put(sc, latest.get(sc).kind());
            BigDecimal[] perQuarter = sellers.computeIfAbsent(r.sellerId(), s -> new TreeMap<>())
                    .computeIfAbsent(r.channel(), c -> new BigDecimal[nq + 1]);
            int q = r.year() * 4 + r.quarter() - 1 - firstQuarter;
            perQuarter[q] = perQuarter[q] == null ? r.revenue() : perQuarter[q].add(r.revenue());
            perQuarter[nq] = perQuarter[nq] == null ? r.revenue() : perQuarter[nq].add(r.revenue());
        }

        // channels too few sellers use are grouped as OTHER within their kind
        Map<CellKey, Integer> users = new HashMap<>();
        sellers.forEach((seller, channels) -> channels.forEach((channel, revenue) -> {
            if (revenue[nq].signum() > 0) {
                users.merge(CellKey.channel(channel, kinds.get(seller + '\u0000' + channel)), 1, Integer::sum);
            }
        }));

        Map<CellKey, Acc> cells = new HashMap<>();
        for (Map.Entry<String, Map<String, BigDecimal[]>> s : sellers.entrySet()) {
            for (int p = 0; p <= nq; p++) {
                String quarter = p == nq ? null : quarters.get(p);
                List<ChannelRevenue> revenues = new ArrayList<>();
                Map<CellKey, BigDecimal[]> groups = new LinkedHashMap<>(); // cell -> {revenue, positive revenue}
                for (Map.Entry<String, BigDecimal[]> c : s.getValue().entrySet()) {
                    BigDecimal revenue = c.getValue()[p];
                    if (revenue == null) {
                        continue;
                    }
                    ChannelKind kind = kinds.get(s.getKey() + '\u0000' + c.getKey());
                    revenues.add(new ChannelRevenue(c.getKey(), kind, revenue));
                    String label = users.getOrDefault(CellKey.channel(c.getKey(), kind), 0) >= rules.minSellers()
                            ? c.getKey() : OTHER;
                    add(groups, quarter == null ? CellKey.channel(label, kind) : CellKey.channelQuarter(label, kind, quarter), revenue);
                    if (quarter == null) {
                        add(groups, CellKey.kind(kind), revenue);
                    }
                    add(groups, quarter == null ? CellKey.total() : CellKey.quarter(quarter), revenue);
                }
                if (revenues.isEmpty()) {
                    continue;
                }
                BigDecimal positiveTotal = BigDecimal.ZERO;
                BigDecimal topPlatform = BigDecimal.ZERO;
                for (ChannelRevenue r : revenues) {
                    if (r.revenue().signum() > 0) {
                        positiveTotal = positiveTotal.add(r.revenue());
                        if (r.kind().isPlatform()) {
                            topPlatform = topPlatform.max(r.revenue());
                        }
                    }
                }
                // as ConcentrationCalculator does: risk from the exact share, the share shown to 4 decimals
                BigDecimal exactTopPlatformShare = ConcentrationCalculator.share(topPlatform, positiveTotal);
                BigDecimal topPlatformShare = exactTopPlatformShare.setScale(4, RoundingMode.HALF_EVEN);
                Risk risk = thresholds.classify(exactTopPlatformShare);
                BigDecimal total = positiveTotal;
                groups.forEach((key, sums) -> {
                    boolean whole = key.dimension() == CellKey.Dimension.TOTAL || key.dimension() == CellKey.Dimension.QUARTER;
                    BigDecimal share = whole ? null : ConcentrationCalculator.share(sums[1], total);
                    cells.computeIfAbsent(key, k -> new Acc()).add(sums[0], share, topPlatformShare, risk);
                });
            }
        }

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
            Acc acc = cells.getOrDefault(key, new Acc());
            facts.add(new Disclosure.CellFacts(acc.sellers, acc.revenue, acc.largest, acc.positive, !acc.lines));
            truth.add(acc.figures());
        }
        Disclosure.Status[] status = Disclosure.apply(facts, equations, rules);

        LocalDate start = from;
        LocalDate end = to;
        if (!quarters.isEmpty()) {
            if (start == null) {
                start = LocalDate.of(firstQuarter / 4, (firstQuarter % 4) * 3 + 1, 1);
            }
            if (end == null) {
                int last = quarterIds.last() + 1;
                end = LocalDate.of(last / 4, (last % 4) * 3 + 1, 1);
            }
        }
        return new MarketComputation(keys, truth, facts, equations, status, List.copyOf(quarters), start, end, rules,
                consenting, excludedLines);
    }

    /** The row whose kind wins for the seller's channel: the latest ingested; on a tie the larger kind, whatever the row order. */
    private static SellerQuarterRevenue latestKind(SellerQuarterRevenue a, SellerQuarterRevenue b) {
        Comparator<SellerQuarterRevenue> order = Comparator.comparing(SellerQuarterRevenue::lastIngested,
                        Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
                .thenComparing(r -> r.kind().name());
        return order.compare(b, a) > 0 ? b : a;
    }

    private static void add(Map<CellKey, BigDecimal[]> groups, CellKey key, BigDecimal revenue) {
        BigDecimal[] sums = groups.computeIfAbsent(key, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(revenue);
        if (revenue.signum() > 0) {
            sums[1] = sums[1].add(revenue);
        }
    }

    /** What leaves: figures of published cells only. */
    public MarketReport published() {
        List<MarketCell> all = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Disclosure.Status s = status[i];
            MarketCell.Status visible = s == Disclosure.Status.PUBLISHED ? MarketCell.Status.PUBLISHED
                    : s == Disclosure.Status.EMPTY ? MarketCell.Status.EMPTY : MarketCell.Status.SUPPRESSED;
            all.add(new MarketCell(keys.get(i), visible, visible == MarketCell.Status.PUBLISHED ? truth.get(i) : null));
        }
        return new MarketReport("EUR", from, to, quarters, rules, consenting, excludedLines, all.get(0),
                of(all, CellKey.Dimension.KIND), of(all, CellKey.Dimension.CHANNEL), of(all, CellKey.Dimension.QUARTER),
                of(all, CellKey.Dimension.CHANNEL_QUARTER));
    }

    private static List<MarketCell> of(List<MarketCell> all, CellKey.Dimension dimension) {
        return all.stream().filter(c -> c.key().dimension() == dimension).toList();
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

    /** Running sums of one cell. */
    private static final class Acc {
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal positive = BigDecimal.ZERO;
        BigDecimal largest = BigDecimal.ZERO;
        long sellers;
        boolean lines;
        final List<BigDecimal> shares = new ArrayList<>();
        final List<BigDecimal> topPlatformShares = new ArrayList<>();
        final EnumMap<Risk, Long> risk = new EnumMap<>(Risk.class);

        void add(BigDecimal contribution, BigDecimal share, BigDecimal topPlatformShare, Risk level) {
            lines = true;
            revenue = revenue.add(contribution);
            if (contribution.signum() > 0) {
                positive = positive.add(contribution);
                largest = largest.max(contribution);
                sellers++;
                if (share != null) {
                    shares.add(share);
                }
                topPlatformShares.add(topPlatformShare);
                risk.merge(level, 1L, Long::sum);
            }
        }

        MarketCell.Figures figures() {
            Map<Risk, Long> levels = new EnumMap<>(Risk.class);
            for (Risk r : Risk.values()) {
                levels.put(r, risk.getOrDefault(r, 0L));
            }
            BigDecimal median = shares.isEmpty() ? null : quantile(shares, new BigDecimal("0.5"));
            MarketCell.Quartiles tps = topPlatformShares.isEmpty() ? null : new MarketCell.Quartiles(
                    quantile(topPlatformShares, new BigDecimal("0.25")), quantile(topPlatformShares, new BigDecimal("0.5")),
                    quantile(topPlatformShares, new BigDecimal("0.75")));
            return new MarketCell.Figures(sellers, revenue.setScale(2, RoundingMode.HALF_EVEN), median, tps,
                    Collections.unmodifiableMap(levels));
        }
    }

    /** The p-quantile by linear interpolation between order statistics (h = (n − 1) p), 4 decimals. */
    static BigDecimal quantile(List<BigDecimal> values, BigDecimal p) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        BigDecimal h = p.multiply(BigDecimal.valueOf(sorted.size() - 1L));
        int lo = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(lo));
        BigDecimal value = sorted.get(lo);
        if (fraction.signum() > 0 && lo + 1 < sorted.size()) {
            value = value.add(sorted.get(lo + 1).subtract(value).multiply(fraction, MC), MC);
        }
        return value.setScale(4, RoundingMode.HALF_EVEN);
    }
}
