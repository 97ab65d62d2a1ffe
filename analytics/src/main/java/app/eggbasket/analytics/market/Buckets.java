package app.eggbasket.analytics.market;

/**
 * A counting sort of row numbers by a small integer key (a seller's number, a list's number): linear, stable, and
 * two int arrays whatever the number of rows, where the market report would otherwise sort a million objects.
 *
 * @param starts where the rows of each key begin in {@code rows}; those of key k are {@code rows[starts[k]..starts[k+1])}
 * @param rows   the row numbers grouped by key, in their original order within a key
 */
record Buckets(int[] starts, int[] rows) {

    /** The rows {@code 0..size-1} grouped by {@code keys[row]}, each key below {@code keyCount}. */
    static Buckets of(int[] keys, int size, int keyCount) {
        int[] starts = new int[keyCount + 1];
        for (int r = 0; r < size; r++) {
            starts[keys[r] + 1]++;
        }
        for (int k = 0; k < keyCount; k++) {
            starts[k + 1] += starts[k];
        }
        int[] next = java.util.Arrays.copyOf(starts, keyCount);
        int[] rows = new int[size];
        for (int r = 0; r < size; r++) {
            rows[next[keys[r]]++] = r;
        }
        return new Buckets(starts, rows);
    }
}
