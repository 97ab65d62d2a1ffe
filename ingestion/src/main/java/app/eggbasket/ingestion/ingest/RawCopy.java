package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.lake.RawStore;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The raw copy of an upload ({@link RawStore#keep}), written by a thread of its own while the lake file is
 * written, and awaited before the lake file changes: the upload is still kept before its lines are in the lake.
 */
final class RawCopy implements AutoCloseable {

    private final FutureTask<Void> task;

    RawCopy(RawStore raw, String sellerId, String uploadId, byte[] content) {
        task = new FutureTask<>(() -> raw.keep(sellerId, uploadId, content), null);
        Thread thread = new Thread(task, "raw-copy-" + sellerId);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the copy is kept; throws what keeping it failed with. */
    void await() {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keeping the raw upload", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits until the copy is done, when something else went wrong first (whose error is the one to report). */
    @Override
    public void close() {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException reportedByAwait) {
            // await() reports it when the ingest gets that far
        }
    }
}
