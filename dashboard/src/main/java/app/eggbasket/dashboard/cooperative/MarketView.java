package app.eggbasket.dashboard.cooperative;

import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.market.MarketCell;
import app.eggbasket.analytics.market.MarketComputation;
import app.eggbasket.analytics.market.MarketReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The market report formatted for the page: one row per cell, suppressed cells as 'x'. */
public record MarketView(MarketReport report, Row total, List<Row> kinds, List<Row> channels, List<String> quarters,
                         List<GridRow> grid, List<String> quarterTotals, String grandTotal) {

    /**
     * @param label    a channel name, or null with {@code other} for the grouped rare channels, or null for a kind/total row
     * @param kind     the channel kind's name, or null for the total
     * @param status   PUBLISHED, SUPPRESSED or EMPTY
     */
    public record Row(String label, boolean other, String kind, String status, String sellers, String revenue,
                      String medianShare, String tpsQ1, String tpsMedian, String tpsQ3, List<String> risk) {
    }

    /** A channel's revenue per quarter and over the whole period (its row total). */
    public record GridRow(String label, boolean other, String kind, List<String> cells, String total) {
    }

    static MarketView of(MarketReport report, LocalFormat format) {
        Map<String, MarketCell> byKey = new HashMap<>();
        report.channelQuarters().forEach(c -> byKey.put(c.key().channel() + "|" + c.key().kind() + "|" + c.key().quarter(), c));
        List<GridRow> grid = new ArrayList<>();
        for (MarketCell channel : report.channels()) {
            List<String> cells = report.quarters().stream()
                    .map(q -> amount(byKey.get(channel.key().channel() + "|" + channel.key().kind() + "|" + q), format)).toList();
            grid.add(new GridRow(label(channel), isOther(channel), channel.key().kind().name(), cells, amount(channel, format)));
        }
        return new MarketView(report, row(report.total(), format), report.kinds().stream().map(c -> row(c, format)).toList(),
                report.channels().stream().map(c -> row(c, format)).toList(), report.quarters(), grid,
                report.quarterTotals().stream().map(c -> amount(c, format)).toList(), amount(report.total(), format));
    }

    private static String label(MarketCell c) {
        return isOther(c) ? null : c.key().channel();
    }

    private static boolean isOther(MarketCell c) {
        return MarketComputation.OTHER.equals(c.key().channel());
    }

    private static String amount(MarketCell c, LocalFormat format) {
        return switch (c.status()) {
            case PUBLISHED -> format.money(c.figures().revenue(), "EUR");
            case EMPTY -> "—";
            case SUPPRESSED -> "x";
        };
    }

    private static Row row(MarketCell c, LocalFormat format) {
        String kind = c.key().kind() == null ? null : c.key().kind().name();
        if (c.status() != MarketCell.Status.PUBLISHED) {
            String mark = c.status() == MarketCell.Status.EMPTY ? "0" : "x";
            return new Row(label(c), isOther(c), kind, c.status().name(), mark, c.status() == MarketCell.Status.EMPTY ? "—" : "x",
                    "", "", "", "", List.of());
        }
        MarketCell.Figures f = c.figures();
        List<String> risk = new ArrayList<>();
        for (Risk r : Risk.values()) {
            risk.add(f.risk().containsKey(r) ? format.integer(f.risk().get(r)) : "x"); // absent: 1 or 2 members, withheld
        }
        return new Row(label(c), isOther(c), kind, c.status().name(), format.integer(f.sellers()), format.money(f.revenue(), "EUR"),
                f.medianShare() == null ? "" : format.percent(f.medianShare()),
                f.topPlatformShare() == null ? "" : format.percent(f.topPlatformShare().q1()),
                f.topPlatformShare() == null ? "" : format.percent(f.topPlatformShare().median()),
                f.topPlatformShare() == null ? "" : format.percent(f.topPlatformShare().q3()), risk);
    }
}
