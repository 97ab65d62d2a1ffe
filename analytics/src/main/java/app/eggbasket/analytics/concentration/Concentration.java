package app.eggbasket.analytics.concentration;

import java.math.BigDecimal;

/**
 * How concentrated a seller's revenue is (DESIGN §4). Shares are fractions 0–1 over channels with
 * positive revenue. {@code hhi} is 0–10,000 and is shown with the US merger-guideline bands as an
 * antitrust reference only. {@code topChannel} and {@code topPlatform} are null when there is none.
 */
public record Concentration(BigDecimal hhi, BigDecimal cr1, String topChannel, BigDecimal effectiveChannels,
                            BigDecimal entropyEffective, BigDecimal platformShare, BigDecimal controlledShare,
                            String topPlatform, BigDecimal topPlatformShare, Risk risk) {
}
