package app.eggbasket.analytics.market;

import java.util.Arrays;

/**
 * A growing list of fractions {@code num / den} of cents (num ≥ 0, den > 0) whose order statistics are found
 * exactly. Fractions are ordered by a double key first: the quotient of two integers below 2^53, both exact as
 * doubles, is correctly rounded, so the key never orders two fractions the wrong way round, it only may give
 * two different fractions the same key. Among equal keys the exact order is taken by cross-multiplication
 * on 128 bits. Without values that large, every fraction is sorted exactly.
 */
final class Fractions {

    private static final long EXACT_DOUBLE = 1L << 53;

    private long[] num;
    private long[] den;
    private int size;
    private boolean small = true;
    /** The quotients, partly ordered by the selections made so far (null until a rank is asked for). */
    private double[] selected;
    private Integer[] sortedExactly;

    Fractions() {
        this(8);
    }

    /** @param expected how many fractions are likely to come (room is made for them at once) */
    Fractions(int expected) {
        num = new long[Math.max(1, expected)];
        den = new long[Math.max(1, expected)];
    }

    void add(long numerator, long denominator) {
        if (size == num.length) {
            num = Arrays.copyOf(num, size * 2);
            den = Arrays.copyOf(den, size * 2);
        }
        num[size] = numerator;
        den[size] = denominator;
        small &= numerator < EXACT_DOUBLE && denominator < EXACT_DOUBLE;
        size++;
        selected = null;
        sortedExactly = null;
    }

    int size() {
        return size;
    }

    long num(int i) {
        return num[i];
    }

    long den(int i) {
        return den[i];
    }

    /** The index of the fraction at 0-based rank {@code k} in ascending order. */
    int atRank(int k) {
        if (!small) {
            if (sortedExactly == null) {
                sortedExactly = new Integer[size];
                for (int i = 0; i < size; i++) {
                    sortedExactly[i] = i;
                }
                Arrays.sort(sortedExactly, this::compare);
            }
            return sortedExactly[k];
        }
        if (selected == null) {
            selected = new double[size];
            for (int i = 0; i < size; i++) {
                selected[i] = key(i);
            }
        }
        double key = select(selected, k);
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

    /** The quotient as a double, the same for equal fractions (both integers exact as doubles, the quotient correctly rounded). */
    private double key(int i) {
        return (double) num[i] / (double) den[i];
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
        return compare(num[i], den[i], num[j], den[j]);
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

    /**
     * The k-th smallest value (0-based) of {@code values}, which it reorders (Hoare's selection with a median of three:
     * linear on average, where sorting would take n log n). Later selections on the same array stay correct and get
     * faster, the array being partly ordered.
     */
    static double select(double[] values, int k) {
        int lo = 0;
        int hi = values.length - 1;
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
