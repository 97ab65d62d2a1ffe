package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.format.DetectedExport;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.read.RowRejection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs a format's row parser over a detected export, turning every row into a {@link RowResult}. */
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

    /** The results of one row: one, or several when the row states several lines (all or none accepted). */
    private static List<RowResult> parseRow(DetectedExport export, ParseContext context, RowParser parser, ExportRow row) {
        try {
            RowOutcome outcome = parser.parse(row);
            if (outcome instanceof RowOutcome.Skip skip) {
                return List.of(new RowResult.Skipped(row.line(), skip.reason()));
            }
            List<SaleDraft> drafts = outcome instanceof RowOutcome.Sales sales ? sales.drafts()
                    : List.of(((RowOutcome.Sale) outcome).draft());
            List<RowResult> accepted = new ArrayList<>(drafts.size());
            for (SaleDraft draft : drafts) {
                accepted.add(new RowResult.Accepted(context.complete(draft, export.format(), row.line())));
            }
            return accepted;
        } catch (RowRejection e) {
            return List.of(new RowResult.Rejected(new Rejection(context.fileName(), row.line(), e.column(), e.value(), e.reason())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return List.of(new RowResult.Rejected(new Rejection(context.fileName(), row.line(), "-", "", e.getMessage())));
        }
    }
}
