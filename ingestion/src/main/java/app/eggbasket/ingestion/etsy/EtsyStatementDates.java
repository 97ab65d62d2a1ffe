package app.eggbasket.ingestion.etsy;

import app.eggbasket.ingestion.read.DateReader;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of Etsy's statement: {@code January 30, 2026} (en-US), {@code 30 April, 2025} (en-GB),
 * {@code 15. July 2025} (German account, English month), also with German month names
 * ({@code 15. Juli 2025}, {@code 1. März 2026}) and abbreviated months ({@code Sep 25, 2026}). German month
 * names are turned into English ones before reading; the statement has no time of day (midnight, seller's zone).
 */
final class EtsyStatementDates {

    private static final Map<String, String> GERMAN_MONTHS = Map.ofEntries(
            Map.entry("januar", "January"), Map.entry("jänner", "January"), Map.entry("februar", "February"),
            Map.entry("märz", "March"), Map.entry("maerz", "March"), Map.entry("mär", "Mar"),
            Map.entry("mai", "May"), Map.entry("juni", "June"), Map.entry("juli", "July"),
            Map.entry("oktober", "October"), Map.entry("okt", "Oct"), Map.entry("dezember", "December"),
            Map.entry("dez", "Dec"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final DateReader reader;

    EtsyStatementDates(boolean frenchExcel) {
        this.reader = DateReader.of(frenchExcel, "MMMM d, uuuu", "MMM d, uuuu", "d MMMM, uuuu", "d MMMM uuuu",
                "d. MMMM uuuu", "d. MMM uuuu", "d MMM uuuu");
    }

    /**
     * @throws IllegalArgumentException naming the accepted shapes
     */
    LocalDateTime read(String raw) {
        try {
            return reader.read(english(raw));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected a date like January 30, 2026, 30 April, 2025 or 15. Juli 2025");
        }
    }

    static String english(String raw) {
        Matcher m = WORD.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String english = GERMAN_MONTHS.get(m.group().toLowerCase(java.util.Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(english != null ? english : m.group()));
        }
        m.appendTail(out);
        return out.toString().replace("Mar.", "Mar").replace("Oct.", "Oct").replace("Dec.", "Dec");
    }
}
