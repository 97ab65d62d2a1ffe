package app.eggbasket.ingestion.mapping;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small mappings for the tests of this package. */
final class Mappings {

    private Mappings() {
    }

    static Map<CanonicalField, FieldSource> fields(Object... pairs) {
        Map<CanonicalField, FieldSource> map = new EnumMap<>(CanonicalField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((CanonicalField) pairs[i], (FieldSource) pairs[i + 1]);
        }
        return map;
    }

    /** {@code Date,Total,Order} with a constant currency and channel. */
    static ColumnMapping simple(String datePattern, AmountMeaning meaning, Object... extraPairs) {
        Map<CanonicalField, FieldSource> fields = fields(extraPairs);
        fields.putIfAbsent(CanonicalField.DATE, FieldSource.column("Date"));
        fields.putIfAbsent(CanonicalField.AMOUNT, FieldSource.column("Total"));
        return new ColumnMapping("simple", List.of("Date", "Total", "Order", "Qty", "Refund", "Status", "Time"), ',',
                false, datePattern, meaning, fields, Map.of());
    }
}
