package app.eggbasket.ingestion.mapping;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

/** A column of a mapped file, named by the label the seller's file gives it. */
record MappedColumn(ColumnLabels spec) implements ColumnName {

    static MappedColumn identifying(String label) {
        return new MappedColumn(ColumnLabels.identifying(label));
    }

    static MappedColumn optional(String label) {
        return new MappedColumn(ColumnLabels.optional(label));
    }
}
