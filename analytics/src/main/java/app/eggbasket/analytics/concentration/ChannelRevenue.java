package app.eggbasket.analytics.concentration;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;

/** Revenue of one channel over a period: the input of every concentration measure. */
public record ChannelRevenue(String channel, ChannelKind kind, BigDecimal revenue) {
}
