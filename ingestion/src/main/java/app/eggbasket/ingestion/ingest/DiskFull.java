package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.read.FileRefusedException;
import app.eggbasket.ingestion.read.RefusalReason;

import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * An upload that cannot be stored because the disk holding the data directory is full (issue 15): said as a
 * refusal of the file in one sentence, not as a stack trace, and not written to the upload history (which is on
 * the same full disk). Nothing of the file is kept: every write of an ingest goes to a temporary file first and is
 * renamed into place only when complete, so the lake is as it was.
 */
final class DiskFull {

    private DiskFull() {
    }

    static FileSummary guard(String fileName, String uploadId, Supplier<FileSummary> ingest) {
        try {
            return ingest.get();
        } catch (RuntimeException e) {
            if (!isDiskFull(e)) {
                throw e;
            }
            return FileSummary.refused(uploadId, null, null, new FileRefusedException(fileName,
                    "the disk holding the data directory is full: nothing of this file was stored. Free some space"
                            + " (or ask whoever runs Eggbasket to) and upload it again", RefusalReason.of("diskFull"), e));
        }
    }

    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : t.getMessage();
            String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")
                    || lower.contains("not enough space on the disk")) {
                return true;
            }
        }
        return false;
    }
}
