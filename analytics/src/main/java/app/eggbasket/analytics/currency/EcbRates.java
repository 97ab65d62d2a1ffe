package app.eggbasket.analytics.currency;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ECB's euro foreign exchange reference rates ({@code eurofxref-hist.csv}: {@code Date,USD,JPY,…},
 * one line per business day, units of the currency per euro, {@code N/A} where none was published).
 * The rate of a day is the one published that day, or on a weekend or holiday the last one published
 * before it, at most {@value #MAX_DAYS_BACK} days before: beyond that (a date after the end of the
 * file), there is no rate, never a stale one.
 */
public final class EcbRates {

    public static final int MAX_DAYS_BACK = 7;
    public static final String EURO = "EUR";
    private static final MathContext FACTOR_PRECISION = new MathContext(16, RoundingMode.HALF_EVEN);

    private final Map<String, NavigableMap<LocalDate, BigDecimal>> byCurrency;

    private EcbRates(Map<String, NavigableMap<LocalDate, BigDecimal>> byCurrency) {
        this.byCurrency = byCurrency;
    }

    /** Rates given per currency, then per day (units of the currency per euro). */
    static EcbRates of(Map<String, NavigableMap<LocalDate, BigDecimal>> byCurrency) {
        if (byCurrency.isEmpty()) {
            throw new IllegalArgumentException("no rate found: expected the ECB's reference rates");
        }
        return new EcbRates(byCurrency);
    }

    /**
     * Reads any file the ECB publishes its reference rates in: the history {@code eurofxref-hist.csv}, the
     * day's {@code eurofxref.csv} (dates like {@code 04 December 2026}), either zipped as the ECB serves them,
     * or the XML of the day or of the last 90 days ({@code eurofxref-daily.xml}, {@code eurofxref-hist-90d.xml}).
     *
     * @throws IllegalArgumentException naming what is wrong when it is none of them
     */
    public static EcbRates read(byte[] content) {
        if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
            return read(EcbFiles.unzipFirstEntry(content));
        }
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.startsWith("<") ? EcbFiles.parseXml(text) : parse(text);
    }

    /**
     * Reads the ECB's CSV layout.
     *
     * @throws IllegalArgumentException naming the line and column of the first unreadable value
     */
    public static EcbRates parse(String csv) {
        Map<String, NavigableMap<LocalDate, BigDecimal>> rates = new TreeMap<>();
        List<String> header = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields().stream().map(String::trim).toList();
                    if (header.isEmpty() || !header.get(0).equalsIgnoreCase("Date")) {
                        throw new IllegalArgumentException("line 1: expected the ECB header 'Date,USD,JPY,…'");
                    }
                    continue;
                }
                readLine(record, header, rates);
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (header == null || rates.isEmpty()) {
            throw new IllegalArgumentException("no rate found: expected the ECB file eurofxref-hist.csv");
        }
        return new EcbRates(rates);
    }

    private static void readLine(CsvRecord record, List<String> header, Map<String, NavigableMap<LocalDate, BigDecimal>> rates) {
        long line = record.getStartingLineNumber();
        LocalDate date;
        try {
            date = EcbFiles.date(record.getField(0).trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + line + ", column Date: expected a date like 2024-09-26, found '"
                    + record.getField(0) + "'");
        }
        for (int i = 1; i < Math.min(header.size(), record.getFieldCount()); i++) {
            String currency = header.get(i);
            String value = record.getField(i).trim();
            if (currency.isEmpty() || value.isEmpty() || value.equalsIgnoreCase("N/A")) {
                continue;
            }
            try {
                BigDecimal rate = new BigDecimal(value);
                if (rate.signum() <= 0) {
                    throw new NumberFormatException();
                }
                rates.computeIfAbsent(currency, c -> new TreeMap<>()).put(date, rate);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + line + ", column " + currency
                        + ": expected a rate like 1.1155, found '" + value + "'");
            }
        }
    }

    /** These rates with {@code newer}'s added, {@code newer} winning on the days both have. */
    public EcbRates mergedWith(EcbRates newer) {
        Map<String, NavigableMap<LocalDate, BigDecimal>> merged = new TreeMap<>();
        byCurrency.forEach((c, m) -> merged.put(c, new TreeMap<>(m)));
        newer.byCurrency.forEach((c, m) -> merged.computeIfAbsent(c, k -> new TreeMap<>()).putAll(m));
        return new EcbRates(merged);
    }

    /** Units of {@code currency} per euro on {@code date}, empty when none was published within a week before. */
    public Optional<BigDecimal> perEuro(String currency, LocalDate date) {
        if (EURO.equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        NavigableMap<LocalDate, BigDecimal> rates = byCurrency.get(currency);
        if (rates == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, BigDecimal> entry = rates.floorEntry(date);
        if (entry == null || entry.getKey().isBefore(date.minusDays(MAX_DAYS_BACK))) {
            return Optional.empty();
        }
        return Optional.of(entry.getValue());
    }

    /**
     * Whether {@link #perEuro} has a rate for {@code currency} on every day from {@code first} to {@code last}
     * inclusive: published on or before {@code first}, and never more than {@value #MAX_DAYS_BACK} days apart.
     */
    public boolean coversEveryDay(String currency, LocalDate first, LocalDate last) {
        if (EURO.equals(currency)) {
            return true;
        }
        NavigableMap<LocalDate, BigDecimal> rates = byCurrency.get(currency);
        if (rates == null || perEuro(currency, first).isEmpty() || perEuro(currency, last).isEmpty()) {
            return false;
        }
        LocalDate previous = rates.floorKey(first);
        for (LocalDate day : rates.subMap(first, false, last, true).keySet()) {
            if (day.isAfter(previous.plusDays(MAX_DAYS_BACK + 1L))) {
                return false;
            }
            previous = day;
        }
        return true;
    }

    /** What one unit of {@code from} is worth in {@code to} on {@code date}, through the euro. */
    public Optional<BigDecimal> factor(String from, String to, LocalDate date) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        Optional<BigDecimal> source = perEuro(from, date);
        Optional<BigDecimal> target = perEuro(to, date);
        if (source.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(target.get().divide(source.get(), FACTOR_PRECISION));
    }

    /** The currencies with at least one rate, the euro included. */
    public List<String> currencies() {
        TreeSet<String> all = new TreeSet<>(byCurrency.keySet());
        all.add(EURO);
        return List.copyOf(all);
    }

    public LocalDate firstDate() {
        return byCurrency.values().stream().map(NavigableMap::firstKey).min(LocalDate::compareTo).orElseThrow();
    }

    public LocalDate lastDate() {
        return byCurrency.values().stream().map(NavigableMap::lastKey).max(LocalDate::compareTo).orElseThrow();
    }

    /** Number of (currency, day) rates. */
    public int size() {
        return byCurrency.values().stream().mapToInt(Map::size).sum();
    }

    /** The rates in the ECB's CSV layout, newest day first. */
    public String toCsv() {
        List<String> currencies = List.copyOf(byCurrency.keySet());
        TreeSet<LocalDate> days = new TreeSet<>(Collections.reverseOrder());
        byCurrency.values().forEach(m -> days.addAll(m.keySet()));
        StringBuilder csv = new StringBuilder("Date");
        currencies.forEach(c -> csv.append(',').append(c));
        csv.append('\n');
        for (LocalDate day : days) {
            csv.append(day);
            for (String c : currencies) {
                BigDecimal rate = byCurrency.get(c).get(day);
                csv.append(',').append(rate == null ? "N/A" : rate.toPlainString());
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
