package app.eggbasket.analytics.engine;

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

    private MetricSql() {
    }

    public static String bind(String sql, String lines, Period period) {
        return sql.replace("{lines}", lines)
                .replace("{from}", literal(period.from()))
                .replace("{to}", literal(period.to()));
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
        if (target == null || !target.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not a currency code: " + target);
        }
        return sql.replace("{source}", source).replace("{factors}", factors).replace("{target}", "'" + target + "'");
    }

    private static String literal(LocalDate date) {
        return "DATE '" + date + "'";
    }

    private static String load(String name) {
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
