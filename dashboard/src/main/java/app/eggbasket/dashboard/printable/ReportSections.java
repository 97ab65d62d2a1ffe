package app.eggbasket.dashboard.printable;

import app.eggbasket.analytics.currency.UnconvertedLines;
import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.report.MonthlyReport;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.analytics.scenario.ClosureScenario;
import app.eggbasket.dashboard.web.ChannelColours;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of the printable report, each drawn at the canvas's cursor in the order of DESIGN §10:
 * title, verdict, channels, concentration, monthly trend, closure, net income. Every figure is the report's
 * (or the closure scenario's), formatted by {@link ReportTexts}.
 */
final class ReportSections {

    private static final float CARD_PAD = 10;
    private static final Rgb CARD = Rgb.hex(0xfbf8f3);

    private final Canvas canvas;
    private final ReportTexts t;
    private final SellerReport report;
    private final MonthlyReport monthly;
    private final ClosureScenario closure;
    private final List<ChannelRows> rows;
    /** Tighter: smaller gaps and trend chart, no row of key figures (they are in the tables too). */
    private final boolean compact;
    private final float gap;

    ReportSections(Canvas canvas, ReportTexts texts, PrintableReport printable, boolean compact) {
        this.compact = compact;
        this.gap = compact ? 10 : 14;
        this.canvas = canvas;
        this.t = texts;
        this.report = printable.report();
        this.monthly = printable.monthly();
        this.closure = printable.closure();
        this.rows = ChannelRows.of(report.channels());
    }

    void header() throws IOException {
        canvas.brand(t.msg("footer.tagline"));
        canvas.paragraph(t.msg("pdf.title", report.seller()), TextStyle.TITLE);
        canvas.down(2);
        canvas.paragraph(t.msg("pdf.period", t.date(report.from()), t.date(report.to().minusDays(1)), report.currency()),
                TextStyle.BODY.colored(Rgb.MUTED));
        if (report.conversion() != null) {
            canvas.paragraph(t.msg("overview.converted", report.conversion().to(), String.join(", ", report.conversion().from()),
                    t.date(report.conversion().ratesUntil())), TextStyle.SMALL);
        }
        if (report.leftOut() != null) {
            canvas.paragraph(t.msg("leftOut.title", t.integer(report.leftOut().lines()), report.currency()),
                    TextStyle.SMALL);
            for (UnconvertedLines u : report.leftOut().currencies()) {
                canvas.paragraph(u.firstDate().equals(u.lastDate())
                        ? t.msg("leftOut.itemOneDay", t.integer(u.lines()), u.currency(), t.date(u.firstDate()), t.money(u.amount(), u.currency()))
                        : t.msg("leftOut.item", t.integer(u.lines()), u.currency(), t.date(u.firstDate()), t.date(u.lastDate()),
                        t.money(u.amount(), u.currency())), TextStyle.SMALL);
            }
        }
        canvas.down(gap - 4);
    }

    /** The overview's risk card: the level, the sentence a maker reads first, how platforms and her own channels split. */
    void verdict() throws IOException {
        Concentration c = report.concentration();
        String level = c.risk().name();
        String badge = t.msg("risk." + level);
        float inner = canvas.width() - 2 * CARD_PAD - 6;
        String sentence = c.topPlatform() != null
                ? t.msg("risk.sentence", t.percent(c.topPlatformShare()), t.channel(c.topPlatform()), t.money(closure.revenueLostPerMonth()))
                : t.msg("risk.noPlatform");
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(sentence, TextStyle.STRONG));
        if (c.topPlatform() != null) {
            lines.add(new Line(t.msg("risk.perMonth", closure.monthsInPeriod()), TextStyle.SMALL));
        }
        lines.add(new Line(t.msg("risk.split", t.percent(c.platformShare()), t.percent(c.controlledShare())), TextStyle.BODY));
        lines.add(new Line(t.msg("risk.levels"), TextStyle.SMALL));
        float badgeWidth = canvas.textWidth(badge, TextStyle.BODY_BOLD) + 16;
        List<String> title = canvas.wrap(t.msg("risk.title"), inner - badgeWidth - 12, TextStyle.HEADING);
        float height = 2 * CARD_PAD + 6 + title.size() * TextStyle.HEADING.leading();
        for (Line line : lines) {
            height += canvas.height(line.text(), inner, line.style()) + 3;
        }
        canvas.ensure(height);
        float top = canvas.y();
        canvas.rect(canvas.left(), top - height, canvas.width(), height, CARD);
        canvas.rect(canvas.left(), top - height, 5, height, Rgb.risk(level));
        float x = canvas.left() + CARD_PAD + 6;
        canvas.roundRect(canvas.right() - CARD_PAD - badgeWidth, top - CARD_PAD - 14, badgeWidth, 17, 8.5f, Rgb.risk(level));
        canvas.text(badge, canvas.right() - CARD_PAD - badgeWidth + 8, top - CARD_PAD - 9, TextStyle.BODY_BOLD.colored(Rgb.WHITE));
        canvas.down(CARD_PAD - 1);
        for (String line : title) {
            canvas.text(line, x, canvas.y() - TextStyle.HEADING.size(), TextStyle.HEADING);
            canvas.down(TextStyle.HEADING.leading());
        }
        canvas.down(5);
        for (Line line : lines) {
            canvas.paragraph(line.text(), x, inner, line.style());
            canvas.down(3);
        }
        canvas.down(canvas.y() - (top - height));
        canvas.down(gap);
    }

    /** Four boxes: revenue, orders, fees (≈ when partly estimated), what she keeps. */
    void keyFigures() throws IOException {
        if (compact) {
            return;
        }
        boxes(List.of(new Box(t.msg("kpi.revenue"), t.money(report.revenue())),
                new Box(t.msg("kpi.orders"), t.integer(report.orders())),
                new Box(t.msg("kpi.fees"), t.fees(report.fees(), report.feesEstimated())),
                new Box(t.msg("keep.kept"), t.money(report.kept()))));
        canvas.down(gap);
    }

    void channels() throws IOException {
        heading(t.msg("pdf.channels.title"), Table.ROW * 3 + 36);
        Table table = new Table(List.of(new Table.Column(t.msg("channels.channel"), 1.9f, false),
                new Table.Column(t.msg("channels.kind"), 2.9f, false),
                new Table.Column(t.msg("kpi.revenue"), 1.5f, true),
                new Table.Column(t.msg("channels.share"), 0.8f, true),
                new Table.Column(t.msg("kpi.orders"), 1, true)));
        List<List<String>> cells = new ArrayList<>();
        for (ChannelRows row : rows) {
            cells.add(List.of(name(row), kind(row), t.money(row.revenue()), t.percent(row.share()), t.integer(row.orders())));
        }
        table.draw(canvas, cells, List.of(t.msg("keep.total"), "", t.money(report.revenue()), "", t.integer(report.orders())));
        canvas.down(8);
        List<BarChart.Bar> bars = new ArrayList<>();
        for (ChannelRows row : rows) {
            // a channel has its colour of the pages' charts; the grouped others keep their kind's
            bars.add(new BarChart.Bar(name(row), row.share().doubleValue(), t.percent(row.share()),
                    row.others() ? (row.platform() ? Rgb.ACCENT : Rgb.TEAL) : Rgb.hex(ChannelColours.rgb(row.channel()))));
        }
        BarChart chart = new BarChart();
        canvas.ensure(chart.height(bars.size()) + 16);
        legend(t.msg("pdf.channels.chart"));
        chart.draw(canvas, bars);
        canvas.down(gap);
    }

    void concentration() throws IOException {
        Concentration c = report.concentration();
        heading(t.msg("pdf.concentration.title"), 110);
        String top = c.topPlatform() == null ? t.msg("pdf.concentration.noPlatform")
                : t.msg("pdf.concentration.topPlatformValue", t.channel(c.topPlatform()), t.percent(c.topPlatformShare()));
        boxes(List.of(new Box(t.msg("concentration.hhi"), t.exact(c.hhi())),
                new Box(t.msg("concentration.effective"), t.exact(c.effectiveChannels())),
                new Box(t.msg("pdf.concentration.topPlatform"), top),
                new Box(t.msg("pdf.concentration.controlled"), t.percent(c.controlledShare())),
                new Box(t.msg("pdf.concentration.risk"), t.msg("risk." + c.risk().name()))));
        canvas.down(5);
        canvas.paragraph(t.msg("concentration.effectiveHint"), TextStyle.SMALL);
        canvas.paragraph(t.msg("concentration.hhiCaveat"), TextStyle.SMALL);
        canvas.down(gap);
    }

    void trend() throws IOException {
        float height = compact ? 130 : 160;
        heading(t.msg("pdf.trend.title"), height + 40);
        List<TrendChart.Month> months = monthly.months().stream().map(m -> new TrendChart.Month(t.month(m.month()),
                m.revenue().doubleValue(), m.topPlatformShare().doubleValue(), m.revenue().signum() > 0)).toList();
        new TrendChart(t::axisMoney, t::axisPercent, t.msg("pdf.trend.revenue"), t.msg("pdf.trend.share"))
                .draw(canvas, months, height);
        canvas.down(4);
        canvas.paragraph(t.msg("pdf.trend.hint"), TextStyle.SMALL);
        canvas.down(gap);
    }

    /** What the top platform's closure would cost, ALM 2017: 59 days' notice, nothing won back. */
    void closure() throws IOException {
        if (closure == null) {
            heading(t.msg("pdf.closure.noneTitle"), 40);
            canvas.paragraph(t.msg("pdf.closure.none"), TextStyle.BODY);
            canvas.down(gap);
            return;
        }
        String channel = t.channel(closure.channel().name());
        heading(t.msg("pdf.closure.title", channel), 150);
        canvas.paragraph(t.msg("pdf.closure.lead", channel), TextStyle.BODY);
        canvas.down(6);
        boxes(List.of(new Box(t.msg("pdf.closure.perMonth"), t.money(closure.revenueLostPerMonth())),
                new Box(t.msg("pdf.closure.year"), t.money(closure.revenueLost12Months())),
                new Box(t.msg("pdf.closure.netYear"), t.money(closure.netLost12Months())),
                new Box(t.msg("pdf.closure.keptYear"), t.money(closure.keptLost12Months()))));
        canvas.down(6);
        canvas.paragraph(t.msg("scenario.closure.notice", t.date(closure.announced()), t.date(closure.closes()),
                closure.noticeDays()), TextStyle.BODY);
        canvas.paragraph(after(), TextStyle.BODY);
        canvas.down(3);
        canvas.paragraph(t.msg("scenario.note.reviewsLost") + " " + t.msg("scenario.note.alm-2017"), TextStyle.SMALL);
        canvas.down(gap);
    }

    private String after() {
        Concentration before = closure.before();
        Concentration after = closure.after();
        if (closure.revenueAfter().signum() <= 0) {
            return t.msg("scenario.closure.nothingLeft", t.channel(closure.channel().name()));
        }
        return after.topPlatform() == null ? t.msg("scenario.closure.afterNoPlatform", t.percent(before.platformShare()))
                : t.msg("scenario.closure.after", t.channel(after.topPlatform()), t.percent(after.topPlatformShare()),
                t.percent(before.platformShare()), t.percent(after.platformShare()));
    }

    /** The overview's "what you keep" card: fees, social contributions, what is left, per channel and in total. */
    void netIncome() throws IOException {
        String sentence = t.msg("keep.sentence", t.money(report.revenue()), t.money(report.fees()),
                shareOf(report.fees(), report.revenue()), t.money(report.contributions()), t.percent(report.contributionRate()),
                t.money(report.kept()), shareOf(report.kept(), report.revenue()));
        Table table = new Table(List.of(new Table.Column(t.msg("channels.channel"), 1.75f, false),
                new Table.Column(t.msg("kpi.revenue"), 1.5f, true),
                new Table.Column(t.msg("channels.fees"), 1.6f, true),
                new Table.Column(t.msg("kpi.net"), 1.5f, true),
                new Table.Column(t.msg("keep.contributions", t.percent(report.contributionRate())), 1.5f, true),
                new Table.Column(t.msg("keep.kept"), 1.5f, true),
                new Table.Column(t.msg("keep.keptShare"), 0.85f, true)));
        heading(t.msg("keep.title"), canvas.height(sentence, canvas.width(), TextStyle.BODY) + 6
                + table.height(canvas, rows.size(), true));
        canvas.paragraph(sentence, TextStyle.BODY);
        canvas.down(6);
        List<List<String>> cells = new ArrayList<>();
        for (ChannelRows row : rows) {
            cells.add(List.of(name(row), t.money(row.revenue()),
                    t.fees(row.fees(), row.feesEstimated()) + (row.noSchedule() ? " *" : ""), t.money(row.net()),
                    t.money(row.contributions()), t.money(row.kept()), shareOf(row.kept(), row.revenue())));
        }
        table.draw(canvas, cells, List.of(t.msg("keep.total"), t.money(report.revenue()),
                t.fees(report.fees(), report.feesEstimated()), t.money(report.net()), t.money(report.contributions()),
                t.money(report.kept()), shareOf(report.kept(), report.revenue())));
        canvas.down(5);
        if (report.feesEstimated()) {
            canvas.paragraph(t.msg("keep.estimatedHint"), TextStyle.SMALL);
        }
        if (rows.stream().anyMatch(ChannelRows::noSchedule)) {
            canvas.paragraph("* " + t.msg("keep.noScheduleHint"), TextStyle.SMALL);
        }
        canvas.paragraph(t.msg("keep.contributionsHint"), TextStyle.SMALL);
    }

    // -- pieces

    private record Line(String text, TextStyle style) {
    }

    private record Box(String label, String value) {
    }

    private void heading(String title, float keepWith) throws IOException {
        canvas.heading(title, keepWith);
    }

    /** A row of labelled figures, like the overview's KPI cards; labels wrap, values shrink to fit. */
    private void boxes(List<Box> boxes) throws IOException {
        float spacing = 8;
        float width = (canvas.width() - spacing * (boxes.size() - 1)) / boxes.size();
        float inner = width - 2 * 7;
        float labels = 0;
        for (Box box : boxes) {
            labels = Math.max(labels, canvas.height(box.label().toUpperCase(t.locale()), inner, TextStyle.LABEL));
        }
        float height = 7 + labels + 4 + TextStyle.FIGURE.size() + 8;
        canvas.ensure(height);
        float top = canvas.y();
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            float x = canvas.left() + i * (width + spacing);
            canvas.rect(x, top - height, width, height, CARD);
            canvas.rect(x, top - height, width, 1.2f, Rgb.LINE);
            float y = top - 7;
            for (String line : canvas.wrap(box.label().toUpperCase(t.locale()), inner, TextStyle.LABEL)) {
                canvas.text(line, x + 7, y - TextStyle.LABEL.size(), TextStyle.LABEL);
                y -= TextStyle.LABEL.leading();
            }
            TextStyle figure = TextStyle.FIGURE;
            while (figure.size() > 8 && canvas.textWidth(box.value(), figure) > inner) {
                figure = new TextStyle(true, figure.size() - 0.5f, figure.color());
            }
            canvas.text(canvas.fit(box.value(), inner, figure), x + 7, top - height + 8, figure);
        }
        canvas.down(height);
    }

    /** The caption of the bar chart with its legend: platforms in the accent colour, her own channels in teal. */
    private void legend(String caption) throws IOException {
        float baseline = canvas.y() - 9;
        canvas.text(caption, canvas.left(), baseline, TextStyle.SMALL_BOLD);
        String controlled = t.msg("pdf.legend.controlled");
        String platform = t.msg("pdf.legend.platform");
        float x = canvas.right() - canvas.textWidth(controlled, TextStyle.SMALL);
        canvas.text(controlled, x, baseline, TextStyle.SMALL);
        canvas.rect(x - 12, baseline - 0.5f, 8, 7, Rgb.TEAL);
        x -= 12 + 14 + canvas.textWidth(platform, TextStyle.SMALL);
        canvas.text(platform, x, baseline, TextStyle.SMALL);
        canvas.rect(x - 12, baseline - 0.5f, 8, 7, Rgb.ACCENT);
        canvas.down(16);
    }

    private String name(ChannelRows row) {
        return row.others() ? t.msg("pdf.channels.others", row.grouped()) : t.channel(row.channel());
    }

    private String kind(ChannelRows row) {
        if (row.others()) {
            return "";
        }
        String kind = t.msg("kind." + row.kind().name());
        return row.platform() ? kind + " (" + t.msg("kind.platform") + ")" : kind;
    }

    /** A part of revenue as a percentage, "–" when the revenue is not positive (as on the overview). */
    private String shareOf(BigDecimal amount, BigDecimal revenue) {
        return revenue.signum() > 0 ? t.percent(amount.divide(revenue, MathContext.DECIMAL64)) : "–";
    }
}
