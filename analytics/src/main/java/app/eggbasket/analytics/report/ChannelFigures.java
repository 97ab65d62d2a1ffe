package app.eggbasket.analytics.report;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;

/**
 * One channel in a seller report. {@code feesStated} is false when no export of this channel stated
 * its fees: {@code fees} is then 0 and {@code net} equals revenue until fee schedules estimate them.
 */
public record ChannelFigures(String channel, ChannelKind kind, BigDecimal revenue, BigDecimal share, long orders,
                             BigDecimal fees, boolean feesEstimated, boolean feesStated, BigDecimal net) {
}
