package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.market.MarketCell;
import app.eggbasket.analytics.market.MarketComputation;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.dashboard.web.table.Cell;
import app.eggbasket.dashboard.web.table.Table;
import app.eggbasket.dashboard.web.table.TableText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The market page's tables as files, from the published report the page shows and with its marks: a withheld
 * figure is {@code x}, an empty cell {@code —} (no seller), exactly as {@link MarketView} writes them. Table
 * ids: {@value #KINDS} (by kind of channel, then all channels), {@value #CHANNELS}, {@value #QUARTERS}
 * (revenue by channel and quarter, then the totals).
 */
final class MarketTables {

    static final String KINDS = "kinds";
    static final String CHANNELS = "channels";
    static final String QUARTERS = "quarters";
    static final List<String> IDS = List.of(KINDS, CHANNELS, QUARTERS);

    private static final String WITHHELD = "x";
    private static final String NONE = "—";

    private MarketTables() {
    }

    static Table table(String id, MarketReport report, TableText text) {
        return switch (id) {
            case KINDS -> kinds(report, text);
            case CHANNELS -> channels(report, text);
            case QUARTERS -> quarters(report, text);
            default -> throw new IllegalArgumentException(id);
        };
    }

    static Table kinds(MarketReport report, TableText text) {
        List<String> headers = new ArrayList<>(List.of(text.text("channels.kind")));
        headers.addAll(figureHeaders(report, text));
        Table.Builder table = Table.named(name(report, KINDS), headers);
        for (MarketCell c : report.kinds()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(text.text("kind." + c.key().kind().name()))));
            row.addAll(figures(c, report.currency()));
            table.row(row);
        }
        List<Cell> total = new ArrayList<>(List.of(Cell.text(text.text("market.allChannels"))));
        total.addAll(figures(report.total(), report.currency()));
        return table.row(total).build();
    }

    static Table channels(MarketReport report, TableText text) {
        List<String> headers = new ArrayList<>(List.of(text.text("channels.channel"), text.text("channels.kind")));
        headers.addAll(figureHeaders(report, text));
        Table.Builder table = Table.named(name(report, CHANNELS), headers);
        for (MarketCell c : report.channels()) {
            List<Cell> row = new ArrayList<>(List.of(
                    Cell.text(isOther(c) ? text.text("market.other") : c.key().channel()),
                    Cell.text(text.text("kind." + c.key().kind().name()))));
            row.addAll(figures(c, report.currency()));
            table.row(row);
        }
        return table.build();
    }

    static Table quarters(MarketReport report, TableText text) {
        List<String> headers = new ArrayList<>(List.of(text.text("channels.channel")));
        for (String quarter : report.quarters()) {
            headers.add(text.text("table.header.money", quarter, report.currency()));
        }
        headers.add(text.money("market.period.total", report.currency()));
        Map<String, MarketCell> byKey = new HashMap<>();
        report.channelQuarters().forEach(c -> byKey.put(key(c.key().channel(), c.key().kind(), c.key().quarter()), c));
        Table.Builder table = Table.named(name(report, QUARTERS), headers);
        for (MarketCell channel : report.channels()) {
            String kind = text.text("kind." + channel.key().kind().name());
            List<Cell> row = new ArrayList<>(List.of(Cell.text(isOther(channel)
                    ? text.text("table.market.otherOfKind", text.text("market.other"), kind) : channel.key().channel())));
            for (String quarter : report.quarters()) {
                row.add(amount(byKey.get(key(channel.key().channel(), channel.key().kind(), quarter)), report.currency()));
            }
            row.add(amount(channel, report.currency()));
            table.row(row);
        }
        List<Cell> total = new ArrayList<>(List.of(Cell.text(text.text("market.allChannels"))));
        report.quarterTotals().forEach(c -> total.add(amount(c, report.currency())));
        total.add(amount(report.total(), report.currency()));
        return table.row(total).build();
    }

    /** Sellers, revenue, median share, the three quartiles of the largest platform share, then sellers per risk. */
    private static List<String> figureHeaders(MarketReport report, TableText text) {
        List<String> headers = new ArrayList<>(List.of(text.text("market.sellers"),
                text.money("market.revenue", report.currency()), text.percent("market.medianShare"),
                text.percent("table.market.tpsQ1"), text.percent("table.market.tpsMedian"), text.percent("table.market.tpsQ3")));
        for (Risk risk : Risk.values()) {
            headers.add(text.text("risk." + risk.name()));
        }
        return headers;
    }

    private static List<Cell> figures(MarketCell c, String currency) {
        List<Cell> cells = new ArrayList<>();
        if (c.status() != MarketCell.Status.PUBLISHED) {
            boolean empty = c.status() == MarketCell.Status.EMPTY;
            cells.add(empty ? Cell.integer(0) : Cell.text(WITHHELD));
            cells.add(Cell.text(empty ? NONE : WITHHELD));
            while (cells.size() < 6 + Risk.values().length) {
                cells.add(Cell.empty());
            }
            return cells;
        }
        MarketCell.Figures f = c.figures();
        cells.add(Cell.integer(f.sellers()));
        cells.add(Cell.money(f.revenue(), currency));
        cells.add(Cell.percent(f.medianShare()));
        cells.add(f.topPlatformShare() == null ? Cell.empty() : Cell.percent(f.topPlatformShare().q1()));
        cells.add(f.topPlatformShare() == null ? Cell.empty() : Cell.percent(f.topPlatformShare().median()));
        cells.add(f.topPlatformShare() == null ? Cell.empty() : Cell.percent(f.topPlatformShare().q3()));
        for (Risk risk : Risk.values()) {
            cells.add(f.risk().containsKey(risk) ? Cell.integer(f.risk().get(risk)) : Cell.text(WITHHELD));
        }
        return cells;
    }

    private static Cell amount(MarketCell c, String currency) {
        return switch (c.status()) {
            case PUBLISHED -> Cell.money(c.figures().revenue(), currency);
            case EMPTY -> Cell.text(NONE);
            case SUPPRESSED -> Cell.text(WITHHELD);
        };
    }

    private static boolean isOther(MarketCell c) {
        return MarketComputation.OTHER.equals(c.key().channel());
    }

    private static String key(String channel, Object kind, String quarter) {
        return channel + "|" + kind + "|" + quarter;
    }

    /** eggbasket-market-channels-2025-01-01-2025-12-31, or without the days when no member has sales yet. */
    private static String name(MarketReport report, String id) {
        return Table.fileName("eggbasket", "market", id, report.from(), report.to() == null ? null : report.to().minusDays(1));
    }
}
