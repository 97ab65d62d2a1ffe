package app.eggbasket.ingestion.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads amounts as exports write them: {@code 1,058.09}, {@code 1 234,56}, {@code 35,4}, {@code -$9.00},
 * {@code 116,99 €}, {@code CA$76.00}, {@code "'-12.50"} (WooCommerce's CSV-injection guard), {@code --}
 * for none. Whether a lone comma is a decimal or a thousands separator is decided per file
 * ({@code decimalComma}), never per value.
 */
public final class Amounts {

    private static final List<Map.Entry<String, String>> SYMBOLS = List.of(
            Map.entry("CA$", "CAD"), Map.entry("AU$", "AUD"), Map.entry("A$", "AUD"), Map.entry("NZ$", "NZD"),
            Map.entry("US$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("$", "USD"),
            Map.entry("CHF", "CHF"), Map.entry("EUR", "EUR"), Map.entry("USD", "USD"), Map.entry("GBP", "GBP"),
            Map.entry("CAD", "CAD"), Map.entry("AUD", "AUD"));
    private static final Pattern THOUSANDS_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+");

    private Amounts() {
    }

    /** True when the raw text stands for "no value": empty, {@code --}, {@code -}. */
    public static boolean isBlank(String raw) {
        if (raw == null) {
            return true;
        }
        String s = raw.trim();
        return s.isEmpty() || s.equals("--") || s.equals("-") || s.equals("'");
    }

    /**
     * Parses one amount.
     *
     * @param raw          the text, not blank
     * @param decimalComma whether this file writes decimals with a comma
     * @return the amount and the currency its symbol names
     * @throws IllegalArgumentException with the expected shape when the text is not an amount
     */
    public static Money parse(String raw, boolean decimalComma) {
        String s = raw.trim();
        if (isPlainDecimal(s, s.startsWith("-") ? 1 : 0) && (!decimalComma || s.indexOf('.') < 0)) {
            return new Money(new BigDecimal(s), null);
        }
        if (s.startsWith("'")) {
            s = s.substring(1).trim();
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).trim();
        }
        String currency = null;
        for (Map.Entry<String, String> symbol : SYMBOLS) {
            int at = s.indexOf(symbol.getKey());
            if (at >= 0) {
                currency = symbol.getValue();
                s = (s.substring(0, at) + s.substring(at + symbol.getKey().length())).trim();
                break;
            }
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1).trim();
        } else if (s.endsWith("-")) {
            negative = !negative;
            s = s.substring(0, s.length() - 1).trim();
        } else if (s.startsWith("+")) {
            s = s.substring(1).trim();
        }
        s = s.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replace("'", "");
        String plain = toPlainDecimal(s, decimalComma);
        if (plain == null || !isPlainDecimal(plain, 0)) {
            throw new IllegalArgumentException(decimalComma
                    ? "expected an amount like 1 234,56 or -12,5"
                    : "expected an amount like 1,234.56 or -12.50");
        }
        BigDecimal amount = new BigDecimal(plain);
        return new Money(negative ? amount.negate() : amount, currency);
    }

    /**
     * Whether the text from {@code start} is {@code \d+(\.\d+)?} (ASCII digits): an amount that is read as it is,
     * the most common shape by far, with no symbol, separator or sign to take apart.
     */
    private static boolean isPlainDecimal(String s, int start) {
        int i = start;
        int digits = i;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i == s.length()) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        int decimals = ++i;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i > decimals && i == s.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String toPlainDecimal(String s, boolean decimalComma) {
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            return lastDot > lastComma
                    ? s.replace(",", "")
                    : s.replace(".", "").replace(',', '.');
        }
        if (lastComma >= 0) {
            if (decimalComma) {
                return s.indexOf(',') == lastComma ? s.replace(',', '.') : null;
            }
            return THOUSANDS_COMMA.matcher(s).matches() ? s.replace(",", "") : null;
        }
        if (lastDot >= 0 && decimalComma && THOUSANDS_DOT.matcher(s).matches()) {
            return s.replace(".", "");
        }
        return s;
    }
}
