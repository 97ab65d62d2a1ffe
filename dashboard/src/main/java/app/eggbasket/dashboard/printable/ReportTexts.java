package app.eggbasket.dashboard.printable;

import app.eggbasket.dashboard.web.LocalFormat;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * The words and figures of one report in the reader's language: messages from messages*.properties, amounts
 * and shares through {@link LocalFormat} (as the overview writes them), dates in the locale's long form.
 */
final class ReportTexts {

    private final MessageSource messages;
    private final Locale locale;
    private final LocalFormat format;
    private final String currency;

    ReportTexts(MessageSource messages, Locale locale, String currency) {
        this.messages = messages;
        this.locale = locale;
        this.format = new LocalFormat(locale);
        this.currency = currency;
    }

    Locale locale() {
        return locale;
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The name shown for a channel id: message channel.&lt;id&gt; for a well-known one, the id itself otherwise. */
    String channel(String id) {
        return id == null ? null : messages.getMessage("channel." + id, null, id, locale);
    }

    /** 1 234,56 € in French, €1,234.56 in English. */
    String money(BigDecimal amount) {
        return format.money(amount, currency);
    }

    /** An amount in another currency than the report's (lines left out for want of a rate). */
    String money(BigDecimal amount, String otherCurrency) {
        return format.money(amount, otherCurrency);
    }

    /** Fees marked ≈ when part of them were estimated from a fee schedule, as on the overview. */
    String fees(BigDecimal amount, boolean estimated) {
        return estimated ? "≈ " + money(amount) : money(amount);
    }

    /** A share 0–1 as the overview writes it: 64,8 %. */
    String percent(BigDecimal share) {
        return format.percent(share);
    }

    /** A figure with all the decimals the report JSON gives it (HHI 4 850,2; effective channels 1,13). */
    String exact(BigDecimal value) {
        return format.number(value, Math.max(0, value.scale()));
    }

    String integer(long value) {
        return format.integer(value);
    }

    /** 3 juillet 2017, 3 July 2017. */
    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** A month on the chart's axis: janv. 25, Jan 25. */
    String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMM yy", locale));
    }

    /** An amount on a chart's axis, without cents: 1 200 €. */
    String axisMoney(double amount) {
        NumberFormat whole = NumberFormat.getCurrencyInstance(locale);
        try {
            whole.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return NumberFormat.getIntegerInstance(locale).format(amount) + " " + currency;
        }
        whole.setMaximumFractionDigits(0);
        whole.setMinimumFractionDigits(0);
        return whole.format(amount);
    }

    /** A share on a chart's axis: 25 %. */
    String axisPercent(double share) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }
}
