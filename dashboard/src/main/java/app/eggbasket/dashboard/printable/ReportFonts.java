package app.eggbasket.dashboard.printable;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans and DejaVu Sans Bold (bundled under {@code fonts/} with their licence), embedded as subsets in
 * each document so that accents, the typographic apostrophe, ≈ and every currency sign print everywhere.
 */
record ReportFonts(PDType0Font regular, PDType0Font bold) {

    private static final class Files {
        static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
        static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");
    }

    static ReportFonts load(PDDocument document) throws IOException {
        return new ReportFonts(PDType0Font.load(document, new ByteArrayInputStream(Files.REGULAR)),
                PDType0Font.load(document, new ByteArrayInputStream(Files.BOLD)));
    }

    PDType0Font of(TextStyle style) {
        return style.bold() ? bold : regular;
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
