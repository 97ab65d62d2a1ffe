package app.eggbasket.ingestion.format;

import java.util.List;

/** What a parser made of one row. */
public sealed interface RowOutcome permits RowOutcome.Sale, RowOutcome.Skip {

    /**
     * The row is a sale line, possibly with fee lines of its own: a ledger row that states a sale and the
     * fees the platform took for it (eBay's transaction report) gives a sale line and a fee line, so the
     * fees still count when another format's sale lines of the order are uploaded later.
     */
    record Sale(SaleDraft draft, List<SaleDraft> feeLines) implements RowOutcome {

        public Sale {
            feeLines = List.copyOf(feeLines);
        }

        public Sale(SaleDraft draft) {
            this(draft, List.of());
        }
    }

    /** The row is valid but not a sale (a withdrawal, a currency conversion, a failed payment). */
    record Skip(String reason) implements RowOutcome {
    }

    static RowOutcome sale(SaleDraft draft) {
        return new Sale(draft);
    }

    /** A sale line and the fee line stating its fees (see {@link SaleDraft#feeLine}). */
    static RowOutcome saleWithFees(SaleDraft draft, SaleDraft feeLine) {
        return new Sale(draft, List.of(feeLine));
    }

    static RowOutcome skip(String reason) {
        return new Skip(reason);
    }
}
