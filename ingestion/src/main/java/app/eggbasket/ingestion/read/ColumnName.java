package app.eggbasket.ingestion.read;

import java.util.List;

/**
 * A column of one export format, implemented by an enum per format whose constants carry their
 * {@link ColumnLabels}: the literal header labels in every known language and spelling (en-US, en-GB,
 * French…). Labels are compared after {@link HeaderNames#normalise(String) normalisation}.
 */
public interface ColumnName {

    /** The labels of this column and whether it is required. */
    ColumnLabels spec();

    /** Every known label of this column; the first is the one shown to users. */
    default List<String> labels() {
        return spec().labels();
    }

    /** Whether the format is recognised only when this column is present. */
    default boolean required() {
        return spec().required();
    }

    default String label() {
        return labels().get(0);
    }
}
