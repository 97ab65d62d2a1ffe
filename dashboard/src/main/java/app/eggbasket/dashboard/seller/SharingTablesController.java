package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.dashboard.sharing.GrantStore;
import app.eggbasket.dashboard.sharing.ReadEntry;
import app.eggbasket.dashboard.sharing.ReadLog;
import app.eggbasket.dashboard.sharing.Sharing;
import app.eggbasket.dashboard.web.PageController;
import app.eggbasket.dashboard.web.table.Cell;
import app.eggbasket.dashboard.web.table.Table;
import app.eggbasket.dashboard.web.table.TableDownload;
import app.eggbasket.dashboard.web.table.TableFormat;
import app.eggbasket.dashboard.web.table.TableText;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The Sharing page's tables as CSV or XLSX: {@code GET /sellers/{id}/sharing?table=grants|reads&export=csv|xlsx};
 * the read log in full (the page shows the latest {@value SharingController#READS_SHOWN}). The seller's own.
 */
@PageController
class SharingTablesController {

    private final Sharing sharing;
    private final ReadLog reads;
    private final SellerAccess access;
    private final MessageSource messages;

    SharingTablesController(Sharing sharing, ReadLog reads, SellerAccess access, MessageSource messages) {
        this.sharing = sharing;
        this.reads = reads;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping(path = "/sellers/{id}/sharing", params = TableDownload.EXPORT)
    ResponseEntity<byte[]> table(@PathVariable String id, @RequestParam(TableDownload.TABLE) String table,
                                 @RequestParam(TableDownload.EXPORT) String export, Authentication authentication,
                                 Locale locale) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        TableFormat format = TableFormat.parse(export);
        TableText text = new TableText(messages, locale);
        return switch (table) {
            case "grants" -> TableDownload.of(grants(seller, text), format, locale);
            case "reads" -> TableDownload.of(reads(seller, reads.recent(seller, Integer.MAX_VALUE), text), format, locale);
            default -> throw TableDownload.unknownTable();
        };
    }

    private Table grants(String seller, TableText text) {
        Table.Builder table = Table.named(Table.fileName("eggbasket", seller, "grants", LocalDate.now(GrantStore.SELLERS_ZONE)),
                List.of(text.text("sharing.grants.advisor"), text.text("sharing.grants.since"),
                        text.text("sharing.grants.until"), text.text("sharing.grants.status")));
        for (Sharing.GrantStatus g : sharing.grantsOf(seller)) {
            table.row(Cell.text(g.advisor()), Cell.date(LocalDate.ofInstant(g.grantedAt(), GrantStore.SELLERS_ZONE)),
                    g.until() == null ? Cell.text(text.text("sharing.grants.noEnd")) : Cell.date(g.until()),
                    Cell.text(text.text(g.active() ? "sharing.grants.active" : "sharing.grants.expired")));
        }
        return table.build();
    }

    static Table reads(String seller, List<ReadEntry> entries, TableText text) {
        Table.Builder table = Table.named(Table.fileName("eggbasket", seller, "reads", LocalDate.now(GrantStore.SELLERS_ZONE)),
                List.of(text.text("sharing.reads.when"), text.text("sharing.reads.who"), text.text("sharing.reads.what")));
        for (ReadEntry r : entries) {
            table.row(Cell.dateTime(LocalDateTime.ofInstant(r.at(), GrantStore.SELLERS_ZONE)), Cell.text(r.reader()),
                    Cell.text(r.route()));
        }
        return table.build();
    }
}
