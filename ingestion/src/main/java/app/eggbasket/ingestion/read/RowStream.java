package app.eggbasket.ingestion.read;

import de.siegmar.fastcsv.reader.CsvReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The records of a CSV text after its header, read (decoded and split into fields) by a thread of their own
 * while the caller parses the records already read: on a large export the two halves of the work share the
 * cores. Records come in file order; an error of the reader is thrown by {@link #next()} where it happened,
 * after the records before it.
 */
final class RowStream implements AutoCloseable {

    private static final int BLOCK = 512;

    private final BlockingQueue<Object> blocks = new ArrayBlockingQueue<>(16);
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<RowFields> current = List.<RowFields>of().iterator();
    private boolean ended;

    /**
     * @param csv     the reader, owned (and closed) by the stream
     * @param skipped the records to skip first: those up to and including the header
     */
    RowStream(CsvReader<RowFields> csv, int skipped, String fileName) {
        reader = new Thread(() -> read(csv, skipped), "csv-read-" + fileName);
        reader.setDaemon(true);
        reader.start();
    }

    /** The next record, or null after the last; throws the reader's error when it is next. */
    RowFields next() {
        while (!current.hasNext()) {
            if (ended) {
                return null;
            }
            Object block = take();
            if (block instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            if (block instanceof Error e) {
                ended = true;
                throw e;
            }
            @SuppressWarnings("unchecked")
            List<RowFields> rows = (List<RowFields>) block;
            if (rows.isEmpty()) {
                ended = true;
                return null;
            }
            current = rows.iterator();
        }
        return current.next();
    }

    @Override
    public void close() {
        closed = true;
        blocks.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Object take() {
        try {
            return blocks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the export", e);
        }
    }

    private void read(CsvReader<RowFields> csv, int skipped) {
        try (csv) {
            Iterator<RowFields> records = csv.iterator();
            for (int i = 0; i < skipped && records.hasNext(); i++) {
                records.next();
            }
            List<RowFields> block = new ArrayList<>(BLOCK);
            while (records.hasNext()) {
                block.add(records.next());
                if (block.size() == BLOCK) {
                    if (!put(block)) {
                        return;
                    }
                    block = new ArrayList<>(BLOCK);
                }
            }
            if (!block.isEmpty() && !put(block)) {
                return;
            }
            put(List.of());
        } catch (RuntimeException | Error e) {
            put(e);
        } catch (IOException e) {
            put(new UncheckedIOException(e));
        }
    }

    /** Hands a block to the caller; false when the caller has stopped reading. */
    private boolean put(Object block) {
        try {
            while (!closed) {
                if (blocks.offer(block, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
