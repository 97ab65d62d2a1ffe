package app.eggbasket.analytics.market;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which suppressed cells an attacker could still compute exactly from the published cells and the
 * equations that link them. Published values move to the right-hand side; the unknowns are the suppressed
 * cells; a cell is determined when its unit vector lies in the row space of the equations restricted to the
 * unknowns, i.e. when every solution of the homogeneous system gives it 0. Exact integer elimination
 * (fraction-free, on BigInteger), so no rounding can hide or invent a disclosure. It only depends on which
 * cells are suppressed, not on their values.
 */
public final class LinearAudit {

    private LinearAudit() {
    }

    /** The cells of {@code unknown} that the equations determine. */
    public static Set<Integer> determined(Set<Integer> unknown, List<Disclosure.Equation> equations) {
        if (unknown.isEmpty()) {
            return Set.of();
        }
        List<Integer> columns = new ArrayList<>(unknown);
        Map<Integer, Integer> column = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            column.put(columns.get(i), i);
        }
        int n = columns.size();
        List<BigInteger[]> rows = new ArrayList<>();
        for (Disclosure.Equation e : equations) {
            BigInteger[] row = new BigInteger[n];
            java.util.Arrays.fill(row, BigInteger.ZERO);
            boolean any = false;
            if (column.containsKey(e.total())) {
                row[column.get(e.total())] = row[column.get(e.total())].add(BigInteger.ONE);
                any = true;
            }
            for (int p : e.parts()) {
                if (column.containsKey(p)) {
                    row[column.get(p)] = row[column.get(p)].subtract(BigInteger.ONE);
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        // reduced row echelon form, fraction-free: each pivot row is normalised by the gcd of its entries
        int[] pivotOfRow = new int[rows.size()];
        int rank = 0;
        for (int col = 0; col < n && rank < rows.size(); col++) {
            int pivot = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (rows.get(r)[col].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            java.util.Collections.swap(rows, rank, pivot);
            BigInteger[] p = rows.get(rank);
            for (int r = 0; r < rows.size(); r++) {
                if (r == rank || rows.get(r)[col].signum() == 0) {
                    continue;
                }
                BigInteger[] row = rows.get(r);
                BigInteger a = p[col];
                BigInteger b = row[col];
                for (int k = 0; k < n; k++) {
                    row[k] = row[k].multiply(a).subtract(p[k].multiply(b));
                }
                normalise(row);
            }
            pivotOfRow[rank] = col;
            rank++;
        }
        Set<Integer> pivots = new TreeSet<>();
        for (int r = 0; r < rank; r++) {
            pivots.add(pivotOfRow[r]);
        }
        Set<Integer> out = new TreeSet<>();
        for (int r = 0; r < rank; r++) {
            BigInteger[] row = rows.get(r);
            boolean alone = true;
            for (int k = 0; k < n && alone; k++) {
                if (k != pivotOfRow[r] && row[k].signum() != 0) {
                    alone = false;
                }
            }
            if (alone) {
                out.add(columns.get(pivotOfRow[r]));
            }
        }
        return out;
    }

    private static void normalise(BigInteger[] row) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger v : row) {
            g = g.gcd(v);
        }
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            for (int k = 0; k < row.length; k++) {
                row[k] = row[k].divide(g);
            }
        }
    }
}
