package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.dashboard.web.PageController;
import app.eggbasket.dashboard.web.table.Cell;
import app.eggbasket.dashboard.web.table.Table;
import app.eggbasket.dashboard.web.table.TableDownload;
import app.eggbasket.dashboard.web.table.TableFormat;
import app.eggbasket.dashboard.web.table.TableText;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.dashboard.web.RefusalTexts;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.ingest.UploadLog;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;

/**
 * The upload history as CSV or XLSX: {@code GET /sellers/{id}/uploads?table=history&export=csv|xlsx}, the
 * rows of the page's history table (received in Paris time, as the page shows it).
 */
@PageController
class UploadTablesController {

    static final String HISTORY = "history";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Ingestor ingestor;
    private final SellerAccess access;
    private final MessageSource messages;
    private final RefusalTexts refusals;

    UploadTablesController(Ingestor ingestor, SellerAccess access, MessageSource messages, RefusalTexts refusals) {
        this.ingestor = ingestor;
        this.access = access;
        this.messages = messages;
        this.refusals = refusals;
    }

    @GetMapping(path = "/sellers/{id}/uploads", params = TableDownload.EXPORT)
    ResponseEntity<byte[]> table(@PathVariable String id, @RequestParam(TableDownload.TABLE) String table,
                                 @RequestParam(TableDownload.EXPORT) String export, Authentication authentication,
                                 Locale locale) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        TableFormat format = TableFormat.parse(export);
        if (!HISTORY.equals(table)) {
            throw TableDownload.unknownTable();
        }
        return TableDownload.of(history(seller, ingestor.uploads().list(seller), new TableText(messages, locale),
                summary -> refusals.of(summary, locale)), format,
                locale);
    }

    /** Received, file, format, channel, first and last sale, rows accepted, new, rejected: newest first. */
    static Table history(String seller, List<UploadLog.Entry> entries, TableText text,
                         Function<FileSummary, String> refusal) {
        Table.Builder table = Table.named(Table.fileName("eggbasket", seller, "uploads", LocalDate.now(PARIS)), List.of(
                text.text("uploads.received"), text.text("uploads.file"), text.text("uploads.format"),
                text.text("channels.channel"), text.text("table.uploads.firstDate"), text.text("table.uploads.lastDate"),
                text.text("uploads.accepted"), text.text("uploads.new"), text.text("uploads.rejected")));
        for (UploadLog.Entry entry : entries) {
            FileSummary s = entry.summary();
            String format = s.refused() ? text.text("uploads.refused") + ": " + refusal.apply(s)
                    : s.formatLabel() == null ? "" : s.formatLabel();
            table.row(Cell.dateTime(LocalDateTime.ofInstant(entry.receivedAt(), PARIS)), Cell.text(s.fileName()),
                    Cell.text(format), Cell.text(s.channel() == null ? "" : s.channel()), Cell.date(s.firstDate()), Cell.date(s.lastDate()),
                    Cell.integer(s.accepted()), Cell.integer(s.newLines()), Cell.integer(s.rejected()));
        }
        return table.build();
    }
}
