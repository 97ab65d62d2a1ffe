package app.eggbasket.ingestion.read;

import java.text.Normalizer;
import java.util.Locale;

/** Header label normalisation shared by detection and column lookup. */
public final class HeaderNames {

    private HeaderNames() {
    }

    /**
     * Case-folds, strips BOM, quotes and surrounding spaces, folds typographic apostrophes, hyphens and
     * underscores, and collapses runs of white space, so that {@code "Gross "}, {@code gross} and
     * {@code "\uFEFFGross"} compare equal.
     */
    public static String normalise(String label) {
        if (label == null) {
            return "";
        }
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC)
                .replace("\uFEFF", "")
                .replace('\u2019', '\'')
                .replace('"', ' ')
                .replace('-', ' ')
                .replace('_', ' ')
                .replace('\u00A0', ' ');
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
