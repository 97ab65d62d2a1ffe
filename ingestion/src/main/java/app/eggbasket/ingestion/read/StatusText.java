package app.eggbasket.ingestion.read;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a status written by an export ({@code Paiement accepté}, {@code wc-on-hold}, {@code On hold}) to a
 * comparable key: lower case, no accents, hyphens and underscores as spaces, single spaces
 * ({@code paiement accepte}, {@code wc on hold}, {@code on hold}).
 */
public final class StatusText {

    private StatusText() {
    }

    /** The folded text; empty for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace('\u2019', '\'').replace('-', ' ').replace('_', ' ').replace('\u00A0', ' ');
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
