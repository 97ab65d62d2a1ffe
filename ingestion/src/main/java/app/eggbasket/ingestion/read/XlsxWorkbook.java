package app.eggbasket.ingestion.read;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An export a seller opened in Excel and saved as {@code .xlsx}: the first worksheet with data becomes
 * CSV text, so the usual header detection and parsers read it. Numbers are written plainly with a
 * decimal point ({@code 1234.5}), date cells as ISO date-times ({@code 2024-03-01 14:05:00}), text as is.
 */
final class XlsxWorkbook {

    /** Excel's built-in date and time number formats. */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);
    private static final Pattern DATE_FORMAT = Pattern.compile("[dmyhs]", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    private XlsxWorkbook() {
    }

    /** @throws FileRefusedException when the workbook cannot be read or holds no data */
    static String toCsv(String fileName, byte[] bytes) {
        XlsxInflation.check(fileName, bytes);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                Optional<String> csv = sheetCsv(sheet);
                if (csv.isPresent()) {
                    return csv.get();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new FileRefusedException(fileName, "this .xlsx workbook cannot be read (" + e.getMessage()
                    + "); save it as CSV from Excel and upload that", RefusalReason.of("xlsxUnreadable", e.getMessage()));
        }
        throw new FileRefusedException(fileName, "this .xlsx workbook has no data in any worksheet",
                RefusalReason.of("xlsxEmpty"));
    }

    private static Optional<String> sheetCsv(Sheet sheet) throws IOException {
        StringBuilder csv = new StringBuilder();
        boolean any = false;
        try (Stream<Row> rows = sheet.openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                List<String> fields = row.stream().map(XlsxWorkbook::text).toList();
                if (fields.stream().allMatch(String::isEmpty)) {
                    csv.append('\n');
                    continue;
                }
                any = true;
                for (int i = 0; i < fields.size(); i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    csv.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
                }
                csv.append('\n');
            }
        }
        return any ? Optional.of(csv.toString()) : Optional.empty();
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDate(cell)) {
                LocalDateTime value = cell.asDate();
                return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.format(DATE) : value.format(DATE_TIME);
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null || format.equalsIgnoreCase("General")) {
            return false;
        }
        String unquoted = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "");
        return DATE_FORMAT.matcher(unquoted).find();
    }
}
