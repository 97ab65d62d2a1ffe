package app.eggbasket.dashboard.web.table;

import app.eggbasket.ingestion.privacy.FormulaTriggers;

/**
 * Formula neutralisation (DESIGN §10, OWASP "CSV injection"): a text that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so that a spreadsheet shows it
 * as text instead of running it. Only text cells go through here: numbers stay numbers (−12.50 is not a formula).
 */
public final class Formulas {

    private Formulas() {
    }

    /** True when a spreadsheet could read {@code text} as a formula. */
    public static boolean risky(String text) {
        return FormulaTriggers.risky(text);
    }

    /** {@code text} with a leading {@code '} when it is {@link #risky}, else unchanged. */
    public static String neutralise(String text) {
        return risky(text) ? "'" + text : text;
    }
}
