package app.eggbasket.dashboard.printable;

import app.eggbasket.analytics.report.SellerReport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Renders a {@link PrintableReport} as an A4 PDF of one or two pages in the reader's language: the verdict,
 * revenue and share per channel (table and bars), the concentration figures, the monthly trend, what an
 * A Little Market closure of the top platform would cost, and what the seller keeps after fees and social
 * contributions. Charts are PDF vector graphics; the DejaVu fonts are embedded.
 */
public final class ReportPdf {

    private static final int MAX_PAGES = 2;

    private final MessageSource messages;

    /** @param messages the dashboard's messages (messages.properties, messages_fr.properties) */
    public ReportPdf(MessageSource messages) {
        this.messages = messages;
    }

    /** With the messages read from the classpath as Spring Boot reads them, for the command line. */
    public static ReportPdf withBundledMessages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return new ReportPdf(source);
    }

    /** The PDF's bytes: one or two A4 pages; a report too long for two is laid out again more tightly. */
    public byte[] render(PrintableReport printable, Locale locale) {
        ReportTexts texts = new ReportTexts(messages, locale, printable.report().currency());
        try {
            byte[] roomy = draw(printable, texts, false);
            return roomy != null ? roomy : draw(printable, texts, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF report of " + printable.report().seller(), e);
        }
    }

    /** @return null when the roomy layout takes more than two pages */
    private static byte[] draw(PrintableReport printable, ReportTexts texts, boolean compact) throws IOException {
        try (PDDocument document = new PDDocument()) {
            ReportFonts fonts = ReportFonts.load(document);
            Canvas canvas = new Canvas(document, fonts);
            ReportSections sections = new ReportSections(canvas, texts, printable, compact);
            sections.header();
            sections.verdict();
            sections.keyFigures();
            sections.channels();
            sections.concentration();
            sections.trend();
            sections.closure();
            sections.netIncome();
            canvas.close();
            if (!compact && document.getNumberOfPages() > MAX_PAGES) {
                return null;
            }
            footers(document, canvas, texts, texts.msg("pdf.footer", printable.report().seller(), texts.date(printable.madeOn())));
            describe(document, texts, printable);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Each page's footer: a rule, {@code left} at the left and the page's number out of the document's at the right. */
    static void footers(PDDocument document, Canvas canvas, ReportTexts texts, String left) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float y = Canvas.MARGIN - 4;
                Rgb.LINE.stroke(footer);
                footer.setLineWidth(0.6f);
                footer.moveTo(Canvas.MARGIN, y + 12);
                footer.lineTo(Canvas.PAGE_WIDTH - Canvas.MARGIN, y + 12);
                footer.stroke();
                canvas.text(footer, left, Canvas.MARGIN, y, TextStyle.SMALL);
                String number = texts.msg("pdf.page", i + 1, pages);
                canvas.text(footer, number, Canvas.PAGE_WIDTH - Canvas.MARGIN - canvas.textWidth(number, TextStyle.SMALL), y,
                        TextStyle.SMALL);
            }
        }
    }

    private static void describe(PDDocument document, ReportTexts texts, PrintableReport printable) {
        SellerReport report = printable.report();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(texts.msg("pdf.title", report.seller()));
        info.setSubject(texts.msg("pdf.period", texts.date(report.from()), texts.date(report.to().minusDays(1)),
                report.currency()));
        info.setAuthor("Eggbasket");
        info.setCreator("Eggbasket");
        Calendar made = new GregorianCalendar(TimeZone.getTimeZone("UTC"), texts.locale());
        made.clear();
        made.set(printable.madeOn().getYear(), printable.madeOn().getMonthValue() - 1, printable.madeOn().getDayOfMonth());
        info.setCreationDate(made);
        document.getDocumentCatalog().setLanguage(texts.locale().toLanguageTag());
    }
}
