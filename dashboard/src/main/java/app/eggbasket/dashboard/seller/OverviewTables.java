package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.report.ChannelFigures;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.dashboard.web.table.Cell;
import app.eggbasket.dashboard.web.table.Table;
import app.eggbasket.dashboard.web.table.TableText;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The overview's tables as files: the same report, rows and totals as {@link OverviewView} shows, with
 * numbers as numbers. Table ids: {@value #CHANNELS} (the channel table) and {@value #KEEP} ("what you keep").
 */
final class OverviewTables {

    static final String CHANNELS = "channels";
    static final String KEEP = "keep";
    static final List<String> IDS = List.of(CHANNELS, KEEP);

    private OverviewTables() {
    }

    static Table table(String id, SellerReport report, TableText text) {
        return switch (id) {
            case CHANNELS -> channels(report, text);
            case KEEP -> keep(report, text);
            default -> throw new IllegalArgumentException(id);
        };
    }

    /** Channel, kind, revenue, share, orders, fees (and where they come from), net: one row per channel. */
    static Table channels(SellerReport report, TableText text) {
        String currency = report.currency();
        Table.Builder table = Table.named(name(report, CHANNELS), List.of(
                text.text("channels.channel"), text.text("channels.kind"), text.money("kpi.revenue", currency),
                text.percent("channels.share"), text.text("kpi.orders"), text.money("channels.fees", currency),
                text.text("table.feeSource"), text.money("kpi.net", currency)));
        for (ChannelFigures c : report.channels()) {
            String kind = text.text("kind." + c.kind().name());
            table.row(Cell.text(c.channel()),
                    Cell.text(c.kind().isPlatform() ? text.text("table.kindPlatform", kind, text.text("kind.platform")) : kind),
                    Cell.money(c.revenue(), currency), Cell.percent(c.share()), Cell.integer(c.orders()),
                    Cell.money(c.fees(), currency), Cell.text(feeSource(c, text)), Cell.money(c.net(), currency));
        }
        return table.build();
    }

    /** "What you keep": revenue, fees, contributions and what is left per channel, then the total row. */
    static Table keep(SellerReport report, TableText text) {
        String currency = report.currency();
        String rate = new app.eggbasket.dashboard.web.LocalFormat(text.locale()).percent(report.contributionRate());
        Table.Builder table = Table.named(name(report, KEEP), List.of(
                text.text("channels.channel"), text.money("kpi.revenue", currency), text.money("channels.fees", currency),
                text.text("table.feeSource"), text.text("table.keep.feesShare"),
                text.money("keep.contributions", currency, rate), text.money("keep.kept", currency),
                text.text("table.keep.keptShare")));
        for (ChannelFigures c : report.channels()) {
            table.row(Cell.text(c.channel()), Cell.money(c.revenue(), currency), Cell.money(c.fees(), currency),
                    Cell.text(feeSource(c, text)), Cell.percent(shareOfRevenue(c.fees(), c.revenue())),
                    Cell.money(c.contributions(), currency), Cell.money(c.kept(), currency),
                    Cell.percent(shareOfRevenue(c.kept(), c.revenue())));
        }
        table.row(Cell.text(text.text("keep.total")), Cell.money(report.revenue(), currency), Cell.money(report.fees(), currency),
                Cell.text(report.feesEstimated() ? text.text("keep.partlyEstimated") : ""),
                Cell.percent(shareOfRevenue(report.fees(), report.revenue())), Cell.money(report.contributions(), currency),
                Cell.money(report.kept(), currency), Cell.percent(shareOfRevenue(report.kept(), report.revenue())));
        return table.build();
    }

    /** As the page's tags: stated, estimated, partly estimated, or no fee schedule. */
    private static String feeSource(ChannelFigures c, TableText text) {
        return switch (c.feeSource()) {
            case STATED -> text.text("table.feeSource.stated");
            case ESTIMATED -> text.text("keep.estimated");
            case STATED_AND_ESTIMATED -> text.text("keep.partlyEstimated");
            case NO_SCHEDULE -> text.text("keep.noSchedule");
        };
    }

    /** As {@link OverviewView}: null (an empty cell, '–' on the page) when the revenue is not positive. */
    private static BigDecimal shareOfRevenue(BigDecimal amount, BigDecimal revenue) {
        return revenue.signum() > 0 ? amount.divide(revenue, MathContext.DECIMAL64) : null;
    }

    /** eggbasket-alice-channels-2022-12-01-2022-12-31: the seller, the table and the days it covers. */
    private static String name(SellerReport report, String id) {
        return Table.fileName("eggbasket", report.seller(), id, report.from(), report.to().minusDays(1));
    }
}
