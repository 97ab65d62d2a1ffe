package app.eggbasket.ingestion.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A recognised export: its text, delimiter, where the header is, and how it writes numbers and dates.
 * {@link #forEachRow} reads the data rows after the header; it can be called more than once (a parser
 * may scan the file before reading it).
 */
public final class ExportTable {

    private final ExportText source;
    private final char delimiter;
    private final int headerRecord;
    private final int headerLine;
    private final List<String> header;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    /** {@link #indexOf} per column: label normalisation is too slow to repeat for every cell read. */
    private final Map<ColumnName, Integer> indexByColumn = new ConcurrentHashMap<>();
    private static final int UNKNOWN = -2;
    /**
     * The longest record the reader accepts, in characters: 4 Mi, far more than any sales export's line (a line of a
     * Shopify export with long product titles is a few kilobytes). A longer one is refused naming its line before it
     * is held in memory (issue 15: a 100 MB line took the dashboard past 1 GB).
     */
    public static final int MAX_RECORD_CHARS = 4 << 20;
    /** The most columns a record may have: the widest export known (eBay's, Shopify's) has under 100. */
    public static final int MAX_FIELDS = 1_000;
    private volatile Class<?> enumColumns;
    private volatile int[] indexByOrdinal = new int[0];
    /** Whether {@link QuoteCheck} found every quote closed (checked once, however often rows are read). */
    private volatile boolean quotesChecked;
    private final boolean decimalComma;
    private final boolean frenchExcel;
    private final boolean formulaGuard;

    /**
     * @param headerRecord index of the header among the file's CSV records (0 when on the first line)
     * @param decimalComma whether amounts use a decimal comma
     * @param frenchExcel  whether the file looks re-saved by French Excel ({@code ;} where the platform
     *                     writes {@code ,}): its slashed dates are day first
     */
    public ExportTable(ExportText source, char delimiter, int headerRecord, int headerLine, List<String> header,
                       boolean decimalComma, boolean frenchExcel) {
        this(source, delimiter, headerRecord, headerLine, header, decimalComma, frenchExcel, false);
    }

    /** @param formulaGuard whether the platform wrote {@code '} before every value starting with {@code - = + @} */
    public ExportTable(ExportText source, char delimiter, int headerRecord, int headerLine, List<String> header,
                       boolean decimalComma, boolean frenchExcel, boolean formulaGuard) {
        this.formulaGuard = formulaGuard;
        this.source = source;
        this.delimiter = delimiter;
        this.headerRecord = headerRecord;
        this.headerLine = headerLine;
        this.header = List.copyOf(header);
        this.decimalComma = decimalComma;
        this.frenchExcel = frenchExcel;
        for (int i = 0; i < header.size(); i++) {
            columnIndex.putIfAbsent(HeaderNames.normalise(header.get(i)), i);
        }
    }

    public String fileName() {
        return source.fileName();
    }

    public char delimiter() {
        return delimiter;
    }

    public int headerLine() {
        return headerLine;
    }

    public List<String> header() {
        return header;
    }

    public boolean decimalComma() {
        return decimalComma;
    }

    /** Whether a cell {@code '-12.50} means {@code -12.50}: the platform guards values that a spreadsheet would run. */
    public boolean formulaGuard() {
        return formulaGuard;
    }

    public boolean frenchExcel() {
        return frenchExcel;
    }

    /** Index of the column in this file, or -1 when the file does not have it under any known label. */
    public int indexOf(ColumnName column) {
        if (column instanceof Enum<?> constant && constant.getDeclaringClass() == enumColumns) {
            int cached = indexByOrdinal[constant.ordinal()];
            if (cached != UNKNOWN) {
                return cached;
            }
        }
        Integer index = indexByColumn.get(column);
        if (index == null) {
            index = lookUp(column);
            indexByColumn.put(column, index);
        }
        if (column instanceof Enum<?> constant) {
            cacheByOrdinal(constant, index);
        }
        return index;
    }

    /** Caches the index of a constant of the first column enum looked up (the format's): an array read per cell. */
    private synchronized void cacheByOrdinal(Enum<?> constant, int index) {
        if (enumColumns == null) {
            int[] byOrdinal = new int[constant.getDeclaringClass().getEnumConstants().length];
            Arrays.fill(byOrdinal, UNKNOWN);
            indexByOrdinal = byOrdinal;
            enumColumns = constant.getDeclaringClass();
        }
        if (constant.getDeclaringClass() == enumColumns) {
            indexByOrdinal[constant.ordinal()] = index;
        }
    }

    private int lookUp(ColumnName column) {
        for (String label : column.labels()) {
            Integer index = columnIndex.get(HeaderNames.normalise(label));
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    public boolean has(ColumnName column) {
        return indexOf(column) >= 0;
    }

    /** The label this file uses for the column, for messages. */
    public String labelOf(ColumnName column) {
        int index = indexOf(column);
        return index >= 0 ? header.get(index).trim() : column.label();
    }

    /**
     * Calls {@code action} for each non-blank data row, in file order. The rows are read from the text by
     * another thread meanwhile ({@link RowStream}).
     *
     * @throws FileRefusedException when the CSV structure is broken (e.g. an unclosed quote)
     */
    public void forEachRow(Consumer<ExportRow> action) {
        if (!quotesChecked) {
            int unclosed = source.unclosedQuoteLine(delimiter);
            if (unclosed > 0) {
                throw new FileRefusedException(fileName(), "broken CSV structure: the quoted value starting on line "
                        + unclosed + " never closes (is the file complete? was it cut while downloading?)",
                        RefusalReason.of("unclosedQuote", unclosed));
            }
            quotesChecked = true;
        }
        try (RowStream rows = new RowStream(readerBuilder(delimiter).build(new RowFields.Handler(), source.reader()),
                headerRecord + 1, fileName())) {
            for (RowFields record = rows.next(); record != null; record = rows.next()) {
                if (!record.isBlank()) {
                    action.accept(new ExportRow(this, (int) record.line(), record));
                }
            }
        } catch (RecordLimitException e) {
            throw new FileRefusedException(fileName(), e.getMessage(), e.why(), e);
        } catch (CsvParseException | NoSuchElementException e) {
            if (rootMessage(e).toLowerCase(java.util.Locale.ROOT).contains("maximum buffer size")) {
                // FastCSV's own limit: a field that alone is longer than a record may be
                throw new FileRefusedException(fileName(), "a value is longer than " + (MAX_RECORD_CHARS >> 20)
                        + " Mi characters; no sales export has one that long", RefusalReason.of("fieldTooLong",
                        MAX_RECORD_CHARS >> 20), e);
            }
            throw new FileRefusedException(fileName(), "broken CSV structure: "
                    + rootMessage(e) + " (is the file complete? was it cut while downloading?)",
                    RefusalReason.of("brokenCsv", rootMessage(e)), e);
        }
    }

    /** A reader's record handler with the limits of every record read from an export. */
    public static CsvRecordHandler recordHandler() {
        return CsvRecordHandler.of(b -> b.maxFields(MAX_FIELDS).maxFieldSize(MAX_RECORD_CHARS).maxRecordSize(MAX_RECORD_CHARS));
    }

    /**
     * The records before the header, each as its fields joined by a space: the preamble some platforms
     * write above the table (Amazon's "All amounts in USD, unless specified"). Empty when the header is
     * on the first line.
     */
    public List<String> preamble() {
        List<String> lines = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowUnclosedQuote(true)
                .maxBufferSize(MAX_RECORD_CHARS)
                .build(recordHandler(), source.reader())) {
            Iterator<CsvRecord> records = reader.iterator();
            for (int i = 0; i < headerRecord && records.hasNext(); i++) {
                lines.add(String.join(" ", records.next().getFields()));
            }
        } catch (CsvParseException | NoSuchElementException | IOException e) {
            // a preamble that cannot be read is simply not used
        }
        return lines;
    }

    private static CsvReader.CsvReaderBuilder readerBuilder(char delimiter) {
        return CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .maxBufferSize(MAX_RECORD_CHARS);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
