package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.currency.UnconvertedLines;
import app.eggbasket.analytics.report.LeftOut;
import app.eggbasket.dashboard.web.LocalFormat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The warning shown above a report that leaves lines out for want of an exchange rate: how many, per
 * currency their dates and original amount, and the part of the period that can be reported whole.
 *
 * @param suggestedFrom ISO date for the one-click link, null when no part of the period avoids them
 * @param suggestedTo   ISO date (exclusive) for that link
 * @param suggestedText the suggested period in words, its last day included
 */
public record LeftOutView(String lines, List<Item> currencies, String ratesFrom, String ratesUntil,
                          String suggestedFrom, String suggestedTo, String suggestedText) {

    /** One currency's lines left out; {@code amount} as 279.51 ARS, the code after, whatever the currency. */
    public record Item(String currency, String lines, String first, String last, boolean oneDay, String amount) {
    }

    /** The view, or null when nothing is left out. */
    public static LeftOutView of(LeftOut leftOut, LocalFormat format) {
        if (leftOut == null) {
            return null;
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(format.locale());
        List<Item> items = leftOut.currencies().stream().map(u -> item(u, format, day)).toList();
        String from = null;
        String to = null;
        String text = null;
        if (leftOut.periodWithout() != null) {
            from = leftOut.periodWithout().from().toString();
            to = leftOut.periodWithout().to().toString();
            LocalDate lastDay = leftOut.periodWithout().to().minusDays(1);
            text = day.format(leftOut.periodWithout().from()) + " – " + day.format(lastDay);
        }
        return new LeftOutView(format.integer(leftOut.lines()), items, day.format(leftOut.ratesFrom()),
                day.format(leftOut.ratesUntil()), from, to, text);
    }

    private static Item item(UnconvertedLines u, LocalFormat format, DateTimeFormatter day) {
        return new Item(u.currency(), format.integer(u.lines()), day.format(u.firstDate()), day.format(u.lastDate()),
                u.firstDate().equals(u.lastDate()), format.number(u.amount(), 2) + "\u00a0" + u.currency());
    }
}
