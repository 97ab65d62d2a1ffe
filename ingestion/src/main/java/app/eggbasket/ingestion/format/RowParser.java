package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.RowRejection;

/** Reads the rows of one file, in order; may keep state between rows (e.g. the current order). */
@FunctionalInterface
public interface RowParser {

    /**
     * @return a sale or the reason the row is not one (a transfer, a failed payment…)
     * @throws RowRejection when a value cannot be read
     */
    RowOutcome parse(ExportRow row);
}
