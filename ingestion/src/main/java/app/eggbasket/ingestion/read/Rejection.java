package app.eggbasket.ingestion.read;

/**
 * One rejected row: where it is, which value was wrong and why.
 *
 * @param file   the file name as uploaded
 * @param line   the line in the file where the row starts (header = its own line number)
 * @param column the column label, or {@code "-"} when the row as a whole is wrong
 * @param value  the raw text found
 * @param reason what was expected
 */
public record Rejection(String file, int line, String column, String value, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": column '" + column + "' value '" + value + "': " + reason;
    }
}
