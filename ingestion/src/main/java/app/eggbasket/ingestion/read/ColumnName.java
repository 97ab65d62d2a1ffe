package app.eggbasket.ingestion.read;

import java.util.List;

/**
 * A column of one export format, implemented by an enum per format holding the literal header labels
 * in every known language and spelling (en-US, en-GB, French…). Labels are compared after
 * {@link HeaderNames#normalise(String) normalisation}.
 */
public interface ColumnName {

    /** Every known label of this column; the first is the one shown to users. */
    List<String> labels();

    /** Whether the format is recognised only when this column is present. */
    boolean required();

    default String label() {
        return labels().get(0);
    }
}
