package app.eggbasket.ingestion.paypal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code TimeZone} column of PayPal exports: an abbreviation ({@code PST}, {@code CEST}) in older
 * files, an IANA id ({@code America/Los_Angeles}) in newer ones. An abbreviation maps to the region
 * whose clock it names; the local date-time then resolves daylight saving in that region.
 */
final class PaypalZones {

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("GMT", "Europe/London"), Map.entry("BST", "Europe/London"),
            Map.entry("UTC", "UTC"), Map.entry("Z", "UTC"),
            Map.entry("WET", "Europe/Lisbon"), Map.entry("WEST", "Europe/Lisbon"),
            Map.entry("CET", "Europe/Paris"), Map.entry("CEST", "Europe/Paris"),
            Map.entry("MEZ", "Europe/Berlin"), Map.entry("MESZ", "Europe/Berlin"),
            Map.entry("HNEC", "Europe/Paris"), Map.entry("HAEC", "Europe/Paris"),
            Map.entry("EET", "Europe/Athens"), Map.entry("EEST", "Europe/Athens"),
            Map.entry("AEST", "Australia/Sydney"), Map.entry("AEDT", "Australia/Sydney"),
            Map.entry("JST", "Asia/Tokyo"));

    private PaypalZones() {
    }

    /** The zone, or null when the text names none this reader knows. */
    static ZoneId of(String text) {
        String s = text.trim();
        String known = ABBREVIATIONS.get(s.toUpperCase(Locale.ROOT));
        if (known != null) {
            return ZoneId.of(known);
        }
        if (s.contains("/") || s.startsWith("GMT") || s.startsWith("UTC")) {
            try {
                return ZoneId.of(s);
            } catch (DateTimeException unknown) {
                return null;
            }
        }
        return null;
    }
}
