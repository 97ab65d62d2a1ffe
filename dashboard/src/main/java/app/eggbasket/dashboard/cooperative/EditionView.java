package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.edition.EditionPublisher;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.market.MarketCell;
import app.eggbasket.analytics.market.MarketComputation;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.analytics.market.MarketShares;
import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release as its page shows it ({@code templates/edition-body.html :: body(${edition})}): an edition the public
 * reads, or a draft its manager previews (no number, no publication date). The tables are {@link MarketView}'s; the
 * three charts' data ({@link #charts()}, drawn by {@code static/js/edition.js}) come from published cells only, so a
 * withheld figure is never worked out: the channels' withheld part is what the published total leaves once the
 * published channels are taken away, and a risk level withheld stays withheld, never 0.
 *
 * <p>Words that depend on the reader's language are message keys in the charts' data ({@code key}), resolved by the
 * page: {@link #labelKeys()} are the keys, {@link #labels(List)} pairs them with the page's messages.
 *
 * @param number       the edition's number, null for a draft
 * @param publishedOn  the day it was published (long form, reader's language), null for a draft
 * @param computedOn   the day it was computed
 * @param coveredFrom  the first day its data covers
 * @param coveredLast  the last day its data covers (the day before {@link Release#coveredTo()})
 * @param periodLast   the last day of the period asked for
 * @param running      whether the period had not ended when it was computed (its data covers fewer days)
 * @param figures      whether the report publishes any table: false when fewer members contribute than a figure needs
 *                     (nothing is published), or none sold in the period
 * @param quartiles    whether a cell publishes the quartiles of the members' largest platform share
 * @param dominance    the dominance threshold as a percentage, in the reader's language (85 %)
 */
public record EditionView(Release release, Integer number, String publishedOn, String computedOn, String coveredFrom,
                          String coveredLast, String periodFrom, String periodLast, boolean running,
                          String contributing, boolean figures, boolean quartiles, String dominance, MarketView market,
                          Map<String, Object> charts) {

    private static final String WITHHELD_KEY = "edition.chart.withheld";
    private static final String TOTAL_KEY = "market.allChannels";
    private static final String OTHER_KEY = "market.other";

    public static EditionView of(Release release, LocalFormat format) {
        MarketReport report = release.report();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(format.locale());
        boolean figures = report.total().status() == MarketCell.Status.PUBLISHED || !report.channels().isEmpty();
        List<Map<String, Object>> quartiles = quartiles(report);
        return new EditionView(release, release.edition(), release.publishedAt() == null ? null : day.format(date(release.publishedAt())),
                day.format(date(release.computedAt())), day.format(release.coveredFrom()),
                day.format(release.coveredTo().minusDays(1)), day.format(release.period().from()),
                day.format(release.period().to().minusDays(1)), release.coveredTo().isBefore(release.period().to()),
                format.integer(release.contributing()), figures, !quartiles.isEmpty(),
                format.percent(report.rules().dominance()), MarketView.of(report, format), charts(report, format, quartiles));
    }

    /** Whether it is a draft its manager previews (else a published edition). */
    public boolean draft() {
        return !release.published();
    }

    public String cooperative() {
        return release.cooperative();
    }

    public String cooperativeName() {
        return release.cooperativeName();
    }

    public String period() {
        return release.period().label();
    }

    public MarketReport report() {
        return release.report();
    }

    /** Whether the channel shares can be drawn: only from a published total. */
    public boolean shares() {
        return !((List<?>) charts.get("shares")).isEmpty();
    }

    /** Whether the members per risk level can be drawn: from the published total's counts. */
    public boolean risks() {
        return !((List<?>) charts.get("risk")).isEmpty();
    }

    /** The channel ids the charts name (bars and quartiles of a channel of its own), for their names in the page's language. */
    public List<String> channelIds() {
        List<String> ids = new ArrayList<>();
        for (String list : List.of("shares", "quartiles")) {
            for (Object item : (List<?>) charts.get(list)) {
                if (item instanceof Map<?, ?> m && m.get("name") instanceof String id && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The message keys the charts' data names, for the page to resolve in the reader's language. */
    public List<String> labelKeys() {
        List<String> keys = new ArrayList<>(List.of(WITHHELD_KEY, TOTAL_KEY, OTHER_KEY, "edition.chart.share",
                "edition.chart.members", "edition.chart.revenue", "edition.chart.q1", "edition.chart.median",
                "edition.chart.q3", "edition.chart.withheldLevel"));
        for (ChannelKind kind : ChannelKind.values()) {
            keys.add("kind." + kind.name());
        }
        for (Risk risk : Risk.values()) {
            keys.add("risk." + risk.name());
        }
        return keys;
    }

    /** {@link #labelKeys()} paired with their texts, in the same order ({@code #messages.listMsg(edition.labelKeys())}). */
    public Map<String, String> labels(List<String> texts) {
        List<String> keys = labelKeys();
        if (texts.size() != keys.size()) {
            throw new IllegalArgumentException(keys.size() + " labels expected, got " + texts.size());
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            labels.put(keys.get(i), texts.get(i));
        }
        return labels;
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, EditionPublisher.ZONE);
    }

    private static Map<String, Object> charts(MarketReport report, LocalFormat format, List<Map<String, Object>> quartiles) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("locale", format.locale().toLanguageTag());
        charts.put("currency", report.currency());
        charts.put("shares", shares(report));
        charts.put("quartiles", quartiles);
        charts.put("risk", risk(report));
        return charts;
    }

    /** Each part of {@link MarketShares}: a published channel's share of the revenue, or the withheld channels'. */
    private static List<Map<String, Object>> shares(MarketReport report) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MarketShares.Share s : MarketShares.of(report)) {
            Map<String, Object> bar = new LinkedHashMap<>();
            if (s.withheld()) {
                bar.put("key", WITHHELD_KEY);
            } else if (MarketComputation.OTHER.equals(s.channel().key().channel())) {
                bar.put("key", OTHER_KEY);
                bar.put("kindKey", "kind." + s.channel().key().kind().name());
            } else {
                bar.put("name", s.channel().key().channel());
            }
            bar.put("platform", !s.withheld() && s.channel().key().kind().isPlatform());
            bar.put("share", s.share());
            bar.put("revenue", s.revenue());
            bar.put("withheld", s.withheld());
            out.add(bar);
        }
        return out;
    }

    /** The quartiles of the members' largest platform share: the whole cooperative, then each kind that publishes them. */
    private static List<Map<String, Object>> quartiles(MarketReport report) {
        List<Map<String, Object>> out = new ArrayList<>();
        addQuartiles(out, TOTAL_KEY, report.total());
        for (MarketCell c : report.kinds()) {
            addQuartiles(out, "kind." + c.key().kind().name(), c);
        }
        return out;
    }

    private static void addQuartiles(List<Map<String, Object>> out, String key, MarketCell c) {
        if (c.status() == MarketCell.Status.PUBLISHED && c.figures().topPlatformShare() != null) {
            MarketCell.Quartiles q = c.figures().topPlatformShare();
            Map<String, Object> box = new LinkedHashMap<>();
            box.put("key", key);
            box.put("q1", q.q1());
            box.put("median", q.median());
            box.put("q3", q.q3());
            box.put("sellers", c.figures().sellers());
            out.add(box);
        }
    }

    /** The members of the whole cooperative per risk level; a level withheld has no count (null), never 0. */
    private static List<Map<String, Object>> risk(MarketReport report) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (report.total().status() != MarketCell.Status.PUBLISHED) {
            return out;
        }
        Map<Risk, Long> counts = report.total().figures().risk();
        for (Risk level : Risk.values()) {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("level", level.name());
            bar.put("key", "risk." + level.name());
            bar.put("count", counts.get(level));
            out.add(bar);
        }
        return out;
    }
}
