package app.eggbasket.dashboard;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads downloaded tables back: XLSX with fastexcel-reader (cell formats included), CSV with FastCSV. */
public final class TableFiles {

    private TableFiles() {
    }

    /** Every row of the first sheet; cells keep their type and number format. */
    public static List<Row> xlsxRows(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one part of the workbook, e.g. {@code xl/worksheets/sheet1.xml} or {@code xl/styles.xml}. */
    public static String part(byte[] xlsx, String name) {
        // read through the central directory: fastexcel's streamed entries carry their sizes after the data,
        // which ZipInputStream cannot follow for zip64 entries
        try {
            Path file = Files.createTempFile("eggbasket-table-", ".xlsx");
            try {
                Files.write(file, xlsx);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    ZipEntry entry = zip.getEntry(name);
                    if (entry == null) {
                        throw new AssertionError("no part " + name + " in the workbook");
                    }
                    return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the file starts with the UTF-8 byte order mark. */
    public static boolean hasBom(byte[] csv) {
        return csv.length >= 3 && (csv[0] & 0xFF) == 0xEF && (csv[1] & 0xFF) == 0xBB && (csv[2] & 0xFF) == 0xBF;
    }

    /** The records of a CSV download (after its byte order mark), split on {@code separator}. */
    public static List<List<String>> csvRecords(byte[] csv, char separator) {
        String text = new String(Arrays.copyOfRange(csv, hasBom(csv) ? 3 : 0, csv.length), StandardCharsets.UTF_8);
        return CsvReader.builder().fieldSeparator(separator).ofCsvRecord(text).stream().map(CsvRecord::getFields).toList();
    }
}
