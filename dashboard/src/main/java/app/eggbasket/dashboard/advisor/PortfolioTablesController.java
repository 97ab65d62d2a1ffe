package app.eggbasket.dashboard.advisor;

import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.dashboard.web.PageController;
import app.eggbasket.dashboard.web.table.Cell;
import app.eggbasket.dashboard.web.table.Table;
import app.eggbasket.dashboard.web.table.TableDownload;
import app.eggbasket.dashboard.web.table.TableFormat;
import app.eggbasket.dashboard.web.table.TableText;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The portfolio table as CSV or XLSX: {@code GET /advisor/clients?table=clients&export=csv|xlsx}, with the page's
 * filter; the same rows, in the same order, as the page. A download is a read of each listed client, recorded.
 */
@PageController
class PortfolioTablesController {

    static final String CLIENTS = "clients";

    private final Portfolios portfolios;
    private final MessageSource messages;

    PortfolioTablesController(Portfolios portfolios, MessageSource messages) {
        this.portfolios = portfolios;
        this.messages = messages;
    }

    @GetMapping(path = "/advisor/clients", params = TableDownload.EXPORT)
    ResponseEntity<byte[]> table(@AuthenticationPrincipal SellerUser advisor,
                                 @RequestParam(TableDownload.TABLE) String table,
                                 @RequestParam(TableDownload.EXPORT) String export,
                                 @RequestParam(name = "risk", required = false) String risk,
                                 @RequestParam(name = "q", required = false) String query, Locale locale) {
        TableFormat format = TableFormat.parse(export);
        if (!CLIENTS.equals(table)) {
            throw TableDownload.unknownTable();
        }
        List<ClientRow> rows = portfolios.clients(advisor.getUsername(), "GET /advisor/clients (" + format.extension() + ")",
                new Portfolios.Filter(PortfolioRequests.risk(risk), query));
        return TableDownload.of(clients(advisor.getUsername(), rows, new TableText(messages, locale)), format, locale);
    }

    /** One row per client; the 12 monthly top-platform shares in 12 columns, so a spreadsheet can chart them. */
    static Table clients(String advisor, List<ClientRow> rows, TableText text) {
        List<String> headers = new ArrayList<>(List.of(text.text("portfolio.col.client"), text.text("table.portfolio.status"),
                text.text("table.portfolio.from"), text.text("table.portfolio.to"), text.text("table.portfolio.currency"),
                text.text("portfolio.col.revenue"), text.text("portfolio.col.topPlatform"),
                text.percent("table.portfolio.topPlatformShare"), text.text("portfolio.col.hhi"),
                text.text("portfolio.col.effective"), text.percent("portfolio.col.controlled"), text.text("risk.label"),
                text.text("table.portfolio.previousRisk")));
        for (int i = 1; i <= 12; i++) {
            headers.add(text.percent("table.portfolio.month", i));
        }
        headers.addAll(List.of(text.text("portfolio.col.lastUpload"), text.text("portfolio.stale"),
                text.text("table.portfolio.reason")));
        Table.Builder table = Table.named(Table.fileName("eggbasket", advisor, "clients", LocalDate.now()), headers);
        for (ClientRow r : rows) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(r.seller()), Cell.text(r.status().name()),
                    Cell.text(r.from() == null ? null : r.from().toString()), Cell.text(r.to() == null ? null : r.to().toString()),
                    Cell.text(r.currency()), Cell.money(r.revenue(), r.currency()), Cell.text(r.topPlatform()),
                    Cell.percent(r.topPlatformShare()), Cell.decimal(r.hhi(), 0), Cell.decimal(r.effectiveChannels(), 2),
                    Cell.percent(r.controlledShare()), Cell.text(r.risk() == null ? null : text.text("risk." + r.risk())),
                    Cell.text(r.previousRisk() == null ? null : text.text("risk." + r.previousRisk()))));
            for (int i = 0; i < 12; i++) {
                cells.add(i < r.trend().size() ? Cell.percent(r.trend().get(i)) : Cell.empty());
            }
            cells.add(Cell.date(r.lastUpload()));
            cells.add(Cell.text(r.stale() ? text.text("portfolio.stale") : ""));
            PortfolioView.Reason reason = PortfolioView.reason(r, new LocalFormat(text.locale()));
            cells.add(Cell.text(reason == null ? null : text.text(reason.key(), reason.args())));
            table.row(cells);
        }
        return table.build();
    }
}
