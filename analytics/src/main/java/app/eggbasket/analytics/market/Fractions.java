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

    private long[] num = new long[8];
    private long[] den = new long[8];
    private int size;
    private boolean small = true;
    private double[] keys;
    private double[] sortedKeys;
    private Integer[] sortedExactly;

    void add(long numerator, long denominator) {
        if (size == num.length) {
            num = Arrays.copyOf(num, size * 2);
            den = Arrays.copyOf(den, size * 2);
        }
        num[size] = numerator;
        den[size] = denominator;
        small &= numerator < EXACT_DOUBLE && denominator < EXACT_DOUBLE;
        size++;
        keys = null;
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
        if (keys == null) {
            keys = new double[size];
            for (int i = 0; i < size; i++) {
                keys[i] = (double) num[i] / (double) den[i];
            }
            sortedKeys = keys.clone();
            Arrays.sort(sortedKeys);
        }
        double key = sortedKeys[k];
        int below = lowerBound(sortedKeys, key);
        int tied = 0;
        int[] ties = new int[upperBound(sortedKeys, key) - below];
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
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

    private static int lowerBound(double[] sorted, double key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
