package app.eggbasket.ingestion.mapping;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a canonical field comes from: a column of the file (by its header label) or a constant.
 * Exactly one of the two is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldSource(String column, String constant) {

    public FieldSource {
        column = blankToNull(column);
        constant = blankToNull(constant);
        if ((column == null) == (constant == null)) {
            throw new IllegalArgumentException("a field comes from a column or a constant, not both nor neither");
        }
    }

    public static FieldSource column(String label) {
        return new FieldSource(label, null);
    }

    public static FieldSource constant(String value) {
        return new FieldSource(null, value);
    }

    @JsonIgnore
    public boolean isColumn() {
        return column != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
