package app.eggbasket.analytics.market;

import java.util.Arrays;

/**
 * A list of fractions {@code num / den} of cents (num ≥ 0, den > 0) whose order statistics are found exactly: a
 * slice of the arrays {@link Contributions} holds for every list of the report. Fractions are ordered by a double
 * key first: the quotient of two integers below 2^53, both exact as doubles, is correctly rounded, so the key never
 * orders two fractions the wrong way round, it only may give two different fractions the same key. Among equal
 * keys the exact order is taken by cross-multiplication on 128 bits. Without values that large, every fraction is
 * sorted exactly.
 *
 * <p>Different lists may be ranked on different threads at once: each works in its own slice.
 */
final class Fractions {

    private static final long EXACT_DOUBLE = 1L << 53;

    private final long[] num;
    private final long[] den;
    /** The quotients of the slice, partly ordered by the selections made so far (filled on the first rank asked). */
    private final double[] selected;
    private final int from;
    private final int size;
    private boolean keyed;
    private Boolean small;
    private Integer[] sortedExactly;

    /** The fractions {@code num[from + i] / den[from + i]} for i below {@code size}; {@code work} is as long as them. */
    Fractions(long[] num, long[] den, double[] work, int from, int size) {
        this.num = num;
        this.den = den;
        this.selected = work;
        this.from = from;
        this.size = size;
    }

    static final Fractions NONE = new Fractions(new long[0], new long[0], new double[0], 0, 0);

    int size() {
        return size;
    }

    long num(int i) {
        return num[from + i];
    }

    long den(int i) {
        return den[from + i];
    }

    /** The index (0 to size − 1) of the fraction at 0-based rank {@code k} in ascending order. */
    int atRank(int k) {
        if (!small()) {
            if (sortedExactly == null) {
                sortedExactly = new Integer[size];
                for (int i = 0; i < size; i++) {
                    sortedExactly[i] = i;
                }
                Arrays.sort(sortedExactly, this::compare);
            }
            return sortedExactly[k];
        }
        if (!keyed) {
            for (int i = 0; i < size; i++) {
                selected[from + i] = key(i);
            }
            keyed = true;
        }
        double key = select(selected, from, from + size, from + k);
        if (key == 0.0 || key == 0.5 || key == 1.0) {
            // no other fraction below 2^53 has these quotients: every fraction with this key is equal, the first will do
            for (int i = 0; ; i++) {
                if (key(i) == key) {
                    return i;
                }
            }
        }
        int below = 0;
        int equal = 0;
        for (int i = 0; i < size; i++) {
            double ki = key(i);
            if (ki < key) {
                below++;
            } else if (ki == key) {
                equal++;
            }
        }
        int tied = 0;
        int[] ties = new int[equal];
        for (int i = 0; i < size && tied < equal; i++) {
            if (key(i) == key) {
                ties[tied++] = i;
            }
        }
        if (allEqual(ties)) {
            return ties[0];
        }
        Integer[] boxed = Arrays.stream(ties).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, this::compare);
        return boxed[k - below];
    }

    private boolean small() {
        if (small == null) {
            boolean all = true;
            for (int i = 0; i < size && all; i++) {
                all = num(i) < EXACT_DOUBLE && den(i) < EXACT_DOUBLE;
            }
            small = all;
        }
        return small;
    }

    /** The quotient as a double, the same for equal fractions (both integers exact as doubles, the quotient correctly rounded). */
    private double key(int i) {
        return (double) num[from + i] / (double) den[from + i];
    }

    private boolean allEqual(int[] indices) {
        for (int i = 1; i < indices.length; i++) {
            if (compare(indices[0], indices[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    private int compare(int i, int j) {
        return compare(num(i), den(i), num(j), den(j));
    }

    /** The sign of {@code a/b − c/d} for non-negative a, c and positive b, d, exactly. */
    static int compare(long a, long b, long c, long d) {
        long high = Math.multiplyHigh(a, d);
        long otherHigh = Math.multiplyHigh(c, b);
        if (high != otherHigh) {
            return Long.compare(high, otherHigh);
        }
        return Long.compareUnsigned(a * d, c * b);
    }

    /** {@link #select(double[], int, int, int)} over the whole array. */
    static double select(double[] values, int k) {
        return select(values, 0, values.length, k);
    }

    /**
     * The value of rank {@code k} (an index between {@code from} and {@code to}) among {@code values[from..to)}, which
     * it reorders (Hoare's selection with a median of three: linear on average, where sorting would take n log n).
     * Later selections on the same slice stay correct and get faster, the slice being partly ordered.
     */
    static double select(double[] values, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double a = values[lo];
            double b = values[mid];
            double c = values[hi];
            double pivot = a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }
}
