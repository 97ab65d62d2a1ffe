package app.eggbasket.ingestion.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.io.InputStream;

/**
 * The zip-bomb guard of an {@code .xlsx} upload: before the workbook is opened, its entries (as its central directory
 * lists them, the way the workbook reader will) are inflated once into nothing, counting, and the file is refused as soon as they would expand past {@link #MAX_INFLATED} in all, or an
 * entry past 1 MiB is compressed more than {@link #MAX_RATIO} to 1 (a sheet of sales compresses about 10 to 1;
 * a bomb a thousand). The cost is bounded by the limits, not by what the file claims.
 */
final class XlsxInflation {

    /**
     * What all the entries of a workbook may inflate to: 256 MiB of XML is several hundred thousand sale lines,
     * more than any seller's export (system property {@code eggbasket.xlsx.maxInflatedBytes}).
     */
    static final long MAX_INFLATED = Long.getLong("eggbasket.xlsx.maxInflatedBytes", 256L << 20);
    static final int MAX_RATIO = 100;
    /** Entries smaller than this inflated are not held to the ratio (a tiny styles.xml may compress well). */
    static final long RATIO_FROM = 1L << 20;
    static final int MAX_ENTRIES = 10_000;

    private XlsxInflation() {
    }

    /** @throws FileRefusedException when the workbook would inflate past the limits */
    static void check(String fileName, byte[] bytes) {
        check(fileName, bytes, MAX_INFLATED, MAX_RATIO);
    }

    static void check(String fileName, byte[] bytes, long maxInflated, int maxRatio) {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            int entries = 0;
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    throw tooLarge(fileName, maxInflated);
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        if (total > maxInflated) {
                            throw tooLarge(fileName, maxInflated);
                        }
                        if (inflated > RATIO_FROM && inflated / compressed > maxRatio) {
                            throw new FileRefusedException(fileName, "this .xlsx workbook is compressed more than " + maxRatio
                                    + " to 1 (" + entry.getName() + "), as a zip bomb is; it was not opened. Save it as CSV"
                                    + " from Excel and upload that", RefusalReason.of("xlsxBomb", maxRatio));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileRefusedException refused) {
                throw refused;
            }
            throw new FileRefusedException(fileName, "this .xlsx workbook cannot be read (" + e.getMessage()
                    + "); save it as CSV from Excel and upload that", RefusalReason.of("xlsxUnreadable", e.getMessage()));
        }
    }

    private static FileRefusedException tooLarge(String fileName, long maxInflated) {
        return new FileRefusedException(fileName, "this .xlsx workbook would expand to more than " + (maxInflated >> 20)
                + " MiB when opened; it was not opened. Save it as CSV from Excel (split by period) and upload that",
                RefusalReason.of("xlsxTooLarge", maxInflated >> 20));
    }
}
