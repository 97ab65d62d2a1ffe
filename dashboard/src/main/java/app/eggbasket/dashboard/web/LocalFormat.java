package app.eggbasket.dashboard.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts, shares, days and months written the way the reader's locale writes them: 1 234,56 € and 7 déc. 2026 in
 * French, €1,234.56 and 7 Dec 2026 in English. A day is never written 07/12/2026, which an English reader may take
 * for the 12th of July; a date input's value is ISO ({@link #iso(LocalDate)}), as the browser's date picker wants.
 * Instants are written as days and times in {@link #ZONE}.
 */
public final class LocalFormat {

    /** Where instants (an upload received, an edition published) are read as days and times. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayTime;
    private final DateTimeFormatter month;

    public LocalFormat(Locale locale) {
        this.locale = locale;
        // the language only: en-GB would write "Sept", en-US and en "Sep"
        Locale language = Locale.forLanguageTag(locale.getLanguage().isEmpty() ? "en" : locale.getLanguage());
        this.day = DateTimeFormatter.ofPattern("d MMM y", language);
        this.dayTime = DateTimeFormatter.ofPattern("d MMM y, HH:mm", language);
        this.month = DateTimeFormatter.ofPattern("MMM y", language);
    }

    /** A day: 7 Dec 2026, 7 déc. 2026; an instant's day in {@link #ZONE}; "" for none. */
    public String date(TemporalAccessor value) {
        if (value instanceof YearMonth ym) {
            return month(ym);
        }
        return value == null ? "" : day.format(local(value));
    }

    /** A day and time: 7 Dec 2026, 14:05; 7 déc. 2026, 14:05; an instant in {@link #ZONE}; "" for none. */
    public String dateTime(TemporalAccessor value) {
        if (value instanceof LocalDate || value instanceof YearMonth) {
            return date(value);
        }
        return value == null ? "" : dayTime.format(local(value));
    }

    /** A month: Nov 2026, nov. 2026 (of a day too: its month); "" for none. */
    public String month(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        return month.format(value instanceof YearMonth ym ? ym : YearMonth.from(local(value)));
    }

    /** A day as a date input's value, whatever the language: 2026-12-07; "" for none. */
    public static String iso(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    private static TemporalAccessor local(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZONE);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(ZONE).toLocalDateTime();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(ZONE).toLocalDateTime();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof YearMonth) {
            return value;
        }
        return LocalDate.from(value);
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
