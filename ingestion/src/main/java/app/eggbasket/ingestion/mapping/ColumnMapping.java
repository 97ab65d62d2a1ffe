package app.eggbasket.ingestion.mapping;

import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.ingestion.read.HeaderNames;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How a seller reads a file layout no parser knows: the file's header labels (its fingerprint: a file
 * with the same labels is recognised), its delimiter and decimal separator, its date pattern, and for
 * each canonical field the column it comes from or a constant (currency, channel, kind).
 *
 * @param name          the mapping's name, also its file name ({@code alittlemarket-2014})
 * @param header        the header labels of the file, in file order
 * @param delimiter     {@code ,}, {@code ;} or a tab
 * @param decimalComma  whether amounts are written {@code 12,50}
 * @param datePattern   the order of day, month and year ({@code dd/MM/yyyy}, {@code MM/dd/yy},
 *                      {@code yyyy-MM-dd HH:mm}…); a time of day after the date is always accepted
 * @param amountMeaning whether the amount column is a unit price (× quantity) or the line total
 * @param fields        the source of each mapped field; {@link CanonicalField#DATE} and
 *                      {@link CanonicalField#AMOUNT} are required
 * @param statusValues  the seller's meaning of the status column's values (normalised value → status);
 *                      values not listed are read with {@link StatusWords}
 */
public record ColumnMapping(String name, List<String> header, char delimiter, boolean decimalComma,
                            String datePattern, AmountMeaning amountMeaning,
                            Map<CanonicalField, FieldSource> fields, Map<String, SaleStatus> statusValues) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern DATE_PATTERN = Pattern.compile("[dMyHms/.\\- :]+");

    /** The date patterns the wizard offers. */
    public static final List<String> DATE_PATTERNS = List.of("dd/MM/yyyy", "MM/dd/yyyy", "yyyy-MM-dd",
            "dd/MM/yyyy HH:mm", "MM/dd/yyyy HH:mm", "yyyy-MM-dd HH:mm:ss", "dd/MM/yy", "MM/dd/yy", "dd.MM.yyyy");

    /**
     * @throws IllegalArgumentException naming what is wrong (a plain sentence, shown to the seller)
     */
    public ColumnMapping {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("the mapping name must be 1-40 lower-case letters, digits or '-'");
        }
        if (header == null || header.stream().allMatch(h -> h == null || h.isBlank())) {
            throw new IllegalArgumentException("the mapping needs the header labels of the file");
        }
        header = List.copyOf(header.stream().map(h -> h == null ? "" : h).toList());
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new IllegalArgumentException("the delimiter must be ',', ';' or a tab");
        }
        if (datePattern == null || !DATE_PATTERN.matcher(datePattern).matches()
                || !datePattern.contains("d") || !datePattern.contains("M") || !datePattern.contains("yy")) {
            throw new IllegalArgumentException("the date pattern must give day, month and year, like dd/MM/yyyy");
        }
        amountMeaning = amountMeaning == null ? AmountMeaning.LINE_TOTAL : amountMeaning;
        Map<CanonicalField, FieldSource> copy = new EnumMap<>(CanonicalField.class);
        if (fields != null) {
            fields.forEach((field, source) -> {
                if (field != null && source != null) {
                    copy.put(field, source);
                }
            });
        }
        fields = Collections.unmodifiableMap(copy);
        Set<String> labels = normalised(header);
        for (CanonicalField field : CanonicalField.values()) {
            FieldSource source = fields.get(field);
            if (source == null) {
                if (field.required()) {
                    throw new IllegalArgumentException("choose the column of the " + field.name().toLowerCase().replace('_', ' '));
                }
                continue;
            }
            if (source.isColumn()) {
                if (!labels.contains(HeaderNames.normalise(source.column()))) {
                    throw new IllegalArgumentException("the file has no column '" + source.column() + "'");
                }
            } else if (!field.constantAllowed()) {
                throw new IllegalArgumentException("the " + field.name().toLowerCase().replace('_', ' ') + " must come from a column");
            }
        }
        checkConstants(fields);
        Map<String, SaleStatus> statuses = new TreeMap<>();
        if (statusValues != null) {
            statusValues.forEach((value, status) -> statuses.put(HeaderNames.normalise(value), Objects.requireNonNull(status)));
        }
        statusValues = Collections.unmodifiableMap(statuses);
    }

    private static void checkConstants(Map<CanonicalField, FieldSource> fields) {
        FieldSource currency = fields.get(CanonicalField.CURRENCY);
        if (currency != null && !currency.isColumn() && !IsoCodes.isCurrency(currency.constant())) {
            throw new IllegalArgumentException("the currency must be a code of 3 capital letters, like EUR");
        }
        FieldSource kind = fields.get(CanonicalField.KIND);
        if (kind != null && !kind.isColumn()) {
            ChannelKind.parse(kind.constant());
        }
        FieldSource channel = fields.get(CanonicalField.CHANNEL);
        if (channel != null && !channel.isColumn()) {
            Channel.of(channel.constant(), ChannelKind.DIRECT);
        }
    }

    /** The normalised non-blank header labels: a file whose header has them all is read with this mapping. */
    @JsonIgnore
    public Set<String> fingerprint() {
        return normalised(header);
    }

    /** Whether a file with these header labels has this mapping's layout (same labels, any order). */
    public boolean matches(List<String> fileHeader) {
        return normalised(fileHeader).equals(fingerprint());
    }

    public FieldSource source(CanonicalField field) {
        return fields.get(field);
    }

    private static Set<String> normalised(List<String> labels) {
        Set<String> set = new LinkedHashSet<>();
        for (String label : labels) {
            String n = HeaderNames.normalise(label);
            if (!n.isEmpty()) {
                set.add(n);
            }
        }
        return set;
    }
}
