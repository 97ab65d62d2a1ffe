package app.eggbasket.analytics.market;

import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.analytics.engine.Period;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The market-report SQL, written once for every engine (plain SQL that DuckDB and Spark SQL 4 both run:
 * {@code year}, {@code quarter}, {@code max_by}, {@code round}, equi-joins). Placeholders:
 * {@code {lines}} the lake's lines of every seller (DuckDB: a glob over {@code lake/sales/*}{@code /sales.parquet}),
 * {@code {consenting}} a relation with one column {@code seller_id} (the members who consented),
 * {@code {factors}} the conversion factors (currency, day, factor) to {@code {target}},
 * {@code {from}}, {@code {to}} DATE literals. Only validated values are substituted, never user text.
 *
 * <p>The SQL only sums exact decimals per seller, channel and quarter; shares, medians, quartiles, risk
 * levels and disclosure control are computed in Java from those rows ({@link MarketComputation}), so the
 * two engines agree to the cent by construction and no engine-specific percentile function is needed.
 * {@link #SUMS} returns them as integers (seller number, cents) so that a million rows cross JDBC, or leave
 * Spark, quickly; {@link #ROWS} is the readable form, for tests.
 */
public final class MarketSql {

    /**
     * Revenue per consenting seller, channel and calendar quarter, with the channel's latest kind, and how
     * many lines had no rate to the target currency (left out of the revenue, which is NULL when no line of
     * the group could be converted). One scan of the lake.
     */
    public static final String ROWS = load("market_rows.sql");

    /**
     * The same sums as {@link #ROWS}, shaped for {@link QuarterlySums} and for a fast transfer: integers only, but for
     * the name of a channel missing from {@code {channel_numbers}}. One row per consenting seller (by number), channel,
     * channel kind and quarter, from each part of the lake: {@code {rollup}} holds sums already made per quarter by
     * {@link CompactLake} (target-currency lines of the compacted sellers), {@code {lines}} the lines still to be
     * converted and summed. A seller may thus have several rows for one channel and quarter, to be added up, and
     * several kinds for one channel, of which {@link QuarterlySums} keeps the latest ({@code last_ingested_us}).
     * Revenue is in cents, NULL when no line of the row could be converted. Bind with {@link #bindSums}.
     */
    public static final String SUMS = load("market_sums.sql");

    /**
     * The compact file's lines ({@code {lines}}) summed per seller, channel, kind, quarter and currency, as {@link #SUMS}
     * sums them (revenue in cents, latest ingestion of a line with revenue), sorted by seller. Written by
     * {@code compact} on DuckDB only; both engines read it.
     */
    public static final String ROLLUP = load("market_rollup.sql");

    /**
     * The {@code origin} of a row in {@link #SUMS}: the part of the lake it was read from, which must be the part the
     * seller's row in {@code {consenting}} names (an integer: DuckDB joins on it twice as fast as on a string).
     */
    public static final int FROM_COMPACT = 0;
    public static final int FROM_OWN_FILE = 1;

    /**
     * What differs between the engines in {@link #SUMS}: how {@code last_ingested_us} is sent. DuckDB sends the
     * microseconds since 1970 ({@code epoch_us}: an integer crosses JDBC far faster than a timestamp); Spark sends the
     * timestamp itself, whose microseconds the engine counts in Java, because Spark reads the lake's timestamps
     * without time zone and every SQL function of it that counts microseconds would first move them to the session's
     * time zone.
     */
    public enum Dialect {
        DUCKDB("epoch_us"), SPARK("");

        private final String epochMicros;

        Dialect(String epochMicros) {
            this.epochMicros = epochMicros;
        }
    }

    /**
     * The relations {@link #SUMS} reads, each a table name or a parenthesised query.
     *
     * @param lines          lake lines with an {@code origin} column
     * @param rollup         (seller_id, origin, channel, channel_kind, quarter_id, currency, revenue_cents,
     *                       last_ingested): per-quarter sums that are not also in {@code lines}; may be empty
     * @param consenting     (seller_id, origin, seller_no): whose rows count, from which part of the lake
     * @param factors        (currency, day, factor) to the target currency
     * @param channelNumbers (channel, channel_no): channels sent by number; any other is sent by name
     */
    public record SumsSources(String lines, String rollup, String consenting, String factors, String channelNumbers) {
    }

    /** True when the period starts and ends on the first day of a quarter, so that sums per quarter cover it exactly. */
    public static boolean quarterAligned(Period period) {
        return quarterStart(period.from()) && quarterStart(period.to());
    }

    private static boolean quarterStart(java.time.LocalDate day) {
        return day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % 3 == 0;
    }

    /**
     * A relation of the rollup's columns, {@code origin} included, with no row: {@link #ROLLUP} over none of
     * {@code lines}, so its columns have the very types the sums written by {@code compact} have on each engine.
     * For {@code {rollup}} when the period is not made of whole quarters, or no sums were written.
     */
    public static String noRollup(String lines) {
        return "(SELECT *, " + FROM_COMPACT + " AS origin FROM ("
                + ROLLUP.replace("{lines}", "(SELECT * FROM " + lines + " WHERE false) AS no_lines") + ") AS no_rollup)";
    }

    /** The ordinal of each {@code channel_kind} name, from the enum itself. */
    private static final String KIND_NUMBER = java.util.Arrays.stream(app.eggbasket.ingestion.sale.ChannelKind.values())
            .map(kind -> " WHEN '" + kind.name() + "' THEN " + kind.ordinal())
            .collect(java.util.stream.Collectors.joining("", "CASE s.channel_kind", " END"));

    /** {@link #SUMS} bound; {@code sources.rollup()} must have no row unless the period is {@link #quarterAligned}. */
    public static String bindSums(SumsSources sources, String target, Period period, Dialect dialect) {
        return bind(SUMS, sources.lines(), sources.consenting(), sources.factors(), target, period)
                .replace("{rollup}", sources.rollup())
                .replace("{channel_numbers}", sources.channelNumbers())
                .replace("{from_quarter}", String.valueOf(QuarterlySums.quarterId(period.from())))
                .replace("{to_quarter}", String.valueOf(QuarterlySums.quarterId(period.to())))
                .replace("{kind_number}", KIND_NUMBER)
                .replace("{epoch_micros}", dialect.epochMicros);
    }

    private MarketSql() {
    }

    public static String bind(String sql, String lines, String consenting, String factors, String target, Period period) {
        if (!IsoCodes.isCurrency(target)) {
            throw new IllegalArgumentException("not a currency code: " + target);
        }
        return sql.replace("{lines}", lines)
                .replace("{consenting}", consenting)
                .replace("{factors}", factors)
                .replace("{target}", "'" + target + "'")
                .replace("{from}", "DATE '" + period.from() + "'")
                .replace("{to}", "DATE '" + period.to() + "'");
    }

    private static String load(String name) {
        try (InputStream in = MarketSql.class.getResourceAsStream("/app/eggbasket/analytics/sql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing market SQL " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
