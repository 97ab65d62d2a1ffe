package app.eggbasket.ingestion.read;

/**
 * Finds a quoted field that never closes, the mark of a file cut while downloading. A quote opens a
 * field only at its start; inside, {@code ""} is an escaped quote. Quotes inside unquoted fields are
 * text, as CSV readers treat them.
 */
final class QuoteCheck {

    private QuoteCheck() {
    }

    /** @return the line where the unclosed quoted field starts, or -1 when every quote closes */
    static int unclosedQuoteLine(String text, char delimiter) {
        boolean inQuotes = false;
        boolean fieldStart = true;
        int line = 1;
        int openedAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
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
