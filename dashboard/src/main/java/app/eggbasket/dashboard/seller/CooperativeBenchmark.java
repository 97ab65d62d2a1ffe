package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.market.MarketCell;
import app.eggbasket.analytics.market.MarketComputation;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.analytics.report.ChannelFigures;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.dashboard.cooperative.Editions;
import app.eggbasket.dashboard.web.LocalFormat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Her figures beside the latest edition of each cooperative she belongs to (issue 13): her top-platform share over
 * the edition's period against the members' quartiles, her channel mix against the cooperative's market shares. Only
 * what the edition published is used — the same figures the public reads — and her own report for the same days.
 *
 * @param cooperative  the cooperative's name
 * @param edition      the edition's number
 * @param period       its period label
 * @param herShare     her top-platform share over the edition's days, null when she had no sale then
 * @param quartiles    the members' first quartile, median and third quartile, null when the edition withholds them
 * @param position     where she stands: BELOW_Q1, Q1_MEDIAN, MEDIAN_Q3, ABOVE_Q3, or null when either side is missing
 * @param channels     her channels in that period, each with the cooperative's share of it when published
 */
public record CooperativeBenchmark(String cooperativeId, String cooperative, int edition, String period, String herShare,
                                   List<String> quartiles, String position, List<ChannelRow> channels) {

    /**
     * @param coopShare the channel's share of the cooperative's revenue, "x" when withheld, null when the edition has
     *                  no such channel (too few members use it to be named)
     */
    public record ChannelRow(String channel, String kind, String herShare, String coopShare) {
    }

    static List<CooperativeBenchmark> of(String seller, Editions editions, SellerAnalytics analytics, LocalFormat format) {
        List<CooperativeBenchmark> out = new ArrayList<>();
        for (Editions.Inclusion latest : editions.latestOfHerCooperatives(seller)) {
            Release e = latest.edition();
            SellerReport mine = null;
            try {
                mine = analytics.report(seller, e.coveredFrom(), e.coveredTo(), "EUR");
            } catch (IllegalArgumentException noComparableFigures) {
                // shown as: no figures of hers for that period
            }
            boolean sold = mine != null && !mine.channels().isEmpty();
            MarketReport report = e.report();
            MarketCell.Quartiles q = report.total().figures() == null ? null : report.total().figures().topPlatformShare();
            List<String> quartiles = q == null ? null : List.of(format.percent(q.q1()), format.percent(q.median()),
                    format.percent(q.q3()));
            BigDecimal tps = sold ? mine.concentration().topPlatformShare() : null;
            String position = tps == null || q == null ? null
                    : tps.compareTo(q.q1()) < 0 ? "BELOW_Q1" : tps.compareTo(q.median()) < 0 ? "Q1_MEDIAN"
                    : tps.compareTo(q.q3()) <= 0 ? "MEDIAN_Q3" : "ABOVE_Q3";
            List<ChannelRow> rows = new ArrayList<>();
            if (sold) {
                for (ChannelFigures c : mine.channels()) {
                    rows.add(new ChannelRow(c.channel(), c.kind().name(), format.percent(c.share()), coopShare(report, c, format)));
                }
            }
            out.add(new CooperativeBenchmark(latest.cooperative().id(), latest.cooperative().name(), e.edition(),
                    e.period().label(), tps == null ? null : format.percent(tps), quartiles, position, rows));
        }
        return out;
    }

    private static String coopShare(MarketReport report, ChannelFigures c, LocalFormat format) {
        if (report.total().status() != MarketCell.Status.PUBLISHED || report.total().figures().revenue().signum() <= 0) {
            return "x";
        }
        Optional<MarketCell> cell = report.channels().stream().filter(m -> c.channel().equals(m.key().channel())
                && c.kind() == m.key().kind() && !MarketComputation.OTHER.equals(m.key().channel())).findFirst();
        if (cell.isEmpty()) {
            return null;
        }
        if (cell.get().status() != MarketCell.Status.PUBLISHED) {
            return "x";
        }
        return format.percent(cell.get().figures().revenue().divide(report.total().figures().revenue(), MathContext.DECIMAL64));
    }
}
