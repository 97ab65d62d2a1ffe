package app.eggbasket.analytics.market;

import java.math.BigDecimal;

/**
 * Statistical disclosure control of the market report (DESIGN §5), as official statisticians do it.
 *
 * @param minSellers frequency rule: a cell is published only with at least this many distinct sellers (default 3;
 *                   the French tax office uses 11 for individuals)
 * @param dominance  (1, k) dominance rule: a cell is suppressed when one seller contributes more than this
 *                   fraction of it (default 0.85)
 * @param secondary  secondary suppression, so no suppressed cell can be recovered from totals; only tests
 *                   switch it off, to show the attack that it prevents
 * @param quantileMinSellers a published cell gives its median share and top-platform-share quartiles only with at
 *                   least this many sellers (default 10): the quartiles of three sellers are three sellers' values
 * @param protectionLevel every cell withheld by the frequency or dominance rule must keep, given the published cells
 *                   and that revenue is not negative, a feasible interval reaching at least this fraction of its value
 *                   below and above it (default 0.10, as tau-ARGUS audits it); 0 only asks that it cannot be computed
 *                   exactly. See {@link ProtectionIntervals}.
 */
public record DisclosureRules(int minSellers, BigDecimal dominance, boolean secondary, int quantileMinSellers,
                              BigDecimal protectionLevel) {

    /** Counts of members below this are never published, whatever the rules: a count of 1 or 2 points at someone. */
    public static final int SMALLEST_COUNT = 3;

    public static final int DEFAULT_QUANTILE_MIN_SELLERS = 10;

    public static final BigDecimal DEFAULT_PROTECTION_LEVEL = new BigDecimal("0.10");

    public static final DisclosureRules DEFAULT = new DisclosureRules(3, new BigDecimal("0.85"), true);

    public DisclosureRules {
        if (minSellers < 1) {
            throw new IllegalArgumentException("the minimum number of sellers per cell must be at least 1, was " + minSellers);
        }
        if (dominance == null || dominance.signum() <= 0 || dominance.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the dominance threshold must be a fraction in (0, 1], was " + dominance);
        }
        if (quantileMinSellers < minSellers) {
            throw new IllegalArgumentException("quantiles need at least as many sellers as a cell (" + minSellers
                    + "), was " + quantileMinSellers);
        }
        if (protectionLevel == null || protectionLevel.signum() < 0 || protectionLevel.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the protection level must be a fraction in [0, 1), was " + protectionLevel);
        }
        // 0.1 and 0.10 are one rule: the same record whatever way it was written or read back
        protectionLevel = protectionLevel.setScale(Math.max(2, protectionLevel.stripTrailingZeros().scale()));
    }

    public DisclosureRules(int minSellers, BigDecimal dominance, boolean secondary, int quantileMinSellers) {
        this(minSellers, dominance, secondary, quantileMinSellers, DEFAULT_PROTECTION_LEVEL);
    }

    public DisclosureRules(int minSellers, BigDecimal dominance, boolean secondary) {
        this(minSellers, dominance, secondary, Math.max(minSellers, DEFAULT_QUANTILE_MIN_SELLERS));
    }

    public DisclosureRules(int minSellers, BigDecimal dominance) {
        this(minSellers, dominance, true);
    }

    public DisclosureRules withoutSecondary() {
        return new DisclosureRules(minSellers, dominance, false, quantileMinSellers, protectionLevel);
    }

    public DisclosureRules withQuantileMinSellers(int sellers) {
        return new DisclosureRules(minSellers, dominance, secondary, sellers, protectionLevel);
    }

    public DisclosureRules withProtectionLevel(BigDecimal level) {
        return new DisclosureRules(minSellers, dominance, secondary, quantileMinSellers, level);
    }
}
