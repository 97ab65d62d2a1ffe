package app.eggbasket.ingestion.mapping;

import app.eggbasket.ingestion.read.HeaderNames;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks over the first {@value #ROWS} rows of a file for what Excel does to exports it opens and saves:
 * <ul>
 *   <li>a date column that mixes {@code 03/04/21} and {@code 03/04/2021} (some values re-typed);</li>
 *   <li>years before 1990 or after next year ({@code 1921}, {@code 2087}: a 2-digit year in the wrong century);</li>
 *   <li>slashed dates whose two first parts are all ≤ 12: day/month order cannot be told from the file;</li>
 *   <li>a postal-code column (by its label) with 4-digit numbers: French codes lost their leading 0;</li>
 *   <li>numbers in scientific notation ({@code 1.23457E+11}): long ids lost digits.</li>
 * </ul>
 * It only warns; it changes nothing. The checks are deliberately simple and say what they saw.
 */
public final class ExcelDamage {

    static final int ROWS = 200;
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2}|\\d{4})(?:[ T].*)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-\\d{1,2}-\\d{1,2}(?:[ T].*)?");
    private static final Pattern SCIENTIFIC = Pattern.compile("-?\\d[.,]\\d+E\\+\\d+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern POSTCODE_LABEL = Pattern.compile(
            ".*\\b(zip|postal|postcode|post code|code postal|cp|plz)\\b.*");

    private final int maxYear;

    public ExcelDamage(Clock clock) {
        this.maxYear = Year.now(clock).getValue() + 1;
    }

    public ExcelDamage() {
        this(Clock.systemUTC());
    }

    /**
     * What Excel may have done to an upload that a known format read: that it was re-saved ({@code ;} where the
     * format writes {@code ,}), and the damage {@link #check} sees, but for the order of day and month, which the
     * format decides. Never throws: a file too damaged to sample gets no warning.
     */
    public List<DamageWarning> checkUpload(String fileName, byte[] content, app.eggbasket.ingestion.format.SaleFormat format) {
        FileSample sample;
        try {
            sample = FileSample.of(fileName, content, ROWS);
        } catch (RuntimeException unreadable) {
            return List.of();
        }
        List<DamageWarning> warnings = new ArrayList<>();
        if (sample.delimiter() == ';' && format.nativeDelimiter() != ';') {
            warnings.add(new DamageWarning(DamageWarning.Kind.RESAVED_BY_EXCEL, format.label(), List.of()));
        }
        check(sample).stream().filter(w -> w.kind() != DamageWarning.Kind.DAY_MONTH_AMBIGUOUS).forEach(warnings::add);
        return warnings;
    }

    public List<DamageWarning> check(FileSample sample) {
        List<DamageWarning> warnings = new ArrayList<>();
        List<List<String>> rows = sample.rows().subList(0, Math.min(ROWS, sample.rows().size()));
        for (int c = 0; c < sample.columnCount(); c++) {
            String label = sample.header().get(c).trim();
            List<String> values = new ArrayList<>();
            for (List<String> row : rows) {
                String v = sample.cell(row, c).trim();
                if (!v.isEmpty()) {
                    values.add(v);
                }
            }
            dates(label, values, warnings);
            postcodes(label, values, warnings);
            scientific(label, values, warnings);
        }
        return warnings;
    }

    private void dates(String label, List<String> values, List<DamageWarning> warnings) {
        Set<String> twoDigit = new LinkedHashSet<>();
        Set<String> fourDigit = new LinkedHashSet<>();
        Set<String> implausible = new LinkedHashSet<>();
        Set<String> slashed = new LinkedHashSet<>();
        boolean firstAbove12 = false;
        boolean secondAbove12 = false;
        for (String v : values) {
            Matcher m = SLASHED.matcher(v);
            Matcher iso = ISO.matcher(v);
            String year;
            if (m.matches()) {
                slashed.add(v);
                firstAbove12 |= Integer.parseInt(m.group(1)) > 12;
                secondAbove12 |= Integer.parseInt(m.group(2)) > 12;
                year = m.group(3);
                (year.length() == 2 ? twoDigit : fourDigit).add(v);
            } else if (iso.matches()) {
                year = iso.group(1);
            } else {
                continue;
            }
            if (year.length() == 4 && (Integer.parseInt(year) < 1990 || Integer.parseInt(year) > maxYear)) {
                implausible.add(v);
            }
        }
        if (!twoDigit.isEmpty() && !fourDigit.isEmpty()) {
            warnings.add(new DamageWarning(DamageWarning.Kind.MIXED_YEAR_DIGITS, label,
                    List.of(twoDigit.iterator().next(), fourDigit.iterator().next())));
        }
        if (!implausible.isEmpty()) {
            warnings.add(new DamageWarning(DamageWarning.Kind.IMPLAUSIBLE_YEAR, label, first(implausible)));
        }
        if (!slashed.isEmpty() && slashed.size() * 2 >= values.size() && !firstAbove12 && !secondAbove12) {
            warnings.add(new DamageWarning(DamageWarning.Kind.DAY_MONTH_AMBIGUOUS, label, first(slashed)));
        }
    }

    private static void postcodes(String label, List<String> values, List<DamageWarning> warnings) {
        if (!POSTCODE_LABEL.matcher(HeaderNames.normalise(label)).matches()) {
            return;
        }
        Set<String> short4 = new LinkedHashSet<>();
        for (String v : values) {
            if (FOUR_DIGITS.matcher(v).matches()) {
                short4.add(v);
            }
        }
        if (!short4.isEmpty()) {
            warnings.add(new DamageWarning(DamageWarning.Kind.POSTCODE_LOST_ZERO, label, first(short4)));
        }
    }

    private static void scientific(String label, List<String> values, List<DamageWarning> warnings) {
        Set<String> found = new LinkedHashSet<>();
        for (String v : values) {
            if (SCIENTIFIC.matcher(v).matches()) {
                found.add(v);
            }
        }
        if (!found.isEmpty()) {
            warnings.add(new DamageWarning(DamageWarning.Kind.SCIENTIFIC_NOTATION, label, first(found)));
        }
    }

    private static List<String> first(Set<String> values) {
        return values.stream().limit(3).toList();
    }

    /**
     * The day/month order the file itself shows, when some value settles it: {@code dd/MM/yyyy} when a
     * first part is above 12, {@code MM/dd/yyyy} when a second part is; null when the file cannot tell.
     */
    public static String settledSlashedOrder(List<String> values) {
        boolean first = false;
        boolean second = false;
        for (String v : values) {
            Matcher m = SLASHED.matcher(v.trim());
            if (m.matches()) {
                first |= Integer.parseInt(m.group(1)) > 12;
                second |= Integer.parseInt(m.group(2)) > 12;
            }
        }
        if (first == second) {
            return null;
        }
        return first ? "dd/MM/yyyy" : "MM/dd/yyyy";
    }
}
