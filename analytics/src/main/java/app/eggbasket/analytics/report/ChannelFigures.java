package app.eggbasket.analytics.report;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;

/**
 * One channel in a seller report. {@code fees} are the fees the exports stated plus, for lines that stated
 * none, those estimated from the channel's fee schedule ({@code feesEstimated} then true; {@code feeSource}
 * tells which). {@code feesStated} is true when at least one export of the channel stated fees.
 * {@code net} = revenue − fees; {@code contributions} = revenue × the seller's contribution rate;
 * {@code kept} = revenue − fees − contributions.
 */
public record ChannelFigures(String channel, ChannelKind kind, BigDecimal revenue, BigDecimal share, long orders,
                             BigDecimal fees, boolean feesEstimated, boolean feesStated, BigDecimal net,
                             FeeSource feeSource, BigDecimal contributions, BigDecimal kept) {
}
