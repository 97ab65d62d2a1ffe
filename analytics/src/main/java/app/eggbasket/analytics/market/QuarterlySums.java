package app.eggbasket.analytics.market;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.util.ArrayList;
import java.util.Arrays;
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
    private final Buckets bySeller;

    private QuarterlySums(Builder b) {
        List<Channel> named = new ArrayList<>();
        this.bySeller = b.bySeller();
        this.channelIds = b.channelIds(named, bySeller);
        this.channels = List.copyOf(named);
        this.size = b.size;
        this.sellers = b.sellers; // the builder's arrays, not copied: a million rows each; the builder is not reused
        this.quarters = b.quarters;
        this.cents = b.cents;
        this.unconvertedLines = b.unconvertedLines;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The quarter id of a year and quarter (1-4). */
    public static int quarterId(int year, int quarter) {
        return year * 4 + quarter - 1;
    }

    /** The id of the quarter a day falls in. */
    public static int quarterId(java.time.LocalDate day) {
        return quarterId(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
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

    /** The rows grouped by seller: those of seller s are {@code rows[starts[s]..starts[s+1])}, s below {@code starts.length - 1}. */
    Buckets bySeller() {
        return bySeller;
    }

    /** Lines left out for want of a rate to the report's currency. */
    public long unconvertedLines() {
        return unconvertedLines;
    }

    /**
     * Collects the rows as the engine reads them, in any order, several per seller, channel and quarter if need be.
     * A seller's channel takes one kind over the whole period: the kind of the row with her latest ingested line
     * that counts (on a tie, the larger kind by name, whatever the row order), as {@link MarketComputation} defines it.
     */
    public static final class Builder {

        private static final ChannelKind[] KINDS = ChannelKind.values();
        /** The position of each kind (by ordinal) in the order of names, for ties. */
        private static final int[] KIND_RANK = new int[KINDS.length];

        static {
            ChannelKind[] byName = KINDS.clone();
            Arrays.sort(byName, java.util.Comparator.comparing(ChannelKind::name));
            for (int i = 0; i < byName.length; i++) {
                KIND_RANK[byName[i].ordinal()] = i;
            }
        }

        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> nameIds = new HashMap<>();
        private int[] numbered = new int[0];
        private int size;
        private int[] sellers = new int[1024];
        private int[] nameOf = new int[1024];
        private byte[] kinds = new byte[1024];
        private int[] quarters = new int[1024];
        private long[] cents = new long[1024];
        private long[] ingested = new long[1024];
        private long unconvertedLines;

        private Builder() {
        }

        /** Makes room for about {@code rows} rows at once (a million rows then cost no copies as they come). */
        public Builder expect(int rows) {
            if (rows > sellers.length) {
                resize(rows);
            }
            return this;
        }

        private void resize(int capacity) {
            sellers = Arrays.copyOf(sellers, capacity);
            nameOf = Arrays.copyOf(nameOf, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            quarters = Arrays.copyOf(quarters, capacity);
            cents = Arrays.copyOf(cents, capacity);
            ingested = Arrays.copyOf(ingested, capacity);
        }

        /** Gives the channel the engine sends as {@code number} its name. */
        public Builder channelNumber(int number, String name) {
            if (number < 0) {
                throw new IllegalArgumentException("channel numbers start at 0: " + number);
            }
            if (number >= numbered.length) {
                int old = numbered.length;
                numbered = Arrays.copyOf(numbered, number + 1);
                Arrays.fill(numbered, old, numbered.length, -1);
            }
            numbered[number] = nameId(name);
            return this;
        }

        /**
         * A row whose kind is already the seller's kind of the channel.
         *
         * @param cents       the revenue in cents, null when no line of the group could be converted (the row then
         *                    only counts its unconverted lines)
         * @param unconverted lines of the group left out for want of a rate
         */
        public Builder add(int seller, String channel, ChannelKind kind, int quarterId, Long cents, long unconverted) {
            return add(seller, nameId(channel), kind.ordinal(), quarterId, cents != null, cents == null ? 0 : cents,
                    unconverted, Long.MIN_VALUE);
        }

        /**
         * A row as {@link MarketSql#SUMS} gives it (primitives only: a million rows come this way).
         *
         * @param channelNumber the channel's number ({@link #channelNumber}), or -1 when it comes by name
         * @param kind          the ordinal of the channel's kind in the row's lines
         * @param hasRevenue    false when no line of the row could be converted (the row then only counts its
         *                      unconverted lines)
         * @param lastIngested  when its latest counted line was ingested, microseconds since 1970
         */
        public Builder add(int seller, int channelNumber, String channelName, int kind, int quarterId, boolean hasRevenue,
                           long cents, long unconverted, long lastIngested) {
            int name;
            if (channelNumber >= 0) {
                name = channelNumber < numbered.length ? numbered[channelNumber] : -1;
                if (name < 0) {
                    throw new IllegalArgumentException("no channel numbered " + channelNumber);
                }
            } else {
                name = nameId(java.util.Objects.requireNonNull(channelName, "channel"));
            }
            if (kind < 0 || kind >= KINDS.length) {
                throw new IllegalArgumentException("no channel kind numbered " + kind);
            }
            return add(seller, name, kind, quarterId, hasRevenue, cents, unconverted, lastIngested);
        }

        private Builder add(int seller, int name, int kind, int quarterId, boolean hasRevenue, long cents, long unconverted,
                            long lastIngested) {
            unconvertedLines += unconverted;
            if (!hasRevenue) {
                return this;
            }
            if (seller < 0) {
                throw new IllegalArgumentException("no seller numbered " + seller);
            }
            if (size == sellers.length) {
                resize(size * 2);
            }
            sellers[size] = seller;
            nameOf[size] = name;
            kinds[size] = (byte) kind;
            quarters[size] = quarterId;
            this.cents[size] = cents;
            ingested[size] = lastIngested;
            size++;
            return this;
        }

        private int nameId(String name) {
            return nameIds.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }

        /** The sums, which take over the builder's arrays (a million rows each): add nothing afterwards. */
        public QuarterlySums build() {
            return new QuarterlySums(this);
        }

        private Buckets bySeller() {
            int sellerCount = 0;
            for (int r = 0; r < size; r++) {
                sellerCount = Math.max(sellerCount, sellers[r] + 1);
            }
            return Buckets.of(sellers, size, sellerCount);
        }

        /** The channel of each row: its name with the seller's kind of it, numbered in {@code channels}. */
        private int[] channelIds(List<Channel> channels, Buckets buckets) {
            int sellerCount = buckets.starts().length - 1;
            int[] start = buckets.starts();
            int[] bySeller = buckets.rows();
            int[][] ids = new int[names.size()][KINDS.length];
            for (int[] row : ids) {
                Arrays.fill(row, -1);
            }
            int[] latest = new int[names.size()];
            Arrays.fill(latest, -1);
            int[] out = new int[size];
            for (int s = 0; s < sellerCount; s++) {
                for (int i = start[s]; i < start[s + 1]; i++) {
                    int r = bySeller[i];
                    int best = latest[nameOf[r]];
                    if (best < 0 || ingested[r] > ingested[best]
                            || ingested[r] == ingested[best] && KIND_RANK[kinds[r]] > KIND_RANK[kinds[best]]) {
                        latest[nameOf[r]] = r;
                    }
                }
                for (int i = start[s]; i < start[s + 1]; i++) {
                    int r = bySeller[i];
                    int name = nameOf[r];
                    int kind = kinds[latest[name]];
                    if (ids[name][kind] < 0) {
                        channels.add(new Channel(names.get(name), KINDS[kind]));
                        ids[name][kind] = channels.size() - 1;
                    }
                    out[r] = ids[name][kind];
                }
                for (int i = start[s]; i < start[s + 1]; i++) {
                    latest[nameOf[bySeller[i]]] = -1;
                }
            }
            return out;
        }
    }
}
