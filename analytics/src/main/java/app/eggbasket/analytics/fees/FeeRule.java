package app.eggbasket.analytics.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One component of a channel's fees (transaction, payment processing, listing…) as it stood from a date.
 *
 * @param percent    percentage of revenue (6.5 for 6.5%), 0 when none
 * @param perOrder   fixed amount per order with positive revenue, in {@code currency}, 0 when none
 * @param perUnit    fixed amount per unit sold, in {@code currency}, 0 when none
 * @param minPerUnit the percentage part is at least this much per unit sold, 0 when no minimum
 * @param currency   currency of the fixed amounts, null when the rule has none
 * @param approximate true when the figure or its start date is not confirmed
 */
public record FeeRule(String channel, String component, LocalDate from, BigDecimal percent, BigDecimal perOrder,
                      BigDecimal perUnit, BigDecimal minPerUnit, String currency, boolean approximate, String source) {

    boolean hasFixedParts() {
        return perOrder.signum() != 0 || perUnit.signum() != 0 || minPerUnit.signum() != 0;
    }
}
