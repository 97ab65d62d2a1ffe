package app.eggbasket.dashboard.printable;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What a test reads back from a PDF with PDFBox: its text (no-break spaces made plain, whitespace collapsed,
 * so that a figure reads the same in a table cell or a wrapped sentence), its pages, the drawing operators
 * of each page's content stream, its fonts, and its pages rendered as pictures.
 */
public final class PdfContents {

    private final byte[] bytes;

    public PdfContents(byte[] bytes) {
        this.bytes = bytes;
    }

    public int pages() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, as {@link #normalize} writes it. */
    public String text() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return normalize(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No-break and narrow no-break spaces as plain spaces, every run of whitespace as one space. */
    public static String normalize(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").trim();
    }

    /** How often each operator (re: rectangle, l: line, c: curve, Tj: text…) appears in a page's content. */
    public Map<String, Integer> operators(int pageIndex) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Map<String, Integer> counts = new HashMap<>();
            PDPage page = document.getPage(pageIndex);
            for (Object token : new PDFStreamParser(page).parse()) {
                if (token instanceof Operator operator) {
                    counts.merge(operator.getName(), 1, Integer::sum);
                }
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts of every page, and whether each is embedded. */
    public Map<String, Boolean> fonts() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Map<String, Boolean> fonts = new HashMap<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.put(font.getName(), font.isEmbedded());
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BufferedImage render(int pageIndex, float dpi) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pixels of a page close to the colour {@code rgb} (within a small tolerance). */
    public int pixelsOfColour(int pageIndex, int rgb) {
        BufferedImage image = render(pageIndex, 50);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (close(image.getRGB(x, y), rgb)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The index of the first page whose text contains {@code words}, -1 when none does. */
    public int pageWith(String words) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                if (normalize(stripper.getText(document)).contains(words)) {
                    return i - 1;
                }
            }
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean close(int argb, int rgb) {
        int[] a = {(argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff};
        int[] b = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
        for (int i = 0; i < 3; i++) {
            if (Math.abs(a[i] - b[i]) > 6) {
                return false;
            }
        }
        return true;
    }
}
