package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.sale.SaleLine;

/** The fate of one data row of an export. */
public sealed interface RowResult permits RowResult.Accepted, RowResult.Skipped, RowResult.Rejected {

    int line();

    /** A valid sale line. */
    record Accepted(SaleLine sale) implements RowResult {
        @Override
        public int line() {
            return sale.sourceLine();
        }
    }

    /** A valid row that is not a sale (transfer, failed payment…). */
    record Skipped(int line, String reason) implements RowResult {
    }

    /** A row with a value that could not be read. */
    record Rejected(Rejection rejection) implements RowResult {
        @Override
        public int line() {
            return rejection.line();
        }
    }
}
