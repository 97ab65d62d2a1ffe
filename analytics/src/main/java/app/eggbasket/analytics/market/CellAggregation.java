package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the engine's sums ({@link QuarterlySums}) up into the cells of the market report, seller by seller, with
 * the definitions of {@link MarketComputation}: in each period (every quarter, and the whole period) a seller's
 * channels give her positive total and topPlatformShare, and each cell she falls in receives her contribution.
 * Exact integer cents throughout; one pass to count each channel's users, one to fill the cells.
 */
final class CellAggregation {

    /** The cells that received a contribution, and the quarters covered (empty when there is no row). */
    record Result(Map<CellKey, CellSums> cells, List<String> quarters, int firstQuarter, int lastQuarter) {
    }

    private static final CellKey[] KIND_CELLS = Arrays.stream(ChannelKind.values()).map(CellKey::kind)
            .toArray(CellKey[]::new);

    private final QuarterlySums sums;
    private final int minSellers;
    private final RiskClassifier risk;

    private CellAggregation(QuarterlySums sums, int minSellers, RiskThresholds thresholds) {
        this.sums = sums;
        this.minSellers = minSellers;
        this.risk = new RiskClassifier(thresholds);
    }

    static Result of(QuarterlySums sums, int minSellers, RiskThresholds thresholds) {
        return new CellAggregation(sums, minSellers, thresholds).aggregate();
    }

    private Result aggregate() {
        int n = sums.size();
        if (n == 0) {
            return new Result(Map.of(), List.of(), 0, -1);
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int r = 0; r < n; r++) {
            first = Math.min(first, sums.quarter(r));
            last = Math.max(last, sums.quarter(r));
        }
        int nq = last - first + 1;
        List<String> quarters = new ArrayList<>(nq);
        for (int q = first; q <= last; q++) {
            quarters.add(QuarterlySums.quarterLabel(q));
        }
        int[] rowsBySeller = sums.bySeller().rows();
        int[] start = sums.bySeller().starts();
        int sellerCount = start.length - 1;

        List<QuarterlySums.Channel> channels = sums.channels();
        int nc = channels.size();
        // revenue[p * nc + c]: the seller's revenue on channel c in period p (p = nq: the whole period)
        long[] revenue = new long[(nq + 1) * nc];
        boolean[] present = new boolean[(nq + 1) * nc];
        int[] users = new int[nc];
        for (int s = 0; s < sellerCount; s++) {
            for (int i = start[s]; i < start[s + 1]; i++) {
                int row = rowsBySeller[i];
                revenue[nq * nc + sums.channel(row)] += sums.cents(row);
                present[nq * nc + sums.channel(row)] = true;
            }
            for (int i = start[s]; i < start[s + 1]; i++) {
                int c = sums.channel(rowsBySeller[i]);
                if (present[nq * nc + c]) {
                    if (revenue[nq * nc + c] > 0) {
                        users[c]++;
                    }
                    present[nq * nc + c] = false;
                    revenue[nq * nc + c] = 0;
                }
            }
        }

        // the cells a channel falls in: its own, or OTHER within its kind when too few sellers use it
        CellKey[][] labelCells = new CellKey[nc][nq + 1];
        for (int c = 0; c < nc; c++) {
            QuarterlySums.Channel channel = channels.get(c);
            String label = users[c] >= minSellers ? channel.name() : MarketComputation.OTHER;
            for (int p = 0; p < nq; p++) {
                labelCells[c][p] = CellKey.channelQuarter(label, channel.kind(), quarters.get(p));
            }
            labelCells[c][nq] = CellKey.channel(label, channel.kind());
        }
        CellKey[] periodCells = new CellKey[nq + 1];
        for (int p = 0; p < nq; p++) {
            periodCells[p] = CellKey.quarter(quarters.get(p));
        }
        periodCells[nq] = CellKey.total();
        Map<CellKey, CellSums> cells = new HashMap<>();
        // about a share and a topPlatformShare per row and period, and one per seller and period
        Contributions contributions = new Contributions((int) Math.min(Integer.MAX_VALUE - 8, 4L * n));
        Cells label = new Cells(cells, contributions, nc * (nq + 1));
        Cells kind = new Cells(cells, contributions, ChannelKind.values().length);
        Cells period = new Cells(cells, contributions, nq + 1);

        int[] touched = new int[(nq + 1) * nc];
        Groups groups = new Groups(nc * 2 + 1);
        for (int s = 0; s < sellerCount; s++) {
            int count = 0;
            for (int i = start[s]; i < start[s + 1]; i++) {
                int row = rowsBySeller[i];
                int c = sums.channel(row);
                count = collect(present, revenue, touched, count, (sums.quarter(row) - first) * nc + c, sums.cents(row));
                count = collect(present, revenue, touched, count, nq * nc + c, sums.cents(row));
            }
            Arrays.sort(touched, 0, count); // by period, then channel
            int i = 0;
            while (i < count) {
                int p = touched[i] / nc;
                int end = i;
                long positiveTotal = 0;
                long topPlatform = 0;
                while (end < count && touched[end] / nc == p) {
                    long v = revenue[touched[end]];
                    if (v > 0) {
                        positiveTotal = Math.addExact(positiveTotal, v);
                        if (channels.get(touched[end] % nc).kind().isPlatform()) {
                            topPlatform = Math.max(topPlatform, v);
                        }
                    }
                    end++;
                }
                Risk level = risk.classify(topPlatform, positiveTotal);
                groups.clear();
                for (int j = i; j < end; j++) {
                    int c = touched[j] % nc;
                    long v = revenue[touched[j]];
                    groups.add(label.get(p * nc + c, labelCells[c][p]), v, true);
                    if (p == nq) {
                        ChannelKind k = channels.get(c).kind();
                        groups.add(kind.get(k.ordinal(), KIND_CELLS[k.ordinal()]), v, true);
                    }
                    groups.add(period.get(p, periodCells[p]), v, false);
                }
                groups.addTo(positiveTotal, topPlatform, level);
                for (int j = i; j < end; j++) {
                    present[touched[j]] = false;
                    revenue[touched[j]] = 0;
                }
                i = end;
            }
        }
        Fractions[] lists = contributions.group();
        cells.values().forEach(cell -> cell.grouped(lists));
        return new Result(cells, List.copyOf(quarters), first, last);
    }

    private static int collect(boolean[] present, long[] revenue, int[] touched, int count, int slot, long cents) {
        if (!present[slot]) {
            present[slot] = true;
            touched[count++] = slot;
        }
        revenue[slot] = Math.addExact(revenue[slot], cents);
        return count;
    }

    /** The sums of the cells of one dimension by index, created on a cell's first contribution. */
    private record Cells(Map<CellKey, CellSums> all, Contributions contributions, CellSums[] byIndex) {

        Cells(Map<CellKey, CellSums> all, Contributions contributions, int size) {
            this(all, contributions, new CellSums[size]);
        }

        CellSums get(int index, CellKey key) {
            CellSums cell = byIndex[index];
            if (cell == null) {
                cell = all.computeIfAbsent(key, k -> new CellSums(contributions));
                byIndex[index] = cell;
            }
            return cell;
        }
    }

    /** One seller's contributions in one period, a cell at a time (channels grouped as OTHER add up). */
    private static final class Groups {

        private final CellSums[] cells;
        private final long[] sums;
        private final long[] positive;
        private final boolean[] withShare;
        private int size;

        Groups(int capacity) {
            cells = new CellSums[capacity];
            sums = new long[capacity];
            positive = new long[capacity];
            withShare = new boolean[capacity];
        }

        void clear() {
            size = 0;
        }

        void add(CellSums cell, long revenue, boolean share) {
            int g = 0;
            while (g < size && cells[g] != cell) {
                g++;
            }
            if (g == size) {
                cells[g] = cell;
                sums[g] = 0;
                positive[g] = 0;
                withShare[g] = share;
                size++;
            }
            sums[g] = Math.addExact(sums[g], revenue);
            if (revenue > 0) {
                positive[g] = Math.addExact(positive[g], revenue);
            }
        }

        void addTo(long positiveTotal, long topPlatform, Risk level) {
            for (int g = 0; g < size; g++) {
                cells[g].add(sums[g], positive[g], positiveTotal, topPlatform, level, withShare[g]);
            }
        }
    }

    /**
     * {@link RiskThresholds#classify} of the exact topPlatformShare {@code top / total}, by cross-multiplication
     * when the thresholds have few decimals, as the seller report does otherwise. A share rounded to 34 digits,
     * as ConcentrationCalculator gives it, falls on the same side of a threshold of at most 12 decimals as the
     * exact one: two different fractions of cents below 2^63 differ by far more than 10^-34.
     */
    private static final class RiskClassifier {

        private static final Risk[] LEVELS = {Risk.CRITICAL, Risk.HIGH, Risk.MODERATE};

        private final RiskThresholds thresholds;
        private final long[] numerators = new long[3];
        private final long[] denominators = new long[3];
        private final boolean exact;
        /** The level of a share of 0: a seller without a platform, or without positive revenue. */
        private final Risk none;

        RiskClassifier(RiskThresholds thresholds) {
            this.thresholds = thresholds;
            this.none = thresholds.classify(java.math.BigDecimal.ZERO);
            java.math.BigDecimal[] bounds = {thresholds.critical(), thresholds.high(), thresholds.moderate()};
            boolean ok = true;
            for (int i = 0; i < 3; i++) {
                java.math.BigDecimal t = bounds[i].stripTrailingZeros();
                int scale = Math.max(t.scale(), 0);
                if (t.signum() <= 0 || scale > 12 || t.compareTo(java.math.BigDecimal.valueOf(1_000_000)) > 0) {
                    ok = false;
                    break;
                }
                numerators[i] = t.movePointRight(scale).longValueExact();
                denominators[i] = java.math.BigInteger.TEN.pow(scale).longValueExact();
            }
            this.exact = ok;
        }

        Risk classify(long top, long total) {
            if (top <= 0 || total <= 0) {
                return none; // ConcentrationCalculator.share gives 0
            }
            if (!exact) {
                return thresholds.classify(app.eggbasket.analytics.concentration.ConcentrationCalculator.share(
                        java.math.BigDecimal.valueOf(top, 2), java.math.BigDecimal.valueOf(total, 2)));
            }
            for (int i = 0; i < 3; i++) {
                if (Fractions.compare(top, total, numerators[i], denominators[i]) >= 0) {
                    return LEVELS[i];
                }
            }
            return Risk.LOW;
        }
    }
}
