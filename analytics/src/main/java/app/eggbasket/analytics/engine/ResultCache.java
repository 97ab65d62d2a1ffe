package app.eggbasket.analytics.engine;

import app.eggbasket.analytics.currency.EcbRates;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The answers {@link CachingSalesEngine} keeps: least recently used out first once the rows held exceed
 * the limit. Two requests for the same missing answer may both compute it; both results are equal.
 */
public final class ResultCache {

    /**
     * What identifies an answer.
     *
     * @param rates the rates instance in effect (compared by identity: a new instance whenever rates are imported)
     */
    public record Key(String sellerId, SellerDataVersion version, EcbRates rates, String question, List<Object> arguments) {
    }

    /** @param rows result rows held; {@code hits} and {@code misses} since the start */
    public record Stats(int answers, long rows, long hits, long misses) {
    }

    private record Entry(Object value, int rows) {
    }

    private final long maxRows;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long rows;
    private long hits;
    private long misses;

    ResultCache(long maxRows) {
        this.maxRows = maxRows;
    }

    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> answer, ToIntFunction<Object> rowsOf) {
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null) {
                hits++;
                return (T) entry.value();
            }
            misses++;
        }
        T value = answer.get();
        int weight = rowsOf.applyAsInt(value);
        if (weight <= maxRows) {
            put(key, new Entry(value, weight));
        }
        return value;
    }

    private synchronized void put(Key key, Entry entry) {
        Entry previous = entries.put(key, entry);
        rows += entry.rows() - (previous == null ? 0 : previous.rows());
        Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
        while (rows > maxRows && eldest.hasNext()) {
            rows -= eldest.next().getValue().rows();
            eldest.remove();
        }
    }

    synchronized Stats stats() {
        return new Stats(entries.size(), rows, hits, misses);
    }
}
