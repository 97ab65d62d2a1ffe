package app.eggbasket.ingestion.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One data row of an {@link ExportTable}. Typed accessors throw {@link RowRejection} naming the column,
 * the raw text and what was expected, which rejects the row and lets the run go on.
 */
public final class ExportRow {

    private final ExportTable table;
    private final int line;
    private final RowFields fields;

    ExportRow(ExportTable table, int line, RowFields fields) {
        this.table = table;
        this.line = line;
        this.fields = fields;
    }

    /** Line of the file where this row starts (the first line of the file is 1). */
    public int line() {
        return line;
    }

    public ExportTable table() {
        return table;
    }

    /**
     * The trimmed text of the column, or null when the file lacks the column or the cell is empty. In a file whose
     * platform guards formulas ({@link ExportTable#formulaGuard()}), {@code '-1} reads {@code -1}.
     */
    public String text(ColumnName column) {
        int index = table.indexOf(column);
        if (index < 0 || index >= fields.size()) {
            return null;
        }
        String value = fields.trimmed(index);
        return table.formulaGuard() ? unguarded(value) : value;
    }

    /** The value without the apostrophe a platform put before {@code - = + @}, a tab or a carriage return. */
    static String unguarded(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && "-=+@\t\r".indexOf(value.charAt(1)) >= 0) {
            String rest = value.substring(1).strip();
            return rest.isEmpty() ? null : rest;
        }
        return value;
    }

    /** The raw text, never null (empty when absent), for messages. */
    public String raw(ColumnName column) {
        String value = text(column);
        return value == null ? "" : value;
    }

    /** The text, which must be present. */
    public String required(ColumnName column) {
        String value = text(column);
        if (value == null) {
            throw reject(column, "a value is required");
        }
        return value;
    }

    /** An amount, or null when blank ({@code --} and empty count as blank). */
    public Money money(ColumnName column) {
        String value = text(column);
        if (Amounts.isBlank(value)) {
            return null;
        }
        try {
            return Amounts.parse(value, table.decimalComma());
        } catch (IllegalArgumentException e) {
            throw reject(column, e.getMessage());
        }
    }

    /** An amount, zero when blank. */
    public BigDecimal amountOrZero(ColumnName column) {
        Money money = money(column);
        return money == null ? BigDecimal.ZERO : money.amount();
    }

    /** An amount, which must be present. */
    public BigDecimal amount(ColumnName column) {
        Money money = money(column);
        if (money == null) {
            throw reject(column, "an amount is required");
        }
        return money.amount();
    }

    /** A whole quantity; {@code 1.0} and {@code -1,0} are accepted. Blank gives {@code fallback}. */
    public int quantity(ColumnName column, int fallback) {
        String value = text(column);
        if (value == null) {
            return fallback;
        }
        try {
            BigDecimal q = new BigDecimal(value.replace(',', '.'));
            return q.intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw reject(column, "expected a whole quantity like 2");
        }
    }

    /** A date, with its time of day when the text has one. */
    public LocalDateTime dateTime(ColumnName column, DateReader dates) {
        String value = required(column);
        try {
            return dates.read(value);
        } catch (IllegalArgumentException e) {
            throw reject(column, e.getMessage());
        }
    }

    /** A rejection of this row for the given column, with the raw text found. */
    public RowRejection reject(ColumnName column, String reason) {
        return new RowRejection(table.labelOf(column), raw(column), reason);
    }
}
