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
     * The same sums as {@link #ROWS}, shaped for {@link QuarterlySums}: sellers by number, each channel with the
     * seller's latest kind of it over the period (the kind of its latest ingested line among the quarters with
     * revenue; on a tie the larger kind), revenue in cents (NULL when no line of the group could be converted).
     * {@code {lines}} also carries an {@code origin} column and {@code {consenting}} is (seller_id, origin,
     * seller_no): a seller's lines count from the part of the lake ({@link CompactLake}) her row names.
     */
    public static final String SUMS = load("market_sums.sql");

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
