package app.eggbasket.ingestion.privacy;

/**
 * The first characters that make a spreadsheet read a text cell as a formula (DESIGN §10, OWASP "CSV injection"):
 * {@code = + - @}, a tab, a carriage return. One list for every file Eggbasket writes for a spreadsheet: the
 * dashboard's table downloads ({@code Formulas}) and the seller's {@code sales.csv} ({@link SellerDataExport}).
 */
public final class FormulaTriggers {

    public static final String FIRST_CHARACTERS = "=+-@\t\r";

    private FormulaTriggers() {
    }

    /** True when a spreadsheet could read {@code text} as a formula. */
    public static boolean risky(String text) {
        return text != null && !text.isEmpty() && FIRST_CHARACTERS.indexOf(text.charAt(0)) >= 0;
    }

    /** The same test in DuckDB SQL, on a quoted column name. */
    static String sqlRisky(String column) {
        StringBuilder in = new StringBuilder();
        for (char c : FIRST_CHARACTERS.toCharArray()) {
            in.append(in.isEmpty() ? "" : ", ").append("chr(").append((int) c).append(')');
        }
        return "left(" + column + ", 1) IN (" + in + ")";
    }
}
