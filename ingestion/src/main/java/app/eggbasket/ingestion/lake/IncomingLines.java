package app.eggbasket.ingestion.lake;

import app.eggbasket.ingestion.sale.SaleLine;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.math.BigDecimal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The lines of one upload on their way to a seller's file, staged in a private in-memory DuckDB table: a
 * writer thread appends them while the caller is still parsing the file, so parsing and appending share the
 * two cores, and no list of every line is kept on the heap. Nothing reaches the lake until
 * {@link LakeWriter#merge(IncomingLines, Instant)}; {@link #close()} without it discards the lines.
 * One producer thread calls {@link #add}.
 */
public final class IncomingLines implements AutoCloseable {

    private static final int BLOCK = 2048;
    private static final List<SaleLine> END = List.of();

    final String sellerId;
    final DuckDBConnection db;
    private final BlockingQueue<List<SaleLine>> blocks = new ArrayBlockingQueue<>(8);
    private final Thread writer;
    private volatile Throwable failure;
    private List<SaleLine> current = new ArrayList<>(BLOCK);
    private long count;
    private boolean ended;

    IncomingLines(String sellerId) {
        this.sellerId = sellerId;
        try {
            db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            try (Statement st = db.createStatement()) {
                st.execute("SET memory_limit = '1GB'");
                st.execute("SET threads = 2");
                st.execute("CREATE TABLE staged (" + LakeSchema.LINE_COLUMNS + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage lines for seller " + sellerId + ": " + e.getMessage(), e);
        }
        writer = new Thread(this::appendBlocks, "lake-append-" + sellerId);
        writer.setDaemon(true);
        writer.start();
    }

    /** Stages one line; throws what the writer thread failed with, if it did. */
    public void add(SaleLine line) {
        if (ended) {
            throw new IllegalStateException("the lines were already merged or discarded");
        }
        current.add(line);
        count++;
        if (current.size() == BLOCK) {
            hand(current);
            current = new ArrayList<>(BLOCK);
        }
    }

    /** The number of lines staged. */
    public long size() {
        return count;
    }

    /** Waits until every staged line is in the table; then the connection is the caller's. */
    void finish() {
        if (!ended) {
            ended = true;
            hand(current);
            hand(END);
        }
        join();
        rethrowFailure();
    }

    /** Discards the lines: nothing is written. */
    @Override
    public void close() {
        if (!ended) {
            ended = true;
            blocks.clear();
            failure = failure != null ? failure : new IllegalStateException("discarded");
            blocks.offer(END);
        }
        join();
        try {
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the staging database: " + e.getMessage(), e);
        }
    }

    private void hand(List<SaleLine> block) {
        try {
            while (!blocks.offer(block, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while staging lines", e);
        }
        rethrowFailure();
    }

    private void join() {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while staging lines", e);
        }
    }

    private void rethrowFailure() {
        Throwable f = failure;
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException("cannot stage lines for seller " + sellerId + ": " + f.getMessage(), f);
        }
    }

    /** The writer thread: the appender belongs to the thread that uses it. */
    private void appendBlocks() {
        try (DuckDBAppender appender = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged")) {
            for (List<SaleLine> block = blocks.take(); block != END && failure == null; block = blocks.take()) {
                for (SaleLine line : block) {
                    append(appender, line);
                }
            }
        } catch (Throwable e) {
            if (failure == null) {
                failure = e;
            }
        }
    }

    private static void append(DuckDBAppender a, SaleLine l) throws SQLException {
        a.beginRow();
        a.append(l.sellerId());
        a.append(l.channel());
        a.append(l.channelKind().name());
        a.append(l.sourceFormat());
        a.append(l.uploadId());
        a.append(l.sourceLine());
        a.append(l.orderId());
        a.append(l.lineId());
        a.append(LocalDateTime.ofEpochSecond(l.orderedAt().getEpochSecond(), l.orderedAt().getNano(), ZoneOffset.UTC));
        a.append(l.orderDate());
        appendNullable(a, l.item());
        appendNullable(a, l.sku());
        a.append(l.quantity());
        a.append(l.currency());
        appendMoney(a, l.items());
        appendMoney(a, l.discount());
        appendMoney(a, l.shipping());
        appendMoney(a, l.tax());
        appendMoney(a, l.refund());
        appendMoney(a, l.fees());
        appendMoney(a, l.revenue());
        appendNullable(a, l.buyerRef());
        appendNullable(a, l.buyerCountry());
        a.append(l.status().name());
        a.endRow();
    }

    /** An amount of scale 2 (as {@link SaleLine} holds money) as its unscaled cents: no BigDecimal conversion. */
    private static void appendMoney(DuckDBAppender a, BigDecimal amount) throws SQLException {
        if (amount == null) {
            a.appendNull();
        } else if (amount.scale() == 2 && amount.precision() <= 18) {
            a.appendDecimal(amount.unscaledValue().longValue());
        } else {
            a.append(amount);
        }
    }

    private static void appendNullable(DuckDBAppender a, String value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }
}
