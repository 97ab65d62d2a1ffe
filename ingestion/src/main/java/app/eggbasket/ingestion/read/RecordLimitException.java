package app.eggbasket.ingestion.read;

import de.siegmar.fastcsv.reader.CsvParseException;

/**
 * A record past what any sales export holds ({@link ExportTable#MAX_FIELDS} columns, {@link ExportTable#MAX_RECORD_CHARS}
 * characters): the file is refused saying which line, before the record is kept in memory.
 */
final class RecordLimitException extends CsvParseException {

    private final RefusalReason why;

    RecordLimitException(String message, RefusalReason why) {
        super(message);
        this.why = why;
    }

    RefusalReason why() {
        return why;
    }

    static RecordLimitException tooManyColumns(long line) {
        return new RecordLimitException("line " + line + " has more than " + ExportTable.MAX_FIELDS
                + " columns; no sales export has that many", RefusalReason.of("tooManyColumns", line, ExportTable.MAX_FIELDS));
    }

    static RecordLimitException tooLong(long line) {
        return new RecordLimitException("line " + line + " is longer than " + (ExportTable.MAX_RECORD_CHARS >> 20)
                + " Mi characters; no sales export has lines that long",
                RefusalReason.of("lineTooLong", line, ExportTable.MAX_RECORD_CHARS >> 20));
    }
}
