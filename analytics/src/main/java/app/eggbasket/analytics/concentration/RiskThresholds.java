package app.eggbasket.analytics.concentration;

import java.math.BigDecimal;

/**
 * Lower bounds of topPlatformShare for each risk level above LOW. Defaults: MODERATE from 10%,
 * HIGH from 25%, CRITICAL from 50%.
 */
public record RiskThresholds(BigDecimal moderate, BigDecimal high, BigDecimal critical) {

    public static final RiskThresholds DEFAULT =
            new RiskThresholds(new BigDecimal("0.10"), new BigDecimal("0.25"), new BigDecimal("0.50"));

    public RiskThresholds {
        if (!(moderate.compareTo(high) < 0 && high.compareTo(critical) < 0)) {
            throw new IllegalArgumentException("risk thresholds must increase: " + moderate + " < " + high + " < " + critical);
        }
    }

    public Risk classify(BigDecimal topPlatformShare) {
        if (topPlatformShare.compareTo(critical) >= 0) {
            return Risk.CRITICAL;
        }
        if (topPlatformShare.compareTo(high) >= 0) {
            return Risk.HIGH;
        }
        if (topPlatformShare.compareTo(moderate) >= 0) {
            return Risk.MODERATE;
        }
        return Risk.LOW;
    }
}
