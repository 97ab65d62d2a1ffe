package app.eggbasket.ingestion.lake;

import app.eggbasket.ingestion.sale.SaleLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Merges new sale lines into a seller's Parquet file. The identity of a line is
 * (channel, order_id, line_id): the newest upload of a line wins, so re-uploading an export or an
 * overlapping one never counts a line twice. When an order arrives in a newer upload of another format
 * (Etsy order items after Etsy orders), that format's lines replace the older ones for the order, unless
 * the older ones come from a ledger (a statement or transaction report, which states refunds and fees
 * as settled): a ledger's lines of an order are never replaced by an order listing's.
 * <p>
 * The new file is written beside the lake and renamed over the old one: a crash at any point leaves
 * the previous file intact. One writer per seller at a time, across processes (a file lock). Every
 * replacement or deletion of a seller's file is recorded in the lake's change token immediately before and
 * immediately after it ({@link LakeChanges}).
 */
public final class LakeWriter {

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Lake lake;
    private final LakeChanges changes;
    private final String mergeSql;

    /** A writer for which no format is a ledger: per order, the format uploaded last wins. */
    public LakeWriter(Lake lake) {
        this(lake, Set.of());
    }

    /** @param ledgerFormats ids of the formats whose lines of an order win over order listings' */
    public LakeWriter(Lake lake, Set<String> ledgerFormats) {
        this.lake = lake;
        this.changes = new LakeChanges(lake);
        this.mergeSql = MERGE_SQL.replace("{ledger_formats}", ledgerFormats.isEmpty() ? "NULL"
                : ledgerFormats.stream().sorted().map(LakeWriter::sqlString).collect(Collectors.joining(", ")));
    }

    private static String sqlString(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** How a merge changed the seller's file. */
    public record MergeResult(long linesWritten, long duplicates, long totalLines) {
    }

    /**
     * @param lines      validated lines, all of {@code sellerId}
     * @param ingestedAt when this upload was received; later uploads win
     */
    public MergeResult merge(String sellerId, Collection<SaleLine> lines, Instant ingestedAt) {
        try (IncomingLines incoming = begin(sellerId)) {
            lines.forEach(incoming::add);
            return merge(incoming, ingestedAt);
        }
    }

    /** Starts staging the lines of one upload of the seller; nothing is written until {@link #merge(IncomingLines, Instant)}. */
    public IncomingLines begin(String sellerId) {
        return new IncomingLines(sellerId);
    }

    /**
     * Merges staged lines into the seller's file.
     *
     * @param ingestedAt when this upload was received; later uploads win
     */
    public MergeResult merge(IncomingLines incoming, Instant ingestedAt) {
        return merge(incoming, ingestedAt, () -> { });
    }

    /**
     * Merges staged lines into the seller's file.
     *
     * @param ingestedAt      when this upload was received; later uploads win
     * @param beforeReplacing what must be done before the seller's file changes: it runs once the new file is
     *                        written, just before it replaces the old one, which stays as it was if it throws
     */
    public MergeResult merge(IncomingLines incoming, Instant ingestedAt, Runnable beforeReplacing) {
        incoming.finish();
        return locked(incoming.sellerId, () -> {
            deleteLeftovers(incoming.sellerId);
            return mergeLocked(incoming, ingestedAt, beforeReplacing);
        });
    }

    /**
     * Deletes the seller's sales file, waiting for any write in progress to finish.
     *
     * @return whether there was a file to delete
     */
    public boolean erase(String sellerId) {
        return locked(sellerId, () -> {
            deleteLeftovers(sellerId);
            Path file = lake.salesFile(sellerId);
            changes.record();
            boolean existed = Files.deleteIfExists(file);
            changes.record();
            Files.deleteIfExists(file.getParent());
            return existed;
        });
    }

    /** Work done while holding a seller's write lock (see {@link #underLock}). */
    public interface LockedWork<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code work} holding the seller's write lock, as an ingest does: no writer of this seller, in this process
     * or another, changes her files meanwhile (a backup copies them so).
     */
    public <T> T underLock(String sellerId, LockedWork<T> work) {
        return locked(sellerId, work);
    }

    private <T> T locked(String sellerId, LockedWork<T> work) {
        try {
            return withLock(sellerId, true, work).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the lake for seller " + sellerId, e);
        }
    }

    /**
     * Runs {@code work} holding the seller's lock, in this process ({@link #IN_PROCESS}) and across processes (a file
     * lock): waiting for it when {@code wait}, else empty at once when someone holds it.
     */
    private <T> Optional<T> withLock(String sellerId, boolean wait, LockedWork<T> work) throws IOException {
        Path lockFile = lake.lockFile(sellerId);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        if (wait) {
            local.lock();
        } else if (!local.tryLock()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = wait ? channel.lock() : channel.tryLock()) {
                return held == null ? Optional.empty() : Optional.ofNullable(work.run());
            }
        } finally {
            local.unlock();
        }
    }

    private MergeResult mergeLocked(IncomingLines incoming, Instant ingestedAt, Runnable beforeReplacing) throws IOException {
        Path target = lake.salesFile(incoming.sellerId);
        Files.createDirectories(target.getParent());
        Files.createDirectories(lake.tmpDir());
        Path tmp = lake.tmpDir().resolve(incoming.sellerId + "~" + UUID.randomUUID() + ".parquet.part");
        try (Statement st = incoming.db.createStatement()) {
            st.execute("CREATE OR REPLACE VIEW incoming AS SELECT *, make_timestamp(" + epochMicros(ingestedAt)
                    + "::BIGINT) AS ingested_at FROM staged");
            boolean hasFile = Files.exists(target);
            long duplicates = 0;
            if (!hasFile && allKeptAsTheyAre(st)) {
                st.execute("COPY (SELECT * FROM incoming ORDER BY " + SORT_ORDER + ") TO " + quote(tmp)
                        + " (FORMAT parquet, COMPRESSION zstd)");
            } else {
                duplicates = mergeInto(st, hasFile ? target : null, tmp);
            }
            long total = count(st, "SELECT count(*) FROM read_parquet(" + quote(tmp) + ")");
            PrivateFiles.restrict(tmp);
            beforeReplacing.run();
            changes.record();
            PrivateFiles.moveAtomically(tmp, target);
            changes.record();
            return new MergeResult(incoming.size() - duplicates, duplicates, total);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot merge lines into " + target + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Merges the incoming lines with the seller's file by {@link #MERGE_SQL}; returns the duplicates.
     *
     * @param target the seller's file, or null when there is none yet
     */
    private long mergeInto(Statement st, Path target, Path tmp) throws SQLException {
        if (target != null) {
            st.execute("CREATE TABLE existing AS SELECT * FROM read_parquet(" + quote(target) + ")");
        } else {
            st.execute("CREATE TABLE existing AS SELECT * FROM incoming LIMIT 0");
        }
        long duplicates = count(st, """
                SELECT (SELECT count(*) FROM incoming)
                     - (SELECT count(*) FROM (SELECT DISTINCT channel, order_id, line_id FROM incoming) i
                        WHERE NOT EXISTS (SELECT 1 FROM existing e WHERE e.channel = i.channel
                                          AND e.order_id = i.order_id AND e.line_id = i.line_id))
                """);
        st.execute("COPY (" + mergeSql + ") TO " + quote(tmp) + " (FORMAT parquet, COMPRESSION zstd)");
        return duplicates;
    }

    /**
     * Whether {@link #MERGE_SQL} would keep every incoming line as it is, when the seller has no file yet: the
     * lines are of one format (so it is each order's), none is fee-only (so no order has fee lines whose fees
     * replace its sale lines'), and no line identity is repeated. Then sorting them is all the merge does.
     */
    private static boolean allKeptAsTheyAre(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(DISTINCT source_format) = 1 AND NOT coalesce(bool_or("
                + FEE_ONLY + "), false) AND count(*) = count(DISTINCT (channel, order_id, line_id)) FROM incoming")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static long epochMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** A line that states only fees: a statement's transaction fee for an order, a month's listing fees. */
    private static final String FEE_ONLY = "items = 0 AND discount = 0 AND shipping = 0 AND refund = 0 AND coalesce(fees, 0) <> 0";

    /** The order of the lines in a seller's file. */
    private static final String SORT_ORDER = "order_date, channel, order_id, line_id";

    /**
     * Keeps, per line identity and per order, the lines of one upload: a ledger's over an order listing's,
     * else the newest. Fee-only lines (no amount but fees: a statement's transaction fee for an order, a month's
     * listing fees) are kept beside the sale lines of any format; when an order has them, they are its
     * fees, and the fees its sale lines state are dropped so nothing is counted twice.
     */
    private static final String MERGE_SQL = """
            SELECT * EXCLUDE (rn, order_format, fee_only, order_has_fee_lines, precedence)
                     REPLACE (CASE WHEN order_has_fee_lines AND NOT fee_only THEN NULL ELSE fees END AS fees)
            FROM (
              SELECT *,
                row_number() OVER (PARTITION BY channel, order_id, line_id
                                   ORDER BY precedence DESC, source_line DESC) AS rn,
                arg_max(CASE WHEN NOT fee_only THEN source_format END,
                        CASE WHEN NOT fee_only THEN precedence END) OVER (PARTITION BY channel, order_id) AS order_format,
                bool_or(fee_only) OVER (PARTITION BY channel, order_id) AS order_has_fee_lines
              FROM (SELECT *,
                      ({fee_only}) AS fee_only,
                      (CASE WHEN source_format IN ({ledger_formats}) THEN 10000000000000 ELSE 0 END)
                        + epoch_ms(ingested_at) AS precedence
                    FROM (SELECT * FROM existing UNION ALL SELECT * FROM incoming))
            )
            WHERE rn = 1 AND (fee_only OR source_format = order_format)
            ORDER BY {sort_order}
            """.replace("{fee_only}", FEE_ONLY).replace("{sort_order}", SORT_ORDER);

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Removes what writers that died (a {@code kill -9}, a power cut) left in {@code lake/.tmp}: each seller's part
     * files when no process holds that seller's lock (a live ingest keeps its own), and any other temporary file
     * older than an hour. Called when a process opens the lake to write or serve; the next write of a seller also
     * removes its own leftovers. Returns the number of files removed.
     */
    public int sweepLeftovers() {
        if (!Files.isDirectory(lake.tmpDir())) {
            return 0;
        }
        java.util.Set<String> sellers = new java.util.TreeSet<>();
        int removed = 0;
        java.time.Instant anHourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (Stream<Path> files = Files.list(lake.tmpDir())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int tilde = name.indexOf('~');
                if (name.endsWith(".parquet.part") && tilde > 0) {
                    sellers.add(name.substring(0, tilde));
                } else if (Files.getLastModifiedTime(file).toInstant().isBefore(anHourAgo) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + lake.tmpDir(), e);
        }
        for (String seller : sellers) {
            if (SellerIds.isValid(seller)) {
                removed += ifUnlocked(seller);
            }
        }
        return removed;
    }

    /** Deletes the seller's part files if no writer, in this process or another, holds its lock now. */
    private int ifUnlocked(String sellerId) {
        try {
            return withLock(sellerId, false, () -> deleteLeftovers(sellerId)).orElse(0);
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return 0;
        }
    }

    /** Removes part files a crashed writer of this seller left behind; called under the seller's lock. */
    private int deleteLeftovers(String sellerId) throws IOException {
        if (!Files.isDirectory(lake.tmpDir())) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> parts = Files.list(lake.tmpDir())) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith(sellerId + "~")).toList()) {
                if (Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    static String quote(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
