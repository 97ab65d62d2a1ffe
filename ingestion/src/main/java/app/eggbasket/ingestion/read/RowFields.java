package app.eggbasket.ingestion.read;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

import java.util.Arrays;

/**
 * The fields of one CSV record, kept as one copy of their characters: a field becomes a {@code String} only
 * when a parser reads it. A wide export (Shopify's 79 columns) has far more columns than any format reads,
 * and materialising every cell of a million rows was most of the reading time.
 */
final class RowFields {

    private final long line;
    private final char[] chars;
    private final int[] ends;
    private final boolean blank;

    private RowFields(long line, char[] chars, int[] ends, boolean blank) {
        this.line = line;
        this.chars = chars;
        this.ends = ends;
        this.blank = blank;
    }

    /** Line of the file where the record starts. */
    long line() {
        return line;
    }

    int size() {
        return ends.length;
    }

    /**
     * The field's text, unquoted as the CSV reader gives it and trimmed as by {@link String#trim()}, or null when that leaves nothing: one copy of the
     * characters instead of a String and its trimmed copy.
     */
    String trimmed(int index) {
        int start = index == 0 ? 0 : ends[index - 1];
        int end = ends[index];
        while (start < end && chars[start] <= ' ') {
            start++;
        }
        while (end > start && chars[end - 1] <= ' ') {
            end--;
        }
        return start == end ? null : new String(chars, start, end - start);
    }

    /** True when every field is empty or white space ({@link String#isBlank()}). */
    boolean isBlank() {
        return blank;
    }

    /** Collects each record's fields into a {@link RowFields}, for {@code CsvReader.builder().build(handler, text)}. */
    static final class Handler extends AbstractBaseCsvCallbackHandler<RowFields> {

        private char[] chars = new char[1024];
        private int[] ends = new int[128];
        private int length;
        private int count;
        private boolean blank;

        private long line;

        @Override
        protected void handleBegin(long startingLineNumber) {
            line = startingLineNumber;
            length = 0;
            count = 0;
            blank = true;
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            if (count >= ExportTable.MAX_FIELDS) {
                throw RecordLimitException.tooManyColumns(line);
            }
            if (length + len > ExportTable.MAX_RECORD_CHARS) {
                throw RecordLimitException.tooLong(line);
            }
            if (length + len > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + len));
            }
            System.arraycopy(buf, offset, chars, length, len);
            if (blank) {
                for (int i = offset; i < offset + len; i++) {
                    if (!Character.isWhitespace(buf[i])) {
                        blank = false;
                        break;
                    }
                }
            }
            length += len;
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = length;
        }

        @Override
        protected RowFields buildRecord() {
            return new RowFields(getStartingLineNumber(), Arrays.copyOf(chars, length), Arrays.copyOf(ends, count), blank);
        }
    }
}
