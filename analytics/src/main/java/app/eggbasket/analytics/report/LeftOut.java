package app.eggbasket.analytics.report;

import app.eggbasket.analytics.currency.UnconvertedLines;
import app.eggbasket.analytics.engine.Period;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Lines of the period that a report leaves out of its figures because they cannot be converted to its
 * currency (DESIGN §6 {@code leftOut}): no ECB rate for their currency on their date.
 *
 * @param lines         how many lines are left out, every currency together
 * @param currencies    the lines left out per currency, with their dates and their amount in that currency
 * @param ratesFrom     the first day the rates known cover
 * @param ratesUntil    the last day the rates known cover
 * @param periodWithout the longest part of the period, at its start or its end, that holds none of those
 *                      lines (so can be reported whole), or null when there is none
 */
public record LeftOut(String reason, long lines, List<UnconvertedLines> currencies, LocalDate ratesFrom,
                      LocalDate ratesUntil, Period periodWithout) {

    /** The one reason today: no exchange rate for the line's date. */
    public static final String NO_EXCHANGE_RATE = "NO_EXCHANGE_RATE";

    /** What is left out of {@code period}, or null when {@code unconverted} is empty. */
    static LeftOut of(List<UnconvertedLines> unconverted, Period period, LocalDate ratesFrom, LocalDate ratesUntil) {
        if (unconverted.isEmpty()) {
            return null;
        }
        long lines = unconverted.stream().mapToLong(UnconvertedLines::lines).sum();
        LocalDate first = unconverted.stream().map(UnconvertedLines::firstDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = unconverted.stream().map(UnconvertedLines::lastDate).max(Comparator.naturalOrder()).orElseThrow();
        Period before = period.from().isBefore(first) ? new Period(period.from(), first) : null;
        LocalDate afterStart = last.plusDays(1);
        Period after = afterStart.isBefore(period.to()) ? new Period(afterStart, period.to()) : null;
        return new LeftOut(NO_EXCHANGE_RATE, lines, List.copyOf(unconverted), ratesFrom, ratesUntil, longer(before, after));
    }

    private static Period longer(Period a, Period b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return days(b) > days(a) ? b : a;
    }

    private static long days(Period p) {
        return p.to().toEpochDay() - p.from().toEpochDay();
    }
}
