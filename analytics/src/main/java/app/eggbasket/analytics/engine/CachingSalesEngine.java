package app.eggbasket.analytics.engine;

import app.eggbasket.analytics.currency.UnconvertedLines;
import app.eggbasket.analytics.currency.EcbRates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link SalesEngine} that remembers the answers of another for as long as the seller's data and the
 * rates stay the same. A seller's lines only change when her Parquet file is replaced (ingest, erasure:
 * always a new file moved into place), so an answer is kept under the file's {@link SellerDataVersion}
 * and the rates instance in effect, and is never served once either has changed. Bounded by the number
 * of result rows it holds, least recently used first out.
 */
public final class CachingSalesEngine implements SalesEngine {

    private final SalesEngine engine;
    private final Function<String, SellerDataVersion> versions;
    private final ResultCache cache;

    /**
     * @param versions the current version of a seller's data
     * @param maxRows  how many result rows (channels, days, months…) to hold at most; 0 keeps nothing
     */
    public CachingSalesEngine(SalesEngine engine, Function<String, SellerDataVersion> versions, int maxRows) {
        this.engine = engine;
        this.versions = versions;
        this.cache = new ResultCache(maxRows);
    }

    /** What the cache holds now, for tests and the benchmark. */
    public ResultCache.Stats stats() {
        return cache.stats();
    }

    @Override
    public Optional<Period> dataRange(String sellerId) {
        return cached(sellerId, "dataRange", () -> engine.dataRange(sellerId));
    }

    @Override
    public List<String> currencies(String sellerId, Period period) {
        return cached(sellerId, "currencies", () -> engine.currencies(sellerId, period), period);
    }

    @Override
    public List<ChannelTotals> channelTotals(String sellerId, Period period, String currency) {
        return cached(sellerId, "channelTotals", () -> engine.channelTotals(sellerId, period, currency), period, currency);
    }

    @Override
    public List<MonthlyChannelTotals> monthly(String sellerId, Period period, String currency) {
        return cached(sellerId, "monthly", () -> engine.monthly(sellerId, period, currency), period, currency);
    }

    @Override
    public List<FeeBase> unstatedFeeBases(String sellerId, Period period, String currency) {
        return cached(sellerId, "unstatedFeeBases", () -> engine.unstatedFeeBases(sellerId, period, currency),
                period, currency);
    }

    @Override
    public ReportTotals reportTotals(String sellerId, LocalDate from, LocalDate to) {
        return cached(sellerId, "reportTotals", () -> engine.reportTotals(sellerId, from, to), from, to);
    }

    @Override
    public List<UnconvertedLines> missingRates(String sellerId, Period period, String currency) {
        return cached(sellerId, "missingRates", () -> engine.missingRates(sellerId, period, currency), period, currency);
    }

    @Override
    public EcbRates rates() {
        return engine.rates();
    }

    @Override
    public void close() {
        engine.close();
    }

    private <T> T cached(String sellerId, String question, Supplier<T> answer, Object... arguments) {
        // the version and rates are read before asking: an answer computed from newer data is kept under an
        // older key at worst, which no later request asks for again
        ResultCache.Key key = new ResultCache.Key(sellerId, versions.apply(sellerId), engine.rates(), question,
                Arrays.asList(arguments));
        return cache.get(key, answer, CachingSalesEngine::rows);
    }

    private static int rows(Object result) {
        if (result instanceof Collection<?> rows) {
            return Math.max(1, rows.size());
        }
        if (result instanceof ReportTotals totals) {
            return 1 + totals.currencies().size() + totals.channels().size() + totals.feeBases().size();
        }
        return 1;
    }
}
