package app.eggbasket.analytics.engine;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;

/**
 * What an engine sums for one channel over a period.
 *
 * @param fees      sum of the fees the exports stated (0 when none did)
 * @param feeLines  how many lines stated their fees
 * @param lines     how many lines the channel has in the period
 * @param orders    distinct orders with positive revenue
 */
public record ChannelTotals(String channel, ChannelKind kind, BigDecimal revenue, BigDecimal fees,
                            long feeLines, long lines, long orders) {
}
