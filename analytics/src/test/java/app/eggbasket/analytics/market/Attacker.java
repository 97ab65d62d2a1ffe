package app.eggbasket.analytics.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An intruder who holds only the published report and knows how its tables add up (total = Σ kinds,
 * kind = Σ its channels, channel = Σ its quarters, quarter = Σ channels in it, total = Σ quarters).
 * Two attacks: differencing (an equation with a single unknown gives it away; recovered cells are reused, so
 * chains of differences are followed) and full Gaussian elimination over every equation at once.
 */
final class Attacker {

    private final Map<CellKey, BigDecimal> known = new LinkedHashMap<>();
    private final List<CellKey> unknown = new ArrayList<>();
    private final List<List<Object[]>> equations = new ArrayList<>(); // each: (key, coefficient) pairs, Σ = 0

    Attacker(MarketReport report) {
        List<MarketCell> all = new ArrayList<>();
        all.add(report.total());
        all.addAll(report.kinds());
        all.addAll(report.channels());
        all.addAll(report.quarterTotals());
        all.addAll(report.channelQuarters());
        for (MarketCell c : all) {
            switch (c.status()) {
                case PUBLISHED -> known.put(c.key(), c.figures().revenue());
                case EMPTY -> known.put(c.key(), BigDecimal.ZERO);
                case SUPPRESSED -> {
                    if (c.figures() != null) {
                        throw new AssertionError("a suppressed cell carries figures: " + c);
                    }
                    unknown.add(c.key());
                }
            }
        }
        CellKey total = report.total().key();
        equation(total, report.kinds().stream().map(MarketCell::key).toList());
        for (MarketCell k : report.kinds()) {
            equation(k.key(), report.channels().stream().map(MarketCell::key).filter(c -> c.kind() == k.key().kind()).toList());
        }
        for (MarketCell c : report.channels()) {
            equation(c.key(), report.channelQuarters().stream().map(MarketCell::key)
                    .filter(x -> x.kind() == c.key().kind() && x.channel().equals(c.key().channel())).toList());
        }
        for (MarketCell q : report.quarterTotals()) {
            equation(q.key(), report.channelQuarters().stream().map(MarketCell::key)
                    .filter(x -> x.quarter().equals(q.key().quarter())).toList());
        }
        equation(total, report.quarterTotals().stream().map(MarketCell::key).toList());
    }

    private void equation(CellKey total, List<CellKey> parts) {
        List<Object[]> terms = new ArrayList<>();
        terms.add(new Object[]{total, 1.0});
        parts.forEach(p -> terms.add(new Object[]{p, -1.0}));
        equations.add(terms);
    }

    List<CellKey> suppressed() {
        return unknown;
    }

    /** Differencing: solve every equation with one unknown, reuse what was found, until nothing moves. */
    Map<CellKey, BigDecimal> byDifferencing() {
        Map<CellKey, BigDecimal> values = new HashMap<>(known);
        Map<CellKey, BigDecimal> recovered = new LinkedHashMap<>();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (List<Object[]> eq : equations) {
                List<Object[]> missing = eq.stream().filter(t -> !values.containsKey((CellKey) t[0])).toList();
                if (missing.size() != 1) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (Object[] t : eq) {
                    if (values.containsKey((CellKey) t[0])) {
                        sum = sum.add(values.get((CellKey) t[0]).multiply(BigDecimal.valueOf((double) t[1])));
                    }
                }
                CellKey target = (CellKey) missing.get(0)[0];
                BigDecimal value = sum.negate().divide(BigDecimal.valueOf((double) missing.get(0)[1])).setScale(2);
                values.put(target, value);
                recovered.put(target, value);
                moved = true;
            }
        }
        return recovered;
    }

    /** Gaussian elimination on all equations at once: the unknowns whose value the system fixes. */
    Map<CellKey, BigDecimal> byElimination() {
        int n = unknown.size();
        List<double[]> rows = new ArrayList<>();
        for (List<Object[]> eq : equations) {
            double[] row = new double[n + 1];
            for (Object[] t : eq) {
                CellKey key = (CellKey) t[0];
                double coefficient = (double) t[1];
                int i = unknown.indexOf(key);
                if (i >= 0) {
                    row[i] += coefficient;
                } else {
                    row[n] -= coefficient * known.get(key).doubleValue();
                }
            }
            rows.add(row);
        }
        int rank = 0;
        int[] pivotColumn = new int[rows.size()];
        for (int col = 0; col < n && rank < rows.size(); col++) {
            int best = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (Math.abs(rows.get(r)[col]) > 1e-9 && (best < 0 || Math.abs(rows.get(r)[col]) > Math.abs(rows.get(best)[col]))) {
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            java.util.Collections.swap(rows, rank, best);
            double[] p = rows.get(rank);
            double lead = p[col];
            for (int k = 0; k <= n; k++) {
                p[k] /= lead;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (r != rank && Math.abs(rows.get(r)[col]) > 1e-12) {
                    double f = rows.get(r)[col];
                    for (int k = 0; k <= n; k++) {
                        rows.get(r)[k] -= f * p[k];
                    }
                }
            }
            pivotColumn[rank++] = col;
        }
        Map<CellKey, BigDecimal> recovered = new LinkedHashMap<>();
        for (int r = 0; r < rank; r++) {
            double[] row = rows.get(r);
            boolean alone = true;
            for (int k = 0; k < n; k++) {
                if (k != pivotColumn[r] && Math.abs(row[k]) > 1e-9) {
                    alone = false;
                }
            }
            if (alone) {
                recovered.put(unknown.get(pivotColumn[r]), BigDecimal.valueOf(row[n]).setScale(2, java.math.RoundingMode.HALF_EVEN));
            }
        }
        return recovered;
    }
}
