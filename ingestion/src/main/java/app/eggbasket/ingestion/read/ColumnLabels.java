package app.eggbasket.ingestion.read;

import java.util.List;

/**
 * The header labels of one column in every known language and spelling, and whether the format is
 * recognised only when the column is present. Written {@code identifying("Sale Date")} (a column the format is recognised by) or
 * {@code optional("Ship Country", "Delivery Country")} in a format's column enum.
 */
public record ColumnLabels(boolean required, List<String> labels) {

    public ColumnLabels {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a column needs at least one label");
        }
        labels = List.copyOf(labels);
    }

    public static ColumnLabels identifying(String... labels) {
        return new ColumnLabels(true, List.of(labels));
    }

    public static ColumnLabels optional(String... labels) {
        return new ColumnLabels(false, List.of(labels));
    }
}
