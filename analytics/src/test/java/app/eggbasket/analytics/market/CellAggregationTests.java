package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.ingestion.sale.ChannelKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cells added up in cents with exact order statistics ({@link CellAggregation}, {@link Fractions}) are those of
 * the plain BigDecimal computation the report used before, on random cooperatives: ties between shares, refunds
 * larger than sales, channels grouped as OTHER, amounts above 2^53 cents.
 */
class CellAggregationTests {

    private static final String[][] CHANNELS = {{"etsy", "MARKETPLACE"}, {"ebay", "MARKETPLACE"}, {"tiktok", "SOCIAL"},
            {"own-shop", "OWN_SHOP"}, {"markets", "IN_PERSON"}, {"rare-fair", "IN_PERSON"}, {"boutique", "WHOLESALE"}};

    @Test
    void sameFiguresAsTheBigDecimalComputationOnRandomCooperatives() {
        for (int seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            MarketRows rows = new MarketRows();
            int sellers = 1 + random.nextInt(40);
            boolean huge = seed % 10 == 9;
            for (int s = 0; s < sellers; s++) {
                for (String[] channel : CHANNELS) {
                    if (random.nextInt(3) != 0 || (channel[0].equals("rare-fair") && random.nextInt(8) != 0)) {
                        continue;
                    }
                    for (int q = 1; q <= 4; q++) {
                        if (random.nextInt(4) == 0) {
                            continue;
                        }
                        rows.add("s" + s, channel[0], ChannelKind.valueOf(channel[1]), "2025-Q" + q, amount(random, huge));
                    }
                }
            }
            MarketComputation computed = rows.compute(DisclosureRules.DEFAULT);
            Map<CellKey, MarketCell.Figures> expected = reference(rows.rows(), DisclosureRules.DEFAULT.minSellers());
            assertThat(expected).isNotEmpty();
            for (CellKey key : computed.keys()) {
                MarketCell.Figures figures = expected.get(key);
                if (figures != null) {
                    assertThat(computed.truth(key)).as("seed %d, %s", seed, key).isEqualTo(figures);
                } else {
                    assertThat(computed.status(key)).as("seed %d, %s", seed, key).isEqualTo(Disclosure.Status.EMPTY);
                }
            }
            assertThat(computed.keys()).containsAll(expected.keySet());
        }
    }

    @Test
    void equalSharesAndSharesOneDoubleApartAreRankedExactly() {
        Contributions contributions = new Contributions(1);
        int other = contributions.newList();
        int list = contributions.newList();
        long big = (1L << 52) + 1;
        contributions.add(other, 1, 7);
        contributions.add(list, big, big + 1);          // just below 1, the same double as the next one
        contributions.add(list, big + 1, big + 2);
        contributions.add(other, 2, 7);
        contributions.add(list, 1, 3);
        contributions.add(list, 2, 6);
        contributions.add(list, 5, 10);
        Fractions fractions = contributions.group()[list];
        assertThat(fractions.size()).isEqualTo(5);
        assertThat(index(fractions, 0)).isIn(2, 3);
        assertThat(index(fractions, 2)).isEqualTo(4);
        assertThat(index(fractions, 3)).isZero();
        assertThat(index(fractions, 4)).isEqualTo(1);
    }

    private static int index(Fractions fractions, int rank) {
        return fractions.atRank(rank);
    }

    private static String amount(Random random, boolean huge) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return "-" + (1 + random.nextInt(5000)) + ".00"; // refunds over the quarter's sales
        }
        if (kind == 1) {
            return "100.00"; // equal amounts: equal shares
        }
        long cents = 1 + random.nextInt(2_000_000);
        if (huge) {
            cents = cents * 10_000_000_000L;
        }
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** The computation as the report did it with BigDecimal throughout (each channel keeps one kind here). */
    private static Map<CellKey, MarketCell.Figures> reference(List<SellerQuarterRevenue> rows, int minSellers) {
        List<String> quarters = rows.stream().map(SellerQuarterRevenue::quarterLabel).distinct().sorted().toList();
        int nq = quarters.size();
        Map<String, Map<String, BigDecimal[]>> sellers = new TreeMap<>();
        Map<String, ChannelKind> kinds = new HashMap<>();
        for (SellerQuarterRevenue r : rows) {
            kinds.put(r.channel(), r.kind());
            BigDecimal[] perQuarter = sellers.computeIfAbsent(r.sellerId(), s -> new TreeMap<>())
                    .computeIfAbsent(r.channel(), c -> new BigDecimal[nq + 1]);
            int q = quarters.indexOf(r.quarterLabel());
            perQuarter[q] = perQuarter[q] == null ? r.revenue() : perQuarter[q].add(r.revenue());
            perQuarter[nq] = perQuarter[nq] == null ? r.revenue() : perQuarter[nq].add(r.revenue());
        }
        Map<String, Integer> users = new HashMap<>();
        sellers.values().forEach(channels -> channels.forEach((channel, revenue) -> {
            if (revenue[nq].signum() > 0) {
                users.merge(channel, 1, Integer::sum);
            }
        }));
        Map<CellKey, Acc> cells = new HashMap<>();
        for (Map<String, BigDecimal[]> channels : sellers.values()) {
            for (int p = 0; p <= nq; p++) {
                String quarter = p == nq ? null : quarters.get(p);
                Map<CellKey, BigDecimal[]> groups = new LinkedHashMap<>();
                BigDecimal positiveTotal = BigDecimal.ZERO;
                BigDecimal topPlatform = BigDecimal.ZERO;
                for (Map.Entry<String, BigDecimal[]> c : channels.entrySet()) {
                    BigDecimal revenue = c.getValue()[p];
                    if (revenue == null) {
                        continue;
                    }
                    ChannelKind kind = kinds.get(c.getKey());
                    if (revenue.signum() > 0) {
                        positiveTotal = positiveTotal.add(revenue);
                        if (kind.isPlatform()) {
                            topPlatform = topPlatform.max(revenue);
                        }
                    }
                    String label = users.getOrDefault(c.getKey(), 0) >= minSellers ? c.getKey() : MarketComputation.OTHER;
                    add(groups, quarter == null ? CellKey.channel(label, kind) : CellKey.channelQuarter(label, kind, quarter), revenue);
                    if (quarter == null) {
                        add(groups, CellKey.kind(kind), revenue);
                    }
                    add(groups, quarter == null ? CellKey.total() : CellKey.quarter(quarter), revenue);
                }
                if (groups.isEmpty()) {
                    continue;
                }
                BigDecimal exact = ConcentrationCalculator.share(topPlatform, positiveTotal);
                BigDecimal tps = exact.setScale(4, RoundingMode.HALF_EVEN);
                Risk risk = RiskThresholds.DEFAULT.classify(exact);
                BigDecimal total = positiveTotal;
                groups.forEach((key, sums) -> {
                    boolean whole = key.dimension() == CellKey.Dimension.TOTAL || key.dimension() == CellKey.Dimension.QUARTER;
                    cells.computeIfAbsent(key, k -> new Acc())
                            .add(sums[0], whole ? null : ConcentrationCalculator.share(sums[1], total), tps, risk);
                });
            }
        }
        Map<CellKey, MarketCell.Figures> out = new HashMap<>();
        cells.forEach((key, acc) -> out.put(key, acc.figures()));
        return out;
    }

    private static void add(Map<CellKey, BigDecimal[]> groups, CellKey key, BigDecimal revenue) {
        BigDecimal[] sums = groups.computeIfAbsent(key, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(revenue);
        if (revenue.signum() > 0) {
            sums[1] = sums[1].add(revenue);
        }
    }

    private static final class Acc {
        BigDecimal revenue = BigDecimal.ZERO;
        long sellers;
        final List<BigDecimal> shares = new ArrayList<>();
        final List<BigDecimal> topPlatformShares = new ArrayList<>();
        final EnumMap<Risk, Long> risk = new EnumMap<>(Risk.class);

        void add(BigDecimal contribution, BigDecimal share, BigDecimal topPlatformShare, Risk level) {
            revenue = revenue.add(contribution);
            if (contribution.signum() > 0) {
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
            return new MarketCell.Figures(sellers, revenue.setScale(2, RoundingMode.HALF_EVEN),
                    shares.isEmpty() ? null : MarketComputation.quantile(shares, new BigDecimal("0.5")),
                    topPlatformShares.isEmpty() ? null : new MarketCell.Quartiles(
                            MarketComputation.quantile(topPlatformShares, new BigDecimal("0.25")),
                            MarketComputation.quantile(topPlatformShares, new BigDecimal("0.5")),
                            MarketComputation.quantile(topPlatformShares, new BigDecimal("0.75"))),
                    levels);
        }
    }
}
