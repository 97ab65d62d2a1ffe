package app.eggbasket.ingestion.amazon;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code date/time} of Amazon's transaction report (REFERENCE §0.6, §5c): a local date-time followed by
 * the zone it is written in. US files write {@code Dec 1, 2017 12:38:23 AM PST} (month first, 12-hour clock);
 * UK files {@code 1 Dec 2017 08:38:23 GMT}; amazon.fr files French month abbreviations and a 24-hour clock,
 * {@code 1 déc. 2017 08:38:23 UTC} or {@code 1 janv. 2017 00:13:21 UTC+1}. The zone is an abbreviation
 * ({@code PST}, {@code PDT}, {@code GMT}, {@code BST}, {@code CET}…) mapped to the region whose clock it
 * names, or {@code UTC}/{@code GMT} with an offset.
 */
final class AmazonDates {

    /** A local date-time and the zone it was written in. */
    record Stamp(LocalDateTime local, ZoneId zone) {
    }

    static final String EXPECTED = "expected a date like Dec 1, 2017 12:38:23 AM PST, 1 Dec 2017 08:38:23 GMT "
            + "or 1 déc. 2017 08:38:23 UTC";

    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(\\p{L}+)\\.?\\s+(\\d{1,2}),\\s*(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?\\s+(\\S+)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?\\s+(\\d{4})\\s+(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?\\s+(\\S+)");
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("GMT", "Europe/London"), Map.entry("BST", "Europe/London"),
            Map.entry("UTC", "UTC"), Map.entry("Z", "UTC"),
            Map.entry("CET", "Europe/Paris"), Map.entry("CEST", "Europe/Paris"),
            Map.entry("MEZ", "Europe/Berlin"), Map.entry("MESZ", "Europe/Berlin"),
            Map.entry("JST", "Asia/Tokyo"));

    static {
        // longest prefixes first: "juin"/"juil" before anything shorter
        String[][] names = {
                {"juin", "6"}, {"juil", "7"}, {"janv", "1"}, {"fevr", "2"}, {"sept", "9"},
                {"jan", "1"}, {"feb", "2"}, {"fev", "2"}, {"mar", "3"}, {"apr", "4"}, {"avr", "4"},
                {"may", "5"}, {"mai", "5"}, {"jun", "6"}, {"jul", "7"}, {"aug", "8"}, {"aou", "8"},
                {"sep", "9"}, {"oct", "10"}, {"nov", "11"}, {"dec", "12"}};
        for (String[] name : names) {
            MONTHS.put(name[0], Integer.parseInt(name[1]));
        }
    }

    private AmazonDates() {
    }

    /**
     * @throws IllegalArgumentException when the text is not a date-time with a known zone
     */
    static Stamp read(String raw) {
        String s = raw.trim().replace('\u00A0', ' ').replace('\u202F', ' ');
        Matcher m = MONTH_FIRST.matcher(s);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(4));
            String half = m.group(7);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    throw new IllegalArgumentException(EXPECTED);
                }
                boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return stamp(month(m.group(1)), m.group(2), m.group(3), hour, m.group(5), m.group(6), m.group(8));
        }
        m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            return stamp(month(m.group(2)), m.group(1), m.group(3), Integer.parseInt(m.group(4)), m.group(5),
                    m.group(6), m.group(7));
        }
        throw new IllegalArgumentException(EXPECTED);
    }

    private static Stamp stamp(int month, String day, String year, int hour, String minute, String second, String zone) {
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(year), month, Integer.parseInt(day), hour,
                    Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
            return new Stamp(local, zone(zone));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(EXPECTED);
        }
    }

    private static int month(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Integer> month : MONTHS.entrySet()) {
            if (folded.startsWith(month.getKey())) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(EXPECTED);
    }

    private static ZoneId zone(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        String known = ZONES.get(upper);
        if (known != null) {
            return ZoneId.of(known);
        }
        if (upper.matches("(UTC|GMT)[+-]\\d{1,2}(:?\\d{2})?")) {
            return ZoneId.of(upper);
        }
        throw new IllegalArgumentException(EXPECTED + " (unknown time zone '" + text + "')");
    }
}
