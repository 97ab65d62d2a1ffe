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
 */
public record DisclosureRules(int minSellers, BigDecimal dominance, boolean secondary) {

    public static final DisclosureRules DEFAULT = new DisclosureRules(3, new BigDecimal("0.85"), true);

    public DisclosureRules {
        if (minSellers < 1) {
            throw new IllegalArgumentException("the minimum number of sellers per cell must be at least 1, was " + minSellers);
        }
        if (dominance == null || dominance.signum() <= 0 || dominance.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the dominance threshold must be a fraction in (0, 1], was " + dominance);
        }
    }

    public DisclosureRules(int minSellers, BigDecimal dominance) {
        this(minSellers, dominance, true);
    }

    public DisclosureRules withoutSecondary() {
        return new DisclosureRules(minSellers, dominance, false);
    }
}
