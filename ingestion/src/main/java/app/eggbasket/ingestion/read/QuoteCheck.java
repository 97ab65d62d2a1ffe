package app.eggbasket.ingestion.read;

/**
 * Finds a quoted field that never closes, the mark of a file cut while downloading. A quote opens a
 * field only at its start; inside, {@code ""} is an escaped quote. Quotes inside unquoted fields are
 * text, as CSV readers treat them. Reads the bytes of an ASCII-compatible encoding (UTF-8, Windows-1252):
 * every byte of a non-ASCII character is simply text.
 */
final class QuoteCheck {

    private QuoteCheck() {
    }

    /** @return the line where the unclosed quoted field starts, or -1 when every quote closes */
    static int unclosedQuoteLine(byte[] text, int from, char delimiter) {
        boolean inQuotes = false;
        boolean fieldStart = true;
        int line = 1;
        int openedAt = -1;
        for (int i = from; i < text.length; i++) {
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
                continue;
            }
            if (c == '"' && fieldStart) {
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
        }
        return inQuotes ? openedAt : -1;
    }
}
