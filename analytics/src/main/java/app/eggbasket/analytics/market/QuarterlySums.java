package app.eggbasket.analytics.market;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an engine returns for the market report ({@link MarketSql#SUMS}), held in columns: the revenue in cents of
 * each consenting seller (by her number, her rank among the consenting sellers) on each channel (with the channel's
 * kind for that seller) in each quarter ({@code year * 4 + quarter - 1}). A million rows fit in a few arrays of
 * primitives, which {@link CellAggregation} walks without creating an object per row.
 */
public final class QuarterlySums {

    /** A channel as the report knows it: its name and, for the seller, its kind. */
    public record Channel(String name, ChannelKind kind) {
    }

    private final List<Channel> channels;
    private final int size;
    private final int[] sellers;
    private final int[] channelIds;
    private final int[] quarters;
    private final long[] cents;
    private final long unconvertedLines;

    private QuarterlySums(Builder b) {
        this.channels = List.copyOf(b.channels);
        this.size = b.size;
        this.sellers = Arrays.copyOf(b.sellers, b.size);
        this.channelIds = Arrays.copyOf(b.channelIds, b.size);
        this.quarters = Arrays.copyOf(b.quarters, b.size);
        this.cents = Arrays.copyOf(b.cents, b.size);
        this.unconvertedLines = b.unconvertedLines;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The quarter id of a year and quarter (1-4). */
    public static int quarterId(int year, int quarter) {
        return year * 4 + quarter - 1;
    }

    /** {@code 2025-Q1} for the quarter id. */
    public static String quarterLabel(int quarterId) {
        return (quarterId / 4) + "-Q" + (quarterId % 4 + 1);
    }

    public int size() {
        return size;
    }

    public int seller(int row) {
        return sellers[row];
    }

    public int channel(int row) {
        return channelIds[row];
    }

    public int quarter(int row) {
        return quarters[row];
    }

    public long cents(int row) {
        return cents[row];
    }

    /** The channels, indexed by {@link #channel(int)}. */
    public List<Channel> channels() {
        return channels;
    }

    /** Lines left out for want of a rate to the report's currency. */
    public long unconvertedLines() {
        return unconvertedLines;
    }

    /** Collects the rows as the engine reads them, in any order. */
    public static final class Builder {

        private final List<Channel> channels = new ArrayList<>();
        private final Map<String, Map<ChannelKind, Integer>> ids = new HashMap<>();
        private int size;
        private int[] sellers = new int[1024];
        private int[] channelIds = new int[1024];
        private int[] quarters = new int[1024];
        private long[] cents = new long[1024];
        private long unconvertedLines;

        private Builder() {
        }

        /**
         * @param cents      the revenue in cents, null when no line of the group could be converted (the row then
         *                   only counts its unconverted lines)
         * @param unconverted lines of the group left out for want of a rate
         */
        public Builder add(int seller, String channel, ChannelKind kind, int quarterId, Long cents, long unconverted) {
            unconvertedLines += unconverted;
            if (cents == null) {
                return this;
            }
            if (size == sellers.length) {
                int capacity = size * 2;
                sellers = Arrays.copyOf(sellers, capacity);
                channelIds = Arrays.copyOf(channelIds, capacity);
                quarters = Arrays.copyOf(quarters, capacity);
                this.cents = Arrays.copyOf(this.cents, capacity);
            }
            sellers[size] = seller;
            channelIds[size] = channelId(channel, kind);
            quarters[size] = quarterId;
            this.cents[size] = cents;
            size++;
            return this;
        }

        private int channelId(String channel, ChannelKind kind) {
            return ids.computeIfAbsent(channel, c -> new EnumMap<>(ChannelKind.class)).computeIfAbsent(kind, k -> {
                channels.add(new Channel(channel, kind));
                return channels.size() - 1;
            });
        }

        public QuarterlySums build() {
            return new QuarterlySums(this);
        }
    }
}
