package app.eggbasket.analytics.scenario;

import app.eggbasket.analytics.concentration.Risk;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A channel raising its commission from {@code oldRate} to {@code newRate} (fractions: Etsy 0.05 →
 * 0.065 on 11 April 2022): net income lost per month = revenue per month × (newRate − oldRate).
 * The rate applies to the channel's revenue (items − discount + shipping − refund), which is what Etsy's
 * transaction fee is charged on (items and shipping). Revenue and shares do not change, so neither does
 * the risk level ({@code risk}).
 *
 * @param netLostInPeriod  revenue of the period × (newRate − oldRate)
 * @param channelNetAfter  the channel's net over the period with the new rate
 * @param shareOfNetLost   netLostInPeriod / the seller's total net (0 when her net is not positive)
 */
public record FeeHikeScenario(String scenario, String seller, LocalDate from, LocalDate to, String currency,
                              int monthsInPeriod, ChannelBasis channel, BigDecimal oldRate, BigDecimal newRate,
                              BigDecimal netLostPerMonth, BigDecimal netLost12Months, BigDecimal netLostInPeriod,
                              BigDecimal channelNetAfter, BigDecimal netAfter, BigDecimal shareOfNetLost, Risk risk) {
}
