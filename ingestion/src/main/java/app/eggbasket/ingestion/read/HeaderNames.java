package app.eggbasket.ingestion.read;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Header label normalisation shared by detection and column lookup. */
public final class HeaderNames {

    private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");

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
        String s = (isAscii(label) ? label : Normalizer.normalize(label, Normalizer.Form.NFKC))
                .replace("\uFEFF", "")
                .replace('\u2019', '\'')
                .replace('"', ' ')
                .replace('-', ' ')
                .replace('_', ' ')
                .replace('\u00A0', ' ');
        return WHITE_SPACE_RUN.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** ASCII text is its own NFKC form; detection normalises every field of many records. */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
