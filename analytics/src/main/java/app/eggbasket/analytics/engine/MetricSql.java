package app.eggbasket.analytics.engine;

import app.eggbasket.ingestion.sale.IsoCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The metric SQL, written once for every engine. Each statement reads {@code {lines}}, a relation of
 * the lake's columns that the engine substitutes (a Parquet scan, a view), and {@code {from}},
 * {@code {to}} as DATE literals. Only validated dates are substituted, never user text.
 */
public final class MetricSql {

    public static final String CURRENCIES = load("currencies.sql");
    public static final String CHANNEL_TOTALS = load("channel_totals.sql");
    public static final String MONTHLY = load("monthly_channel_totals.sql");
    public static final String DATA_RANGE = load("data_range.sql");
    public static final String CONVERTED_LINES = load("converted_lines.sql");
    public static final String MISSING_RATES = load("missing_rates.sql");
    /** Revenue, orders and units per channel, day, export format and whether fees were stated (fee estimation). */
    public static final String UNSTATED_FEE_BASES = load("unstated_fee_bases.sql");
    /** The four statements a seller report needs, as one ({@link #reportPass}). */
    private static final String REPORT_PASS = load("report_pass.sql");
    /** Bounds that hold every order date, for a side of the period left open. */
    private static final LocalDate OPEN_FROM = LocalDate.of(1, 1, 1);
    private static final LocalDate OPEN_TO = LocalDate.of(9999, 12, 31);

    private MetricSql() {
    }

    public static String bind(String sql, String lines, Period period) {
        return sql.replace("{lines}", lines)
                .replace("{from}", literal(period.from()))
                .replace("{to}", literal(period.to()));
    }

    /**
     * One statement for a seller report: {@link #DATA_RANGE} over all of {@code lines}, and
     * {@link #CURRENCIES}, {@link #CHANNEL_TOTALS} and {@link #UNSTATED_FEE_BASES} over those from
     * {@code from} (inclusive) to {@code to} (exclusive), either null for open. One row per result row, its
     * {@code part} saying which: 'range', 'currency', 'channel' or 'fee_base', each part in the order of its
     * own statement. Planning and reading the seller's file once instead of four times is what makes a
     * report cheap (docs/benchmarks.md, seller report).
     */
    public static String reportPass(String lines, LocalDate from, LocalDate to) {
        Period period = new Period(from == null ? OPEN_FROM : from, to == null ? OPEN_TO : to);
        return REPORT_PASS.replace("{data_range}", bind(DATA_RANGE, lines))
                .replace("{currencies}", bind(CURRENCIES, lines, period))
                .replace("{channel_totals}", bind(CHANNEL_TOTALS, lines, period))
                .replace("{fee_bases}", bind(UNSTATED_FEE_BASES, lines, period));
    }

    public static String bind(String sql, String lines) {
        return sql.replace("{lines}", lines);
    }

    /**
     * The lines of {@code source} with revenue and fees converted to {@code target} through the
     * {@code factors} relation (currency, day, factor); lines already in {@code target} are unchanged.
     */
    public static String converted(String source, String factors, String target) {
        return bindConversion(CONVERTED_LINES, source, factors, target);
    }

    /** Binds {source}, {factors} and {target} of a conversion statement (the period is bound separately). */
    public static String bindConversion(String sql, String source, String factors, String target) {
        if (!IsoCodes.isCurrency(target)) {
            throw new IllegalArgumentException("not a currency code: " + target);
        }
        return sql.replace("{source}", source).replace("{factors}", factors).replace("{target}", "'" + target + "'");
    }

    private static String literal(LocalDate date) {
        return "DATE '" + date + "'";
    }

    public static String load(String name) {
        try (InputStream in = MetricSql.class.getResourceAsStream("/app/eggbasket/analytics/sql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing metric SQL " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
