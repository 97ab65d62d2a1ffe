package app.eggbasket.dashboard.web.table;

import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * Headers and texts of downloadable tables in the reader's language, from the same messages as the pages.
 * Money headers name the currency ({@code Revenue (USD)}) and percentage headers say so ({@code Share (%)}),
 * since a CSV cell holds the bare number.
 */
public final class TableText {

    private final MessageSource messages;
    private final Locale locale;

    public TableText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The message {@code key} with its arguments. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** {@code Revenue (USD)}: the header of a column of amounts in {@code currency}. */
    public String money(String key, String currency, Object... args) {
        return text("table.header.money", text(key, args), currency);
    }

    /** {@code Share (%)}: the header of a column of percentages. */
    public String percent(String key, Object... args) {
        return text("table.header.percent", text(key, args));
    }
}
