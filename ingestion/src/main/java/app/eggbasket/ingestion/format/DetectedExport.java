package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.read.ExportTable;

/** A file whose format was recognised, ready to be parsed. */
public record DetectedExport(SaleFormat format, ExportTable table) {
}
