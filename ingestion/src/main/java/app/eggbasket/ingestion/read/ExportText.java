package app.eggbasket.ingestion.read;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded export, decoded as it is read: UTF-8 (with or without BOM) when the whole file is
 * valid UTF-8, else Windows-1252, which is what French Excel writes. The upload's bytes are kept, never a
 * whole-file {@code String}: each {@link #reader()} decodes them again, so the heap an export needs does not
 * grow with a second copy of the file.
 */
public final class ExportText {

    /**
     * Exports above this size are refused: 1 GiB, or the system property {@code eggbasket.export.maxBytes}.
     * Reading is streamed, so an export costs its bytes in memory (the upload itself), not a decoded copy.
     */
    public static final int MAX_BYTES = Integer.getInteger("eggbasket.export.maxBytes", 1024 * 1024 * 1024);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String fileName;
    private final byte[] bytes;
    private final int offset;
    private final Charset charset;
    /** The CSV text of a workbook (not held as bytes), else null. */
    private final String workbookText;

    private ExportText(String fileName, byte[] bytes, int offset, Charset charset, String workbookText) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.offset = offset;
        this.charset = charset;
        this.workbookText = workbookText;
    }

    /**
     * Checks and decodes raw bytes.
     *
     * An {@code .xlsx} workbook is read as the CSV text of its first worksheet with data.
     *
     * @throws FileRefusedException when the file is empty, too large, or binary (an old .xls, a PDF…)
     */
    public static ExportText decode(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new FileRefusedException(fileName, "the file is empty", RefusalReason.of("empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new FileRefusedException(fileName, "the file is larger than " + (MAX_BYTES >> 20)
                    + " MiB; split the export by period", RefusalReason.of("tooLarge", MAX_BYTES >> 20));
        }
        if (isZip(bytes)) {
            String csv = XlsxWorkbook.toCsv(fileName, bytes);
            return new ExportText(fileName, csv.getBytes(StandardCharsets.UTF_8), 0, StandardCharsets.UTF_8, csv);
        }
        if (looksBinary(bytes)) {
            throw new FileRefusedException(fileName, "this is not a CSV text file nor an .xlsx workbook (binary content"
                    + (isOle2(bytes) ? ", probably an old Excel .xls file: save it as .xlsx or CSV" : "") + ")",
                    RefusalReason.of(isOle2(bytes) ? "oldExcel" : "binary"));
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        Charset charset = Utf8.isValid(bytes, offset) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new ExportText(fileName, bytes, offset, charset, null);
    }

    /** The name the user gave the file, used in every message about it. */
    public String fileName() {
        return fileName;
    }

    /** The encoding the text is read with. */
    public Charset charset() {
        return charset;
    }

    /** A new reader of the whole text, from its start (without BOM). */
    public Reader reader() {
        if (workbookText != null) {
            return new StringReader(workbookText);
        }
        return new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset), charset);
    }

    /**
     * The line where a quoted value starts that never closes, or -1. Read from the bytes: in UTF-8 and
     * Windows-1252 alike, quotes, delimiters and line ends are single ASCII bytes that no other character's
     * bytes contain, so no decoding is needed.
     */
    int unclosedQuoteLine(char delimiter) {
        return QuoteCheck.unclosedQuoteLine(bytes, offset, delimiter);
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static boolean isOle2(byte[] bytes) {
        return bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0;
    }

    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
