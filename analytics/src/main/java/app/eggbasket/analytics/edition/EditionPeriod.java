package app.eggbasket.analytics.edition;

import app.eggbasket.analytics.market.QuarterlySums;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an edition covers: a quarter ({@code 2026-Q3}), a half-year ({@code 2026-H1}) or a year ({@code 2026}).
 *
 * @param label the period as written
 * @param from  its first day
 * @param to    the day after its last (exclusive)
 */
public record EditionPeriod(String label, LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public enum Length { QUARTER, HALF, YEAR }

    /**
     * @throws IllegalArgumentException when the text is not a quarter, a half-year or a year from 2000 to 2999
     */
    public static EditionPeriod parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m;
        if ((m = QUARTER.matcher(t)).matches()) {
            return of(Length.QUARTER, year(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = HALF.matcher(t)).matches()) {
            return of(Length.HALF, year(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = YEAR.matcher(t)).matches()) {
            return of(Length.YEAR, year(m.group(1)), 1);
        }
        throw new IllegalArgumentException("a period is a quarter (2026-Q3), a half-year (2026-H1) or a year (2026), was '"
                + text + "'");
    }

    /** @param number the quarter (1-4) or the half (1-2); 1 for a year */
    public static EditionPeriod of(Length length, int year, int number) {
        return switch (length) {
            case QUARTER -> new EditionPeriod(year + "-Q" + number, LocalDate.of(year, number * 3 - 2, 1),
                    LocalDate.of(year, number * 3 - 2, 1).plusMonths(3));
            case HALF -> new EditionPeriod(year + "-H" + number, LocalDate.of(year, number * 6 - 5, 1),
                    LocalDate.of(year, number * 6 - 5, 1).plusMonths(6));
            case YEAR -> new EditionPeriod(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        };
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("the year of a period must be from 2000 to 2999, was " + year);
        }
        return year;
    }

    public Length length() {
        return label.contains("-Q") ? Length.QUARTER : label.contains("-H") ? Length.HALF : Length.YEAR;
    }

    public boolean overlaps(EditionPeriod other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    /** Whether the period has begun on {@code today}: a period that has not cannot be previewed. */
    public boolean begunBy(LocalDate today) {
        return !from.isAfter(today);
    }

    /** Its quarters, as the report labels them ({@code 2026-Q1}). */
    public List<String> quarters() {
        List<String> out = new ArrayList<>();
        for (int q = QuarterlySums.quarterId(from); q < QuarterlySums.quarterId(to); q++) {
            out.add(QuarterlySums.quarterLabel(q));
        }
        return out;
    }

    /**
     * The days the data can really cover on {@code today}: from its first day to the day after today when the period
     * has not ended (an edition of the running quarter covers the days sold so far, not the whole quarter).
     */
    public LocalDate coveredTo(LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        return tomorrow.isBefore(to) ? tomorrow : to;
    }
}
