package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.currency.UnknownCurrencyException;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.dashboard.web.PageController;
import app.eggbasket.dashboard.web.table.TableDownload;
import app.eggbasket.dashboard.web.table.TableFormat;
import app.eggbasket.dashboard.web.table.TableText;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * The overview's tables as CSV or XLSX: {@code GET /sellers/{id}?table=channels|keep&export=csv|xlsx}, with
 * the page's {@code from}, {@code to} and {@code currency}, so the file holds the figures the page shows.
 */
@PageController
class OverviewTablesController {

    private final SellerAnalytics analytics;
    private final SellerAccess access;
    private final MessageSource messages;

    OverviewTablesController(SellerAnalytics analytics, SellerAccess access, MessageSource messages) {
        this.analytics = analytics;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping(path = "/sellers/{id}", params = TableDownload.EXPORT)
    ResponseEntity<byte[]> table(@PathVariable String id, @RequestParam(TableDownload.TABLE) String table,
                                 @RequestParam(TableDownload.EXPORT) String export,
                                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(name = "currency", required = false) String currencyParam,
                                 Authentication authentication, Locale locale) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        TableFormat format = TableFormat.parse(export);
        if (!OverviewTables.IDS.contains(table)) {
            throw TableDownload.unknownTable();
        }
        SellerRequests.DateRange period = SellerRequests.period(from, to);
        String currency = SellerRequests.currency(currencyParam);
        SellerReport report;
        try {
            report = analytics.report(seller, period.from(), period.to(), currency);
        } catch (UnknownCurrencyException e) {
            throw new InvalidRequestException("error.currency", "Invalid currency.");
        }
        if (report.channels().isEmpty()) {
            throw TableDownload.notShown();
        }
        return TableDownload.of(OverviewTables.table(table, report, new TableText(messages, locale)), format, locale);
    }
}
