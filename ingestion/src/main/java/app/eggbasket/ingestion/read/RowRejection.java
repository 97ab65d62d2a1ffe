package app.eggbasket.ingestion.read;

/**
 * Thrown by a parser when one value of a row cannot be read; the row is rejected and the run goes on.
 */
public class RowRejection extends RuntimeException {

    private final String column;
    private final String value;
    private final String reason;

    public RowRejection(String column, String value, String reason) {
        super("column '" + column + "' value '" + value + "': " + reason);
        this.column = column;
        this.value = value;
        this.reason = reason;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }
}
