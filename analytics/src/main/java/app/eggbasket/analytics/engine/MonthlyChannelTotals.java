package app.eggbasket.analytics.engine;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Revenue of one channel in one calendar month. */
public record MonthlyChannelTotals(YearMonth month, String channel, ChannelKind kind, BigDecimal revenue) {
}
