package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.Risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Running sums of one cell of the market report, in cents: every seller's contribution to the cell's value, and
 * for each seller with a positive contribution her share of the cell and her topPlatformShare as exact fractions
 * ({@link Contributions}), whose quantiles are taken at the end ({@link Fractions}).
 */
final class CellSums {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal FIRST_QUARTILE = new BigDecimal("0.25");
    private static final BigDecimal THIRD_QUARTILE = new BigDecimal("0.75");

    private long revenue;
    private long positive;
    private long largest;
    private long sellers;
    private final Contributions contributions;
    private final int shareList;
    private final int topPlatformShareList;
    private Fractions shares = Fractions.NONE;
    private Fractions topPlatformShares = Fractions.NONE;
    private final long[] risk = new long[Risk.values().length];

    /** A cell nobody contributed to. */
    CellSums() {
        this.contributions = null;
        this.shareList = -1;
        this.topPlatformShareList = -1;
    }

    /** @param contributions where the cell's fractions go, until {@link #grouped} */
    CellSums(Contributions contributions) {
        this.contributions = contributions;
        this.shareList = contributions.newList();
        this.topPlatformShareList = contributions.newList();
    }

    /** Takes the cell's fractions, put together ({@link Contributions#group()}); nothing may be added afterwards. */
    void grouped(Fractions[] lists) {
        shares = lists[shareList];
        topPlatformShares = lists[topPlatformShareList];
    }

    /**
     * One seller's contribution over the cell's period.
     *
     * @param positivePart  the part of her revenue in the cell from channels with positive revenue
     * @param positiveTotal her revenue over every channel with positive revenue in the period
     * @param withShare     false for the total and quarter cells, where the share is 1 by definition
     */
    void add(long contribution, long positivePart, long positiveTotal, long topPlatform, Risk level, boolean withShare) {
        revenue = Math.addExact(revenue, contribution);
        if (contribution > 0) {
            positive = Math.addExact(positive, contribution);
            largest = Math.max(largest, contribution);
            sellers++;
            if (withShare) {
                contributions.add(shareList, positivePart, positiveTotal);
            }
            contributions.add(topPlatformShareList, topPlatform, positiveTotal);
            risk[level.ordinal()]++;
        }
    }

    Disclosure.CellFacts facts() {
        return new Disclosure.CellFacts(sellers, cents(revenue), cents(largest), cents(positive), false);
    }

    MarketCell.Figures figures() {
        Map<Risk, Long> levels = new EnumMap<>(Risk.class);
        for (Risk r : Risk.values()) {
            levels.put(r, risk[r.ordinal()]);
        }
        BigDecimal median = shares.size() == 0 ? null : quantile(shares, HALF, false);
        MarketCell.Quartiles tps = topPlatformShares.size() == 0 ? null : new MarketCell.Quartiles(
                quantile(topPlatformShares, FIRST_QUARTILE, true), quantile(topPlatformShares, HALF, true),
                quantile(topPlatformShares, THIRD_QUARTILE, true));
        return new MarketCell.Figures(sellers, cents(revenue), median, tps, Collections.unmodifiableMap(levels));
    }

    /** As the seller report does: the share to 34 digits; a topPlatformShare is shown, and ranked, to 4 decimals. */
    private static BigDecimal quantile(Fractions values, BigDecimal p, boolean fourDecimals) {
        return MarketComputation.quantile(values.size(), k -> {
            int i = values.atRank(k);
            BigDecimal share = ConcentrationCalculator.share(cents(values.num(i)), cents(values.den(i)));
            return fourDecimals ? share.setScale(4, RoundingMode.HALF_EVEN) : share;
        }, p);
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
