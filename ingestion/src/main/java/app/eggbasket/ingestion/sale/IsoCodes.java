package app.eggbasket.ingestion.sale;

/**
 * Shape checks of ISO codes, {@code [A-Z]{3}} for a currency (ISO 4217) and {@code [A-Z]{2}} for a country
 * (ISO 3166-1 alpha-2), without a regular expression: they run for every line of every upload.
 */
public final class IsoCodes {

    private IsoCodes() {
    }

    /** Whether the text is three upper-case ASCII letters, the shape of a currency code. */
    public static boolean isCurrency(String text) {
        return isUpperLetters(text, 3);
    }

    /** Whether the text is two upper-case ASCII letters, the shape of a country code. */
    public static boolean isCountry(String text) {
        return isUpperLetters(text, 2);
    }

    private static boolean isUpperLetters(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
