package app.eggbasket.dashboard.printable;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A colour of the dashboard's palette (static/css/eggbasket.css), set on a PDF content stream without
 * going through {@code java.awt.Color}.
 */
record Rgb(int red, int green, int blue) {

    static final Rgb INK = hex(0x23201c);
    static final Rgb MUTED = hex(0x6b645c);
    static final Rgb PAPER = hex(0xfaf7f2);
    static final Rgb LINE = hex(0xe6dfd4);
    static final Rgb ACCENT = hex(0xc2572b);
    static final Rgb TEAL = hex(0x2f6f73);
    static final Rgb TEAL_LIGHT = hex(0x9cc0c2);
    static final Rgb WHITE = hex(0xffffff);
    static final Rgb LOW = hex(0x2e7d4f);
    static final Rgb MODERATE = hex(0xb8860b);
    static final Rgb HIGH = hex(0xd2691e);
    static final Rgb CRITICAL = hex(0xb3261e);

    static Rgb hex(int rgb) {
        return new Rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** The colour of a risk level, as the overview's badge. */
    static Rgb risk(String level) {
        return switch (level) {
            case "LOW" -> LOW;
            case "MODERATE" -> MODERATE;
            case "HIGH" -> HIGH;
            case "CRITICAL" -> CRITICAL;
            default -> MUTED;
        };
    }

    void fill(PDPageContentStream content) throws IOException {
        content.setNonStrokingColor(red / 255f, green / 255f, blue / 255f);
    }

    void stroke(PDPageContentStream content) throws IOException {
        content.setStrokingColor(red / 255f, green / 255f, blue / 255f);
    }
}
