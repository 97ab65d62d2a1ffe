package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.dashboard.web.PageController;
import app.eggbasket.dashboard.web.table.TableDownload;
import app.eggbasket.dashboard.web.table.TableFormat;
import app.eggbasket.dashboard.web.table.TableText;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * The public market page's tables as CSV or XLSX: {@code GET /market?table=kinds|channels|quarters&export=csv|xlsx}.
 * Public like the page (published aggregates only), from the same published report.
 */
@PageController
class MarketTablesController {

    private final MarketReports reports;
    private final MessageSource messages;

    MarketTablesController(MarketReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping(path = "/market", params = TableDownload.EXPORT)
    ResponseEntity<byte[]> table(@RequestParam(TableDownload.TABLE) String table,
                                 @RequestParam(TableDownload.EXPORT) String export, Locale locale) {
        TableFormat format = TableFormat.parse(export);
        if (!MarketTables.IDS.contains(table)) {
            throw TableDownload.unknownTable();
        }
        MarketReport report = reports.published();
        if (report.from() == null) {
            throw TableDownload.notShown();
        }
        return TableDownload.of(MarketTables.table(table, report, new TableText(messages, locale)), format, locale);
    }
}
