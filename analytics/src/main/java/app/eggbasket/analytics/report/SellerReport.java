package app.eggbasket.analytics.report;

import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.currency.Conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A seller's report for a period [from, to) (DESIGN §6 JSON contract). Amounts are in {@code currency}.
 * {@code from}/{@code to} are null when the seller has no data yet. {@code fees} include estimated ones
 * ({@code feesEstimated}); {@code contributions} are the social contributions at {@code contributionRate}
 * (a fraction) of revenue, the sum of the channels'; {@code kept} = revenue − fees − contributions.
 * {@code leftOut} lists the lines of the period left out of every figure because they could not be
 * converted to {@code currency}, null when none were.
 */
public record SellerReport(String seller, LocalDate from, LocalDate to, String currency, BigDecimal revenue,
                           BigDecimal fees, BigDecimal net, long orders, List<ChannelFigures> channels,
                           Concentration concentration, Conversion conversion, boolean feesEstimated,
                           BigDecimal contributionRate, BigDecimal contributions, BigDecimal kept,
                           LeftOut leftOut) {
}
