package app.eggbasket.analytics.market;

import app.eggbasket.ingestion.sale.ChannelKind;

/**
 * Which cell of the market report: the whole cooperative ({@code TOTAL}), a channel kind, a channel (a
 * channel name with its kind), a quarter over every channel, or a channel in a quarter. Channels that fewer
 * than {@code minSellers} consenting sellers use are grouped as {@link MarketComputation#OTHER} within their
 * kind, so a rare, seller-chosen channel name is never published.
 *
 * @param quarter {@code 2025-Q1}, or null for the whole period
 */
public record CellKey(Dimension dimension, String channel, ChannelKind kind, String quarter) {

    public enum Dimension { TOTAL, KIND, CHANNEL, QUARTER, CHANNEL_QUARTER }

    public static CellKey total() {
        return new CellKey(Dimension.TOTAL, null, null, null);
    }

    public static CellKey kind(ChannelKind kind) {
        return new CellKey(Dimension.KIND, null, kind, null);
    }

    public static CellKey channel(String channel, ChannelKind kind) {
        return new CellKey(Dimension.CHANNEL, channel, kind, null);
    }

    public static CellKey quarter(String quarter) {
        return new CellKey(Dimension.QUARTER, null, null, quarter);
    }

    public static CellKey channelQuarter(String channel, ChannelKind kind, String quarter) {
        return new CellKey(Dimension.CHANNEL_QUARTER, channel, kind, quarter);
    }
}
