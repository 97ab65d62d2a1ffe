package app.eggbasket.analytics.concentration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Computes the concentration measures from exact channel revenues. Shares are computed with 34
 * significant digits and rounded only for presentation: shares to 4 decimals, HHI to 1, effective
 * numbers to 2.
 */
public final class ConcentrationCalculator {

    private static final MathContext MC = MathContext.DECIMAL128;

    private final RiskThresholds thresholds;

    public ConcentrationCalculator(RiskThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The share of a channel among channels with positive revenue; 0 for the others. */
    public static BigDecimal share(BigDecimal revenue, BigDecimal positiveTotal) {
        if (revenue.signum() <= 0 || positiveTotal.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return revenue.divide(positiveTotal, MC);
    }

    public static BigDecimal positiveTotal(List<ChannelRevenue> channels) {
        return channels.stream().map(ChannelRevenue::revenue).filter(r -> r.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Concentration of(List<ChannelRevenue> channels) {
        BigDecimal total = positiveTotal(channels);
        if (total.signum() == 0) {
            return new Concentration(zero(1), zero(4), null, zero(2), zero(2), zero(4), zero(4), null, zero(4), Risk.LOW);
        }
        BigDecimal sumSquares = BigDecimal.ZERO;
        double entropy = 0;
        BigDecimal platform = BigDecimal.ZERO;
        ChannelRevenue top = null;
        ChannelRevenue topPlatform = null;
        for (ChannelRevenue c : channels) {
            if (c.revenue().signum() <= 0) {
                continue;
            }
            BigDecimal s = share(c.revenue(), total);
            sumSquares = sumSquares.add(s.multiply(s, MC), MC);
            entropy -= s.doubleValue() * Math.log(s.doubleValue());
            if (top == null || c.revenue().compareTo(top.revenue()) > 0) {
                top = c;
            }
            if (c.kind().isPlatform()) {
                platform = platform.add(s, MC);
                if (topPlatform == null || c.revenue().compareTo(topPlatform.revenue()) > 0) {
                    topPlatform = c;
                }
            }
        }
        BigDecimal topPlatformShare = topPlatform == null ? BigDecimal.ZERO : share(topPlatform.revenue(), total);
        return new Concentration(
                sumSquares.multiply(BigDecimal.valueOf(10_000)).setScale(1, RoundingMode.HALF_EVEN),
                share(top.revenue(), total).setScale(4, RoundingMode.HALF_EVEN),
                top.channel(),
                BigDecimal.ONE.divide(sumSquares, MC).setScale(2, RoundingMode.HALF_EVEN),
                BigDecimal.valueOf(Math.exp(entropy)).setScale(2, RoundingMode.HALF_EVEN),
                platform.setScale(4, RoundingMode.HALF_EVEN),
                BigDecimal.ONE.subtract(platform).setScale(4, RoundingMode.HALF_EVEN),
                topPlatform == null ? null : topPlatform.channel(),
                topPlatformShare.setScale(4, RoundingMode.HALF_EVEN),
                thresholds.classify(topPlatformShare));
    }

    private static BigDecimal zero(int scale) {
        return BigDecimal.ZERO.setScale(scale);
    }
}
