package app.eggbasket.ingestion.format;

/** What a parser made of one row. */
public sealed interface RowOutcome permits RowOutcome.Sale, RowOutcome.Skip {

    /** The row is a sale line. */
    record Sale(SaleDraft draft) implements RowOutcome {
    }

    /** The row is valid but not a sale (a withdrawal, a currency conversion, a failed payment). */
    record Skip(String reason) implements RowOutcome {
    }

    static RowOutcome sale(SaleDraft draft) {
        return new Sale(draft);
    }

    static RowOutcome skip(String reason) {
        return new Skip(reason);
    }
}
