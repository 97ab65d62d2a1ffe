package app.eggbasket.analytics.market;

import java.util.Arrays;

/**
 * Every fraction of a market report's cells (each seller's share of a cell, her topPlatformShare), in a few flat
 * arrays rather than hundreds of growing lists: a 100,000-seller report has some four million of them, and arrays
 * that large are never copied by the young collections of the garbage collector, where lists of a few hundred
 * kilobytes that survive are, again and again (pauses of 100–200 ms were seen). Fractions are added to numbered
 * lists in any order, then {@link #group()} puts each list together.
 */
final class Contributions {

    private int lists;
    private int size;
    private int[] list;
    private long[] num;
    private long[] den;

    /** @param expected about how many fractions will come (room is made for them at once) */
    Contributions(int expected) {
        int capacity = Math.max(16, expected);
        list = new int[capacity];
        num = new long[capacity];
        den = new long[capacity];
    }

    /** A new, empty list; its number. */
    int newList() {
        return lists++;
    }

    void add(int list, long numerator, long denominator) {
        if (size == this.list.length) {
            int capacity = size + (size >> 1);
            this.list = Arrays.copyOf(this.list, capacity);
            num = Arrays.copyOf(num, capacity);
            den = Arrays.copyOf(den, capacity);
        }
        this.list[size] = list;
        num[size] = numerator;
        den[size] = denominator;
        size++;
    }

    /** Each list's fractions, in the order they were added (a counting sort by list); indexed by list number. */
    Fractions[] group() {
        Buckets buckets = Buckets.of(list, size, lists);
        int[] start = buckets.starts();
        long[] groupedNum = new long[size];
        long[] groupedDen = new long[size];
        for (int i = 0; i < size; i++) {
            groupedNum[i] = num[buckets.rows()[i]];
            groupedDen[i] = den[buckets.rows()[i]];
        }
        double[] work = new double[size];
        Fractions[] out = new Fractions[lists];
        for (int l = 0; l < lists; l++) {
            out[l] = new Fractions(groupedNum, groupedDen, work, start[l], start[l + 1] - start[l]);
        }
        return out;
    }
}
