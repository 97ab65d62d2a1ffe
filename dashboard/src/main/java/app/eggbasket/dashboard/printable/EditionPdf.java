package app.eggbasket.dashboard.printable;

import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.edition.EditionPublisher;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.market.MarketCell;
import app.eggbasket.analytics.market.MarketComputation;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.analytics.market.MarketShares;
import app.eggbasket.dashboard.web.ChannelColours;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.context.MessageSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A cooperative's edition as an A4 PDF of one or two pages in the reader's language (DESIGN §10): its title, period
 * and the days its data covers, the contributing members, the tables by kind of channel and by channel (a withheld
 * figure is {@code x}, as on the page), the channels' shares of the revenue as bars, and the methodology. Its figures
 * are the edition's, frozen when it was published; nothing is computed but the shares of the published total.
 */
public final class EditionPdf {

    private static final String WITHHELD = "x";
    private static final String NONE = "—";

    private final MessageSource messages;

    /** @param messages the dashboard's messages (messages.properties, messages_fr.properties) */
    public EditionPdf(MessageSource messages) {
        this.messages = messages;
    }

    /** The PDF's bytes. A draft (no number) is written as a draft, with the day it was computed. */
    public byte[] render(Release edition, Locale locale) {
        ReportTexts t = new ReportTexts(messages, locale, edition.report().currency());
        try (PDDocument document = new PDDocument()) {
            Canvas canvas = new Canvas(document, ReportFonts.load(document));
            new Sections(canvas, t, edition).draw();
            canvas.close();
            ReportPdf.footers(document, canvas, t, edition.published()
                    ? t.msg("edition.pdf.footer", edition.cooperativeName(), edition.edition(), edition.period().label())
                    : t.msg("edition.pdf.footerDraft", edition.cooperativeName(), edition.period().label()));
            describe(document, t, edition);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of " + edition.cooperative() + " " + edition.period().label(), e);
        }
    }

    private static void describe(PDDocument document, ReportTexts t, Release edition) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(t.msg("edition.title", edition.cooperativeName(), edition.period().label()));
        info.setAuthor(edition.cooperativeName());
        info.setCreator("Eggbasket");
        LocalDate day = LocalDate.ofInstant(edition.published() ? edition.publishedAt() : edition.computedAt(),
                EditionPublisher.ZONE);
        Calendar made = new GregorianCalendar(TimeZone.getTimeZone("UTC"), t.locale());
        made.clear();
        made.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        info.setCreationDate(made);
        document.getDocumentCatalog().setLanguage(t.locale().toLanguageTag());
    }

    /** The sections, drawn in order at the canvas's cursor. */
    private static final class Sections {

        private static final float GAP = 14;

        private final Canvas canvas;
        private final ReportTexts t;
        private final Release edition;
        private final MarketReport report;

        Sections(Canvas canvas, ReportTexts t, Release edition) {
            this.canvas = canvas;
            this.t = t;
            this.edition = edition;
            this.report = edition.report();
        }

        void draw() throws IOException {
            header();
            if (report.total().status() == MarketCell.Status.PUBLISHED || !report.channels().isEmpty()) {
                kinds();
                channels();
                shares();
            } else {
                canvas.paragraph(edition.contributing() == 0 ? t.msg("edition.noSales")
                        : t.msg("market.withheld", report.rules().minSellers()), TextStyle.BODY);
                canvas.down(GAP);
            }
            method();
        }

        private void header() throws IOException {
            canvas.brand(t.msg("footer.tagline"));
            canvas.paragraph(t.msg("edition.title", edition.cooperativeName(), edition.period().label()), TextStyle.TITLE);
            canvas.down(2);
            TextStyle muted = TextStyle.BODY.colored(Rgb.MUTED);
            canvas.paragraph(edition.published()
                    ? t.msg("edition.status.published", edition.edition(), day(edition.publishedAt()))
                    : t.msg("edition.status.draft", day(edition.computedAt())), muted);
            canvas.paragraph(t.msg("edition.covered", t.date(edition.coveredFrom()), t.date(edition.coveredTo().minusDays(1)),
                    edition.period().label()), muted);
            canvas.paragraph(t.msg("edition.members", edition.contributing()), muted);
            canvas.down(GAP - 4);
        }

        private String day(java.time.Instant instant) {
            return t.date(LocalDate.ofInstant(instant, EditionPublisher.ZONE));
        }

        private void kinds() throws IOException {
            List<Table.Column> columns = new ArrayList<>(List.of(new Table.Column(t.msg("channels.kind"), 2.7f, false)));
            columns.addAll(figureColumns(true));
            Table table = new Table(columns);
            List<List<String>> rows = new ArrayList<>();
            for (MarketCell c : report.kinds()) {
                List<String> row = new ArrayList<>(List.of(t.msg("kind." + c.key().kind().name())));
                row.addAll(figures(c, true));
                rows.add(row);
            }
            List<String> total = new ArrayList<>(List.of(t.msg("market.allChannels")));
            total.addAll(figures(report.total(), true));
            canvas.heading(t.msg("market.byKind"), table.height(canvas, Math.min(rows.size(), 3), true));
            table.draw(canvas, rows, total);
            canvas.down(GAP);
        }

        private void channels() throws IOException {
            List<Table.Column> columns = new ArrayList<>(List.of(new Table.Column(t.msg("channels.channel"), 1.7f, false),
                    new Table.Column(t.msg("channels.kind"), 2.3f, false)));
            columns.addAll(figureColumns(false));
            Table table = new Table(columns);
            List<List<String>> rows = new ArrayList<>();
            for (MarketCell c : report.channels()) {
                List<String> row = new ArrayList<>(List.of(MarketComputation.OTHER.equals(c.key().channel())
                        ? t.msg("market.other") : t.channel(c.key().channel()), t.msg("kind." + c.key().kind().name())));
                row.addAll(figures(c, false));
                rows.add(row);
            }
            canvas.heading(t.msg("market.byChannel"), table.height(canvas, Math.min(rows.size(), 3), false));
            table.draw(canvas, rows, null);
            canvas.down(GAP);
        }

        private void shares() throws IOException {
            List<MarketShares.Share> shares = MarketShares.of(report);
            if (shares.isEmpty()) {
                return;
            }
            List<BarChart.Bar> bars = new ArrayList<>();
            for (MarketShares.Share s : shares) {
                bars.add(new BarChart.Bar(s.withheld() ? t.msg("edition.chart.withheld") : channel(s.channel()),
                        s.share().doubleValue(), t.percent(s.share()), s.withheld() ? Rgb.MUTED
                        : MarketComputation.OTHER.equals(s.channel().key().channel())
                        ? (s.channel().key().kind().isPlatform() ? Rgb.ACCENT : Rgb.TEAL)
                        : Rgb.hex(ChannelColours.rgb(s.channel().key().channel()))));
            }
            BarChart chart = new BarChart();
            canvas.heading(t.msg("edition.chart.shares"), chart.height(bars.size()) + 20);
            chart.draw(canvas, bars);
            canvas.down(2);
            canvas.paragraph(t.msg("edition.chart.shares.hint"), TextStyle.SMALL);
            canvas.down(GAP);
        }

        private void method() throws IOException {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(t.msg("edition.method.rules", report.rules().minSellers(), t.percent(report.rules().dominance())));
            paragraphs.add(t.msg("edition.method.period", edition.period().label(), t.date(edition.period().from()),
                    t.date(edition.period().to().minusDays(1)), t.date(edition.coveredFrom()),
                    t.date(edition.coveredTo().minusDays(1)))
                    + (edition.coveredTo().isBefore(edition.period().to()) ? " " + t.msg("edition.method.running") : ""));
            paragraphs.add(t.msg("edition.method.members", edition.contributing()));
            paragraphs.add(t.msg("market.method.suppressed") + " " + t.msg("market.method.secondary")
                    + (report.rules().protectionLevel().signum() > 0
                    ? " " + t.msg("market.method.intervals", report.rules().protectionLevel().movePointRight(2).stripTrailingZeros().toPlainString())
                    : ""));
            paragraphs.add(t.msg("market.method.small", report.rules().quantileMinSellers()));
            paragraphs.add(t.msg("edition.method.earlier"));
            paragraphs.add(edition.published() ? t.msg("edition.method.frozen", day(edition.publishedAt()))
                    : t.msg("edition.method.draft", day(edition.computedAt())));
            if (report.excludedLines() > 0) {
                paragraphs.add(t.msg("market.excluded", report.excludedLines()));
            }
            float first = canvas.height(paragraphs.get(0), canvas.width(), TextStyle.BODY);
            canvas.heading(t.msg("market.method"), first + 4);
            for (String p : paragraphs) {
                canvas.ensure(canvas.height(p, canvas.width(), TextStyle.BODY));
                canvas.paragraph(p, TextStyle.BODY);
                canvas.down(3);
            }
        }

        /**
         * Sellers, revenue, median share, the largest platform share's quartiles, then the sellers per risk level when
         * {@code risk} (the table by kind, with the whole cooperative: the page and the files have them per channel).
         */
        private List<Table.Column> figureColumns(boolean risk) {
            List<Table.Column> columns = new ArrayList<>(List.of(new Table.Column(t.msg("market.sellers"), 0.85f, true),
                    new Table.Column(t.msg("market.revenue"), 1.4f, true),
                    new Table.Column(t.msg("market.medianShare"), 0.85f, true),
                    new Table.Column(t.msg("edition.pdf.tps"), 1.9f, true)));
            for (Risk level : risk ? Risk.values() : new Risk[0]) {
                columns.add(new Table.Column(t.msg("edition.pdf.risk." + level.name()), 1.0f, true));
            }
            return columns;
        }

        /** A cell's figures as the page writes them: {@code x} withheld, {@code 0} and {@code —} when nobody sold there. */
        private List<String> figures(MarketCell c, boolean risk) {
            List<String> cells = new ArrayList<>();
            if (c.status() != MarketCell.Status.PUBLISHED) {
                boolean empty = c.status() == MarketCell.Status.EMPTY;
                cells.add(empty ? "0" : WITHHELD);
                cells.add(empty ? NONE : WITHHELD);
                while (cells.size() < 4 + (risk ? Risk.values().length : 0)) {
                    cells.add("");
                }
                return cells;
            }
            MarketCell.Figures f = c.figures();
            cells.add(t.integer(f.sellers()));
            cells.add(t.money(f.revenue()));
            cells.add(f.medianShare() == null ? "" : t.percent(f.medianShare()));
            MarketCell.Quartiles q = f.topPlatformShare();
            cells.add(q == null ? "" : t.percent(q.q1()) + " · " + t.percent(q.median()) + " · " + t.percent(q.q3()));
            for (Risk level : risk ? Risk.values() : new Risk[0]) {
                cells.add(f.risk().containsKey(level) ? t.integer(f.risk().get(level)) : WITHHELD);
            }
            return cells;
        }

        private String channel(MarketCell c) {
            return MarketComputation.OTHER.equals(c.key().channel())
                    ? t.msg("table.market.otherOfKind", t.msg("market.other"), t.msg("kind." + c.key().kind().name()))
                    : t.channel(c.key().channel());
        }
    }
}
