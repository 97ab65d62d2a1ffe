package app.eggbasket.ingestion.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds a quoted field that never closes, the mark of a file cut while downloading. A quote opens a
 * field only at its start; inside, {@code ""} is an escaped quote. Quotes inside unquoted fields are
 * text, as CSV readers treat them. Reads the bytes of an ASCII-compatible encoding (UTF-8, Windows-1252):
 * every byte of a non-ASCII character is simply text. Runs of eight bytes holding no quote, delimiter or line
 * end are passed over at once.
 */
final class QuoteCheck {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = '"' * ONES;
    private static final long NEW_LINES = '\n' * ONES;
    private static final long RETURNS = '\r' * ONES;

    private QuoteCheck() {
    }

    /** @return the line where the unclosed quoted field starts, or -1 when every quote closes */
    static int unclosedQuoteLine(byte[] text, int from, char delimiter) {
        long delimiters = (delimiter & 0xFF) * ONES;
        boolean inQuotes = false;
        boolean fieldStart = true;
        int line = 1;
        int openedAt = -1;
        int i = from;
        while (i < text.length) {
            if (i + Long.BYTES <= text.length) {
                long word = (long) LONGS.get(text, i);
                if (!hasByte(word, QUOTES) && !hasByte(word, NEW_LINES) && !hasByte(word, RETURNS)
                        && (inQuotes || !hasByte(word, delimiters))) {
                    fieldStart = inQuotes && fieldStart;
                    i += Long.BYTES;
                    continue;
                }
            }
            byte c = text[i];
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length && text[i + 1] == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else if (c == '\n') {
                    line++;
                }
            } else if (c == '"' && fieldStart) {
                inQuotes = true;
                openedAt = line;
                fieldStart = false;
            } else if (c == delimiter) {
                fieldStart = true;
            } else if (c == '\n') {
                line++;
                fieldStart = true;
            } else if (c != '\r') {
                fieldStart = false;
            }
            i++;
        }
        return inQuotes ? openedAt : -1;
    }

    /** Whether any byte of the word equals the byte repeated in {@code pattern} (the classic zero-byte test). */
    private static boolean hasByte(long word, long pattern) {
        long x = word ^ pattern;
        return ((x - ONES) & ~x & HIGHS) != 0;
    }
}
