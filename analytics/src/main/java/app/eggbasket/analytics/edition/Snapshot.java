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

    private final List<String> sellers;
    private final List<QuarterlySums.Channel> channels;
    private final int size;
    private final int[] seller;
    private final int[] channel;
    private final int[] quarter;
    private final long[] cents;

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
        for (int r = 0; r < size; r++) {
            out.writeInt(seller[r]);
            out.writeInt(channel[r]);
            out.writeInt(quarter[r]);
            out.writeLong(cents[r]);
        }
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
        for (int r = 0; r < n; r++) {
            s[r] = in.readInt();
            c[r] = in.readInt();
            q[r] = in.readInt();
            v[r] = in.readLong();
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
