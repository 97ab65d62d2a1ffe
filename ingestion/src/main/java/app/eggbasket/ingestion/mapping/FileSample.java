package app.eggbasket.ingestion.mapping;

import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.ExportText;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * The start of a file no format knows, as the mapping wizard shows it: the delimiter that splits its
 * first line into the most columns, that first line as the header, and the rows after it.
 *
 * @param delimiter    {@code ,}, {@code ;} or a tab
 * @param decimalComma a guess: files split by {@code ;} usually write {@code 12,50}
 */
public record FileSample(char delimiter, boolean decimalComma, List<String> header, List<List<String>> rows) {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    /**
     * @param maxRows the number of data rows to keep (the Excel-damage check reads about 200)
     * @throws app.eggbasket.ingestion.read.FileRefusedException when the file is empty or binary
     */
    public static FileSample of(String fileName, byte[] content, int maxRows) {
        ExportText text = ExportText.decode(fileName, content);
        char best = ',';
        int bestColumns = 0;
        for (char delimiter : DELIMITERS) {
            List<List<String>> records = records(text, delimiter, 1);
            int columns = records.isEmpty() ? 0 : records.get(0).size();
            if (columns > bestColumns) {
                best = delimiter;
                bestColumns = columns;
            }
        }
        List<List<String>> records = records(text, best, maxRows + 1);
        List<String> header = records.isEmpty() ? List.of() : records.get(0);
        List<List<String>> rows = records.size() <= 1 ? List.of() : records.subList(1, records.size());
        return new FileSample(best, best == ';' || decimalCommas(rows), header, List.copyOf(rows));
    }

    public int columnCount() {
        return header.size();
    }

    /** The cell of a row, empty when the row is short. */
    public String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    private static boolean decimalCommas(List<List<String>> rows) {
        return rows.stream().flatMap(List::stream).anyMatch(v -> v.trim().matches("-?\\d+,\\d{2}\\s*€?"));
    }

    private static List<List<String>> records(ExportText text, char delimiter, int max) {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).allowUnclosedQuote(true)
                .maxBufferSize(ExportTable.MAX_RECORD_CHARS).build(ExportTable.recordHandler(), text.reader())) {
            for (CsvRecord record : reader) {
                out.add(List.copyOf(record.getFields()));
                if (out.size() >= max) {
                    break;
                }
            }
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            if (String.valueOf(e.getMessage()).contains("maximum limit of") && out.isEmpty()) {
                // a header of a million columns would make a page of hundreds of megabytes: said in one sentence
                throw new app.eggbasket.ingestion.read.FileRefusedException(text.fileName(), "line 1 has more than "
                        + ExportTable.MAX_FIELDS + " columns; no sales export has that many",
                        app.eggbasket.ingestion.read.RefusalReason.of("tooManyColumns", 1, ExportTable.MAX_FIELDS));
            }
            // what could be read is shown
        } catch (Exception unreadable) {
            // what could be read is shown
        }
        return out;
    }
}
