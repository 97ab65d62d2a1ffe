package app.eggbasket.ingestion.read;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A seller who opened her export in Excel and saved it as .xlsx: Excel turned the numbers into numbers
 * (losing leading zeros) and the dates into dates; the workbook reads to the same sales as the CSV.
 */
class XlsxUploadTests {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final DateTimeFormatter US_SHORT = DateTimeFormatter.ofPattern("MM/dd/yy");

    @TempDir
    Path data;

    @Test
    void etsyOrdersSavedAsXlsxGiveTheSameSalesAsTheCsv() throws Exception {
        Path csv = Path.of("..", "data-samples", "src", "main", "resources", "samples", "etsy-sold-orders",
                "valid-EtsySoldOrders2022_en-US.csv");
        byte[] xlsx = asExcelWouldSave(Files.readString(csv, StandardCharsets.UTF_8));

        FileSummary summary = new Ingestor(new Lake(data), Formats.standard())
                .ingest("alice", "EtsySoldOrders2022.xlsx", xlsx, null, ParseContext.DEFAULT_ZONE);

        assertThat(summary.refusal()).isNull();
        assertThat(summary.formatId()).isEqualTo("etsy-sold-orders");
        assertThat(summary.accepted()).isEqualTo(8);
        assertThat(summary.rejected()).isZero();
        try (var c = DriverManager.getConnection("jdbc:duckdb:");
             var st = c.prepareStatement("SELECT sum(revenue), sum(fees), min(order_date) FROM read_parquet(?)")) {
            st.setString(1, new Lake(data).salesFile("alice").toString());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("279.51");
                assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("11.04");
                assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2022, 12, 23));
            }
        }
    }

    @Test
    void aDamagedWorkbookIsRefusedWithAPlainReason() {
        byte[] notReally = "PK\u0003\u0004 this is not a workbook".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ExportText.decode("orders.xlsx", notReally))
                .isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("this .xlsx workbook cannot be read");
    }

    @Test
    void aZipBombIsRefusedByItsRatioBeforeItIsOpened() throws IOException {
        // 30 MB of sheet XML in 110 KB (ratio ~280): the guard stops after the first MiB or so
        byte[] bomb = Files.readAllBytes(Path.of("..", "data-samples", "src", "main", "resources",
                "samples", "etsy-sold-orders", "faulty-xlsx-zip-bomb.xlsx"));
        assertThat(bomb.length).as("the sample is the small file it claims").isLessThan(200_000);
        assertThat(inflatedSize(bomb)).as("and it inflates to 30 MB").isGreaterThan(30L << 20);

        assertThatThrownBy(() -> ExportText.decode("bomb.xlsx", bomb))
                .isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("compressed more than 100 to 1")
                .satisfies(e -> assertThat(((FileRefusedException) e).why().key()).isEqualTo("xlsxBomb"));
    }

    @Test
    void aWorkbookThatWouldInflatePastTheLimitIsRefusedAndAnHonestOneIsNot() throws IOException {
        String csv = Files.readString(Path.of("..", "data-samples", "src", "main", "resources", "samples", "etsy-sold-orders",
                "valid-EtsySoldOrders2022_en-US.csv"), StandardCharsets.UTF_8);
        byte[] workbook = asExcelWouldSave(csv);
        long inflated = inflatedSize(workbook);

        XlsxInflation.check("orders.xlsx", workbook, inflated, XlsxInflation.MAX_RATIO);
        assertThatThrownBy(() -> XlsxInflation.check("orders.xlsx", workbook, inflated - 1, XlsxInflation.MAX_RATIO))
                .isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("would expand to more than")
                .satisfies(e -> assertThat(((FileRefusedException) e).why().key()).isEqualTo("xlsxTooLarge"));
    }

    private static long inflatedSize(byte[] bytes) throws IOException {
        long total = 0;
        try (var zip = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(bytes)).get()) {
            byte[] buffer = new byte[1 << 16];
            for (var entry : java.util.Collections.list(zip.getEntries())) {
                try (var in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                    }
                }
            }
        }
        return total;
    }

    @Test
    void anOldXlsFileIsRefusedNamingIt() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThatThrownBy(() -> ExportText.decode("orders.xls", ole2))
                .hasMessageContaining("probably an old Excel .xls file");
    }

    /** What Excel (en-US) makes of a CSV saved as .xlsx: numbers become numbers, US dates become dates. */
    private static byte[] asExcelWouldSave(String csv) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
        Worksheet sheet = workbook.newWorksheet("EtsySoldOrders2022");
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(csv).stream().toList();
        for (int r = 0; r < records.size(); r++) {
            List<String> fields = records.get(r).getFields();
            for (int c = 0; c < fields.size(); c++) {
                String value = fields.get(c);
                if (r > 0 && value.matches("\\d{2}/\\d{2}/\\d{2}")) {
                    sheet.value(r, c, LocalDate.parse(value, US_SHORT));
                    sheet.style(r, c).format("m/d/yy").set();
                } else if (r > 0 && NUMBER.matcher(value).matches()) {
                    sheet.value(r, c, new BigDecimal(value));
                } else if (!value.isEmpty()) {
                    sheet.value(r, c, value);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
