package app.eggbasket.analytics.scenario;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;

/**
 * The figures of the channel a scenario is about, taken from the seller report of the period.
 * {@code revenuePerMonth} = revenue / months in the period (calendar months the period touches, as in
 * the monthly series); {@code net} = revenue − fees as the report gives it ({@code feesStated} false:
 * no export of this channel stated fees, so net equals revenue).
 */
public record ChannelBasis(String name, ChannelKind kind, boolean platform, BigDecimal revenue, BigDecimal share,
                           BigDecimal net, boolean feesStated, boolean feesEstimated, BigDecimal revenuePerMonth,
                           BigDecimal netPerMonth) {
}
