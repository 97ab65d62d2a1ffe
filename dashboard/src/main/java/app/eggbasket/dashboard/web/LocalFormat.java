package app.eggbasket.dashboard.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts and shares written the way the reader's locale writes them (1 234,56 € in French, €1,234.56 in English). */
public final class LocalFormat {

    private final Locale locale;

    public LocalFormat(Locale locale) {
        this.locale = locale;
    }

    public String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return number(amount, 2) + " " + currency;
        }
        return format.format(amount);
    }

    /** A share 0–1 as a percentage with at most one decimal: 0.6481 → 64,8 %. */
    public String percent(BigDecimal share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    public String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public Locale locale() {
        return locale;
    }
}
