package app.eggbasket.ingestion.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the dates of one column of one file. The patterns are fixed per format and per file — day/month
 * order is never guessed row by row. ISO dates ({@code 2020-11-21}, as Excel rewrites them) are always
 * accepted; files re-saved by French Excel also accept {@code dd/mm/yyyy[ hh:mm[:ss]]}.
 */
public final class DateReader {

    private static final DateTimeFormatter ISO = pattern("uuuu-MM-dd[['T'][ ]HH:mm[:ss]]");
    private static final DateTimeFormatter FRENCH_EXCEL = pattern("d/M/uuuu[ H:mm[:ss]]");

    private final List<DateTimeFormatter> formatters;
    private final String expected;

    private DateReader(List<DateTimeFormatter> formatters, String expected) {
        this.formatters = formatters;
        this.expected = expected;
    }

    /**
     * @param frenchExcel whether the file was re-saved by French Excel (its slashed dates are then d/m/y)
     * @param patterns    the platform's own patterns ({@code MM/dd/yy}…), in {@link DateTimeFormatter}
     *                    syntax with {@code u} for years; optional sections allowed
     */
    public static DateReader of(boolean frenchExcel, String... patterns) {
        List<DateTimeFormatter> list = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        if (frenchExcel) {
            list.add(FRENCH_EXCEL);
            expected.append("dd/mm/yyyy [hh:mm], ");
        }
        for (String p : patterns) {
            list.add(pattern(p));
            expected.append(p.replace("u", "y")).append(", ");
        }
        list.add(ISO);
        expected.append("yyyy-mm-dd");
        return new DateReader(List.copyOf(list), expected.toString());
    }

    /**
     * Parses a date with an optional time of day (midnight when the text has none).
     *
     * @throws IllegalArgumentException naming the accepted patterns
     */
    public LocalDateTime read(String raw) {
        String s = raw.trim();
        for (DateTimeFormatter f : formatters) {
            try {
                var parsed = f.parse(s);
                LocalDate date = LocalDate.from(parsed);
                LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
                return date.atTime(time);
            } catch (DateTimeParseException ignored) {
                // try the next accepted pattern
            }
        }
        throw new IllegalArgumentException("expected a date like " + expected);
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(p.replace("yy", "uu").replace("uuuu", "uuuu"))
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
