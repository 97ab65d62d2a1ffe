package app.eggbasket.ingestion.format;

import java.util.List;

/** What a parser made of one row. */
public sealed interface RowOutcome permits RowOutcome.Sale, RowOutcome.Sales, RowOutcome.Skip {

    /** The row is a sale line. */
    record Sale(SaleDraft draft) implements RowOutcome {
    }

    /**
     * The row states several lines: a ledger row with a sale or refund AND the fees of it (an Etsy statement
     * row with both an Amount and Fees &amp; Taxes), where the fees must be a fee line of their own.
     */
    record Sales(List<SaleDraft> drafts) implements RowOutcome {
        public Sales {
            if (drafts.isEmpty()) {
                throw new IllegalArgumentException("a row that states lines states at least one");
            }
            drafts = List.copyOf(drafts);
        }
    }

    /** The row is valid but not a sale (a withdrawal, a currency conversion, a failed payment). */
    record Skip(String reason) implements RowOutcome {
    }

    static RowOutcome sale(SaleDraft draft) {
        return new Sale(draft);
    }

    static RowOutcome sales(List<SaleDraft> drafts) {
        return drafts.size() == 1 ? new Sale(drafts.get(0)) : new Sales(drafts);
    }

    /** A sale line and the fee line stating its fees (see {@link SaleDraft#feeLine}), accepted or rejected together. */
    static RowOutcome saleWithFees(SaleDraft draft, SaleDraft feeLine) {
        return new Sales(List.of(draft, feeLine));
    }

    static RowOutcome skip(String reason) {
        return new Skip(reason);
    }
}
