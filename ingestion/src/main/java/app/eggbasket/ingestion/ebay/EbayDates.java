package app.eggbasket.ingestion.ebay;

import app.eggbasket.ingestion.read.ColumnName;
import app.eggbasket.ingestion.read.DateReader;
import app.eggbasket.ingestion.read.ExportRow;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as eBay's reports write them (REFERENCE §0.6, §6): the US orders report {@code Jul-25-26} and
 * {@code Sep-30-26 23:45:00}; eBay.de {@code 10-Dez-25} (day first, German month); the transaction
 * report {@code Jan 5, 2026}, eBay.de {@code 01.10.2025}. German month abbreviations are turned into
 * English before parsing; French ones are accepted the same way (eBay.fr files were not seen, REFERENCE §16).
 */
final class EbayDates {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})-([^\\d\\s-]+)-(\\d{2}|\\d{4})(\\s.*)?");
    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "Jan"), Map.entry("janv", "Jan"), Map.entry("feb", "Feb"), Map.entry("fev", "Feb"), Map.entry("fevr", "Feb"),
            Map.entry("mar", "Mar"), Map.entry("mrz", "Mar"), Map.entry("mars", "Mar"), Map.entry("apr", "Apr"),
            Map.entry("avr", "Apr"), Map.entry("mai", "May"), Map.entry("may", "May"), Map.entry("jun", "Jun"),
            Map.entry("juin", "Jun"), Map.entry("jul", "Jul"), Map.entry("juil", "Jul"), Map.entry("aug", "Aug"),
            Map.entry("aou", "Aug"), Map.entry("aout", "Aug"), Map.entry("sep", "Sep"), Map.entry("sept", "Sep"), Map.entry("okt", "Oct"),
            Map.entry("oct", "Oct"), Map.entry("nov", "Nov"), Map.entry("dez", "Dec"), Map.entry("dec", "Dec"));

    private final DateReader english;

    private EbayDates(DateReader english) {
        this.english = english;
    }

    /** Orders report: {@code MMM-dd-yy[ HH:mm:ss]}, or {@code dd-MMM-yy} with a German/French month. */
    static EbayDates ordersReport(boolean frenchExcel) {
        return new EbayDates(DateReader.of(frenchExcel, "MMM-dd-uu[ HH:mm[:ss]]", "MMM-dd-uuuu[ HH:mm[:ss]]",
                "dd-MMM-uu[ HH:mm[:ss]]", "dd-MMM-uuuu[ HH:mm[:ss]]"));
    }

    /** Transaction report: {@code MMM d, yyyy} (English) or {@code dd.MM.yyyy} (German). */
    static EbayDates transactionReport(boolean frenchExcel) {
        return new EbayDates(DateReader.of(frenchExcel, "MMM d, uuuu[ HH:mm[:ss]]", "d.M.uuuu[ HH:mm[:ss]]"));
    }

    /** The date of a required cell; the row is rejected, naming the accepted patterns, when it is not one. */
    LocalDateTime read(ExportRow row, ColumnName column) {
        String raw = row.required(column);
        try {
            return read(raw);
        } catch (IllegalArgumentException e) {
            throw row.reject(column, e.getMessage());
        }
    }

    /** @throws IllegalArgumentException naming the accepted patterns */
    LocalDateTime read(String raw) {
        return english.read(englishMonth(raw.trim()));
    }

    /** {@code 10-Dez-25} → {@code 10-Dec-25}; other texts unchanged. */
    static String englishMonth(String raw) {
        Matcher m = DAY_MONTH_YEAR.matcher(raw);
        if (!m.matches()) {
            return raw;
        }
        String folded = Normalizer.normalize(m.group(2), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace(".", "").toLowerCase(Locale.ROOT);
        String month = MONTHS.get(folded);
        if (month == null) {
            return raw;
        }
        return m.group(1) + "-" + month + "-" + m.group(3) + (m.group(4) == null ? "" : m.group(4));
    }
}
