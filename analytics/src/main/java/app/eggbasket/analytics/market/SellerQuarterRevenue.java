package app.eggbasket.analytics.market;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One row of {@link MarketSql#ROWS}: a seller's revenue on one channel in one calendar quarter.
 *
 * @param kind         the kind of the channel's most recently ingested line in that quarter
 * @param lastIngested     when that line was ingested (the seller's latest kind for a channel wins over the period)
 * @param revenue          in the report's currency; null when no line of the group could be converted
 * @param unconvertedLines lines of the group left out for want of a rate
 */
public record SellerQuarterRevenue(String sellerId, String channel, ChannelKind kind, LocalDateTime lastIngested,
                                   int year, int quarter, BigDecimal revenue, long unconvertedLines) {

    /** The quarter as {@code 2025-Q1}. */
    public String quarterLabel() {
        return year + "-Q" + quarter;
    }
}
