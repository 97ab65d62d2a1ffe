package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.market.DisclosureRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * Settings under {@code eggbasket.market.*}: the disclosure rules of the editions the cooperatives publish
 * (each cooperative has its own frequency and dominance rules; the quantile threshold is the instance's).
 *
 * @param minSellers frequency rule, distinct sellers per published cell (default 3)
 * @param dominance  (1, k) dominance rule, largest seller's fraction of a cell above which it is suppressed (default 0.85)
 * @param quantileMinSellers median shares and quartiles only for cells of at least this many sellers (default 10)
 * @param protectionLevel a withheld cell's feasible interval must reach this fraction of its value on both sides
 *                        (default 0.10; 0 only forbids computing it exactly)
 */
@ConfigurationProperties("eggbasket.market")
public record MarketProperties(@DefaultValue("3") int minSellers, @DefaultValue("0.85") BigDecimal dominance,
                               @DefaultValue("10") int quantileMinSellers,
                               @DefaultValue("0.10") BigDecimal protectionLevel) {

    public DisclosureRules rules() {
        return new DisclosureRules(minSellers, dominance, true, Math.max(minSellers, quantileMinSellers), protectionLevel);
    }
}
