package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.format.DetectedExport;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.read.RowRejection;

import app.eggbasket.ingestion.sale.SaleLine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a format's row parser over a detected export, turning every row into a {@link RowResult}, or
 * into several when the row is a sale with fee lines of its own (all accepted, or the row rejected).
 */
public final class ExportParser {

    private ExportParser() {
    }

    /**
     * @throws app.eggbasket.ingestion.read.FileRefusedException when the CSV structure is broken
     */
    public static void parse(DetectedExport export, ParseContext context, Consumer<RowResult> out) {
        RowParser parser = export.format().open(export.table(), context);
        export.table().forEachRow(row -> parseRow(export, context, parser, row).forEach(out));
    }

    private static List<RowResult> parseRow(DetectedExport export, ParseContext context, RowParser parser, ExportRow row) {
        try {
            RowOutcome outcome = parser.parse(row);
            if (outcome instanceof RowOutcome.Skip skip) {
                return List.of(new RowResult.Skipped(row.line(), skip.reason()));
            }
            RowOutcome.Sale sale = (RowOutcome.Sale) outcome;
            List<RowResult> results = new ArrayList<>();
            results.add(new RowResult.Accepted(context.complete(sale.draft(), export.format(), row.line())));
            for (var feeLine : sale.feeLines()) {
                SaleLine line = context.complete(feeLine, export.format(), row.line());
                results.add(new RowResult.Accepted(line));
            }
            return results;
        } catch (RowRejection e) {
            return List.of(new RowResult.Rejected(new Rejection(context.fileName(), row.line(), e.column(), e.value(), e.reason())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return List.of(new RowResult.Rejected(new Rejection(context.fileName(), row.line(), "-", "", e.getMessage())));
        }
    }
}
