package app.eggbasket.analytics.engine;

import app.eggbasket.analytics.currency.UnconvertedLines;
import app.eggbasket.analytics.currency.EcbRates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Runs the metric SQL over the lake for one seller. Implementations return engine-neutral records;
 * no ResultSet or engine row type leaves them. Implementations are thread-safe.
 */
public interface SalesEngine extends AutoCloseable {

    /** First and last order dates of the seller, empty when she has no line. */
    Optional<Period> dataRange(String sellerId);

    /** Distinct currencies of the seller's lines in the period. */
    List<String> currencies(String sellerId, Period period);

    /**
     * Totals per channel, largest revenue first.
     *
     * @param currency the currency to convert every amount to, or null when the period holds one currency
     */
    List<ChannelTotals> channelTotals(String sellerId, Period period, String currency);

    /** Revenue per channel and calendar month, in month order; {@code currency} as in {@link #channelTotals}. */
    List<MonthlyChannelTotals> monthly(String sellerId, Period period, String currency);

    /**
     * Per channel, day, export format and whether the lines stated fees, their revenue, orders and units
     * ({@link MetricSql#UNSTATED_FEE_BASES}), for the fee schedules to estimate; {@code currency} as in
     * {@link #channelTotals}.
     */
    List<FeeBase> unstatedFeeBases(String sellerId, Period period, String currency);

    /**
     * In one pass: the seller's data range, and the currencies, channel totals and fee bases of her lines
     * from {@code from} (inclusive) to {@code to} (exclusive), either null for open, unconverted. Equal to
     * what the four separate methods return ({@link ReportTotals}).
     */
    ReportTotals reportTotals(String sellerId, LocalDate from, LocalDate to);

    /** Lines of the period that cannot be converted to {@code currency} for want of a rate, per currency. */
    List<UnconvertedLines> missingRates(String sellerId, Period period, String currency);

    /** The rates the engine converts with. */
    EcbRates rates();

    @Override
    void close();

    /** The day after a last order date, to make an inclusive date an exclusive bound. */
    static LocalDate dayAfter(LocalDate date) {
        return date.plusDays(1);
    }
}
