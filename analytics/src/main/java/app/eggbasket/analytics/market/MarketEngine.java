package app.eggbasket.analytics.market;

import app.eggbasket.analytics.engine.Period;

import java.util.Collection;
import java.util.List;

/**
 * What an engine computes for the cooperative market report (DESIGN §5): exact sums over every
 * consenting seller's lines, nothing else. Implementations run {@link MarketSql} and are thread-safe.
 */
public interface MarketEngine {

    /**
     * Revenue per seller, channel and calendar quarter of the period, converted to {@code currency} line by
     * line at the ECB rate of the order date (as the seller report does); lines without a rate are left out and
     * counted in {@link SellerQuarterRevenue#unconvertedLines()} (a row whose lines all lack a rate has a null revenue).
     *
     * @param consenting the sellers who consented; nobody else's line is read
     */
    List<SellerQuarterRevenue> marketRows(Collection<String> consenting, Period period, String currency);

    /**
     * The same sums as {@link #marketRows} ({@link MarketSql#SUMS}), in columns, each channel with the seller's
     * latest kind of it over the period already.
     *
     * @param consenting the sellers who consented, in the order that numbers them (the first is seller 0)
     */
    QuarterlySums marketSums(List<String> consenting, Period period, String currency);
}
