package app.eggbasket.dashboard.printable;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A4 pages filled from top to bottom: a cursor {@link #y()} that text and blocks move down, a new page when a
 * block does not fit ({@link #ensure}), and the drawing primitives the report and its charts use (text,
 * wrapped paragraphs, rectangles, lines). Coordinates are PDF points from the bottom-left corner.
 */
final class Canvas {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 44;
    /** Room kept at the bottom of each page for its footer. */
    static final float FOOTER = 26;

    private final PDDocument document;
    private final ReportFonts fonts;
    private PDPageContentStream content;
    private float y;

    Canvas(PDDocument document, ReportFonts fonts) throws IOException {
        this.document = document;
        this.fonts = fonts;
        newPage();
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return PAGE_WIDTH - MARGIN;
    }

    float width() {
        return PAGE_WIDTH - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** Room left above the footer on this page. */
    float room() {
        return y - (MARGIN + FOOTER);
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensure(float height) throws IOException {
        if (room() < height) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE_HEIGHT - MARGIN;
    }

    void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    PDPageContentStream content() {
        return content;
    }

    float textWidth(String text, TextStyle style) throws IOException {
        return fonts.of(style).getStringWidth(printable(text, style)) / 1000f * style.size();
    }

    /** One line of text, its baseline at {@code baseline}. */
    void text(String text, float x, float baseline, TextStyle style) throws IOException {
        text(content, text, x, baseline, style);
    }

    void text(PDPageContentStream stream, String text, float x, float baseline, TextStyle style) throws IOException {
        stream.beginText();
        stream.setFont(fonts.of(style), style.size());
        style.color().fill(stream);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable(text, style));
        stream.endText();
    }

    /** One line of text ending at {@code rightX}. */
    void textRight(String text, float rightX, float baseline, TextStyle style) throws IOException {
        text(text, rightX - textWidth(text, style), baseline, style);
    }

    void textCentered(String text, float centerX, float baseline, TextStyle style) throws IOException {
        text(text, centerX - textWidth(text, style) / 2, baseline, style);
    }

    /** The text cut with an ellipsis so that it fits {@code width}. */
    String fit(String text, float width, TextStyle style) throws IOException {
        if (textWidth(text, style) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && textWidth(cut + "…", style) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** The lines of a paragraph broken at spaces (never at a no-break space: figures stay whole). */
    List<String> wrap(String text, float width, TextStyle style) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : words(paragraph)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && textWidth(candidate, style) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The words of a line; French high punctuation (« ? », « : ») stays with the word before it. */
    private static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        for (String word : paragraph.split(" ")) {
            if (!words.isEmpty() && word.matches("[?!:;»]+.?")) {
                words.set(words.size() - 1, words.get(words.size() - 1) + " " + word);
            } else {
                words.add(word);
            }
        }
        return words;
    }

    float height(String text, float width, TextStyle style) throws IOException {
        return wrap(text, width, style).size() * style.leading();
    }

    /** A wrapped paragraph at the cursor, which moves below it. */
    void paragraph(String text, float x, float width, TextStyle style) throws IOException {
        for (String line : wrap(text, width, style)) {
            text(line, x, y - style.size(), style);
            y -= style.leading();
        }
    }

    void paragraph(String text, TextStyle style) throws IOException {
        paragraph(text, left(), width(), style);
    }

    /** The brand line a document opens with: Eggbasket at the left, {@code tagline} at the right, a rule under them. */
    void brand(String tagline) throws IOException {
        float top = y;
        text("Eggbasket", left(), top - 9, TextStyle.BODY_BOLD.colored(Rgb.ACCENT));
        textRight(tagline, right(), top - 9, TextStyle.SMALL);
        line(left(), top - 15, right(), top - 15, Rgb.ACCENT, 1.2f);
        down(26);
    }

    /** A section title with a thin rule; {@code keepWith} points of what follows must fit on the same page. */
    void heading(String title, float keepWith) throws IOException {
        ensure(TextStyle.HEADING.leading() + 6 + keepWith);
        paragraph(title, TextStyle.HEADING);
        line(left(), y + 1, right(), y + 1, Rgb.LINE, 0.8f);
        down(7);
    }

    void rect(float x, float bottom, float w, float h, Rgb fill) throws IOException {
        fill.fill(content);
        content.addRect(x, bottom, w, h);
        content.fill();
    }

    void line(float x1, float y1, float x2, float y2, Rgb color, float lineWidth) throws IOException {
        color.stroke(content);
        content.setLineWidth(lineWidth);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** A filled disc (the points of a line chart), drawn with four Bézier arcs. */
    void dot(float cx, float cy, float r, Rgb fill) throws IOException {
        float k = 0.5523f * r;
        fill.fill(content);
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
        content.fill();
    }

    /** A rectangle with round corners of radius {@code r} (the risk badge). */
    void roundRect(float x, float bottom, float w, float h, float r, Rgb fill) throws IOException {
        float k = 0.5523f * r;
        fill.fill(content);
        content.moveTo(x + r, bottom);
        content.lineTo(x + w - r, bottom);
        content.curveTo(x + w - r + k, bottom, x + w, bottom + r - k, x + w, bottom + r);
        content.lineTo(x + w, bottom + h - r);
        content.curveTo(x + w, bottom + h - r + k, x + w - r + k, bottom + h, x + w - r, bottom + h);
        content.lineTo(x + r, bottom + h);
        content.curveTo(x + r - k, bottom + h, x, bottom + h - r + k, x, bottom + h - r);
        content.lineTo(x, bottom + r);
        content.curveTo(x, bottom + r - k, x + r - k, bottom, x + r, bottom);
        content.closePath();
        content.fill();
    }

    /** The text with any character the font cannot draw replaced by '?', so that no name breaks the PDF. */
    private String printable(String text, TextStyle style) {
        PDType0Font font = fonts.of(style);
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException | IOException missingGlyph) {
            StringBuilder safe = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                try {
                    font.encode(c);
                    safe.append(c);
                } catch (IllegalArgumentException | IOException e) {
                    safe.append(cp == '\u202f' || cp == '\u00a0' ? " " : "?");
                }
            });
            return safe.toString();
        }
    }
}
