package app.eggbasket.analytics.edition;

import app.eggbasket.analytics.market.QuarterlySums;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a release was computed from, kept privately beside it so that later releases can be checked against it
 * ({@link Differencing}): each contributing member's revenue in cents per channel (with her kind of it) and quarter,
 * as the engine summed it. Never published, never shown: the manager sees the release, not this.
 *
 * <p>File format (big-endian): magic {@code EGGSNAP1}; sellers (count, then UTF strings); channels (count, then
 * name and kind ordinal); rows (count, then seller, channel, quarter id as ints and cents as a long).
 */
public final class Snapshot {

    private static final long MAGIC = 0x454747534E415031L; // "EGGSNAP1"
    /** A row on disk: seller, channel and quarter as ints, cents as a long; read and written 4,096 rows at a time. */
    private static final int ROW_BYTES = 20;
    private static final int CHUNK = 4096;

    private final List<String> sellers;
    private final List<QuarterlySums.Channel> channels;
    private final int size;
    private final int[] seller;
    private final int[] channel;
    private final int[] quarter;
    private final long[] cents;
    private volatile Index index;

    /**
     * Who is where in the rows, worked out once per snapshot (a release's snapshot is compared with every later
     * release of an overlapping period): each seller number's rows, the numbers by seller id (sellers with a row
     * only), and a 64-bit fingerprint of each seller's rows.
     */
    record Index(int[][] rows, java.util.Map<String, Integer> numbers, long[] prints) {
    }

    private Snapshot(List<String> sellers, List<QuarterlySums.Channel> channels, int size, int[] seller, int[] channel,
                     int[] quarter, long[] cents) {
        this.sellers = sellers;
        this.channels = channels;
        this.size = size;
        this.seller = seller;
        this.channel = channel;
        this.quarter = quarter;
        this.cents = cents;
    }

    /** @param sellers the consenting sellers by the numbers the sums give them */
    public static Snapshot of(QuarterlySums sums, List<String> sellers) {
        int n = sums.size();
        int[] s = new int[n];
        int[] c = new int[n];
        int[] q = new int[n];
        long[] v = new long[n];
        for (int r = 0; r < n; r++) {
            s[r] = sums.seller(r);
            c[r] = sums.channel(r);
            q[r] = sums.quarter(r);
            v[r] = sums.cents(r);
        }
        return new Snapshot(List.copyOf(sellers), sums.channels(), n, s, c, q, v);
    }

    public int size() {
        return size;
    }

    public String sellerOf(int row) {
        return sellers.get(seller[row]);
    }

    public int sellerNumber(int row) {
        return seller[row];
    }

    public int sellerCount() {
        return sellers.size();
    }

    public String seller(int number) {
        return sellers.get(number);
    }

    public QuarterlySums.Channel channelOf(int row) {
        return channels.get(channel[row]);
    }

    public int channelNumber(int row) {
        return channel[row];
    }

    public List<QuarterlySums.Channel> channels() {
        return channels;
    }

    public int quarter(int row) {
        return quarter[row];
    }

    public long cents(int row) {
        return cents[row];
    }

    Index index(java.util.function.Function<Snapshot, Index> make) {
        Index i = index;
        if (i == null) {
            i = make.apply(this);
            index = i;
        }
        return i;
    }

    /** Whether the seller has a row: her figures went into the release. */
    public boolean includes(String sellerId) {
        boolean[] used = new boolean[sellers.size()];
        for (int r = 0; r < size; r++) {
            used[seller[r]] = true;
        }
        for (int i = 0; i < sellers.size(); i++) {
            if (used[i] && sellers.get(i).equals(sellerId)) {
                return true;
            }
        }
        return false;
    }

    /** The same figures with one seller's id replaced (her data erased: her figures still protect her). */
    public Snapshot renamed(String sellerId, String replacement) {
        List<String> renamed = new ArrayList<>(sellers);
        renamed.replaceAll(id -> id.equals(sellerId) ? replacement : id);
        return new Snapshot(List.copyOf(renamed), channels, size, seller, channel, quarter, cents);
    }

    public void write(OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeLong(MAGIC);
        out.writeInt(sellers.size());
        for (String s : sellers) {
            out.writeUTF(s);
        }
        out.writeInt(channels.size());
        for (QuarterlySums.Channel c : channels) {
            out.writeUTF(c.name());
            out.writeByte(c.kind().ordinal());
        }
        out.writeInt(size);
        java.nio.ByteBuffer rows = java.nio.ByteBuffer.allocate(ROW_BYTES * CHUNK);
        for (int r = 0; r < size; r++) {
            rows.putInt(seller[r]).putInt(channel[r]).putInt(quarter[r]).putLong(cents[r]);
            if (!rows.hasRemaining()) {
                out.write(rows.array(), 0, rows.position());
                rows.clear();
            }
        }
        out.write(rows.array(), 0, rows.position());
        out.flush();
    }

    public static Snapshot read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        if (in.readLong() != MAGIC) {
            throw new IOException("not a release snapshot");
        }
        int sellerCount = in.readInt();
        List<String> sellers = new ArrayList<>(sellerCount);
        for (int i = 0; i < sellerCount; i++) {
            sellers.add(in.readUTF());
        }
        int channelCount = in.readInt();
        List<QuarterlySums.Channel> channels = new ArrayList<>(channelCount);
        for (int i = 0; i < channelCount; i++) {
            channels.add(new QuarterlySums.Channel(in.readUTF(), ChannelKind.values()[in.readByte()]));
        }
        int n = in.readInt();
        int[] s = new int[n];
        int[] c = new int[n];
        int[] q = new int[n];
        long[] v = new long[n];
        byte[] chunk = new byte[ROW_BYTES * CHUNK];
        java.nio.ByteBuffer rows = java.nio.ByteBuffer.wrap(chunk);
        for (int r = 0; r < n; r++) {
            if (r % CHUNK == 0) {
                in.readFully(chunk, 0, ROW_BYTES * Math.min(CHUNK, n - r));
                rows.clear();
            }
            s[r] = rows.getInt();
            c[r] = rows.getInt();
            q[r] = rows.getInt();
            v[r] = rows.getLong();
            if (s[r] < 0 || s[r] >= sellerCount || c[r] < 0 || c[r] >= channelCount) {
                throw new IOException("snapshot row " + r + " points outside its tables");
            }
        }
        return new Snapshot(List.copyOf(sellers), List.copyOf(channels), n, s, c, q, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot other && size == other.size && sellers.equals(other.sellers)
                && channels.equals(other.channels) && Arrays.equals(seller, 0, size, other.seller, 0, size)
                && Arrays.equals(channel, 0, size, other.channel, 0, size)
                && Arrays.equals(quarter, 0, size, other.quarter, 0, size) && Arrays.equals(cents, 0, size, other.cents, 0, size);
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(size) * 31 + sellers.hashCode();
    }
}
