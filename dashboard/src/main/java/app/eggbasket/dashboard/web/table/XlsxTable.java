package app.eggbasket.dashboard.web.table;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a {@link Table} as an Excel workbook of one sheet (fastexcel): headers bold on a frozen first row;
 * amounts, numbers, percentages and dates as real numeric cells with a number format (amounts
 * {@value #MONEY}, percentages {@code 0.0%}, dates {@value #DAY}), so the reader can add them up. Text is
 * always an inline string, never a formula, and text a spreadsheet could run as one also gets a leading
 * {@code '} ({@link Formulas}), so that the sheet saved again as CSV stays inert.
 */
public final class XlsxTable {

    static final String MONEY = "#,##0.00";
    static final String DAY = "dd/mm/yyyy";
    static final String MINUTE = "dd/mm/yyyy hh:mm";

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private XlsxTable() {
    }

    public static byte[] write(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the workbook to {@code out} (left open). */
    public static void write(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Eggbasket", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
        List<String> headers = table.headers();
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            String header = Formulas.neutralise(headers.get(c));
            sheet.inlineString(0, c, header);
            sheet.style(0, c).bold().set();
            widths[c] = header.length();
        }
        int r = 1;
        for (List<Cell> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], write(sheet, r, c, row.get(c)));
            }
            r++;
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)));
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    /** Writes one cell; returns about how many characters wide it shows. */
    private static int write(Worksheet sheet, int r, int c, Cell cell) {
        if (cell instanceof Cell.Text t) {
            if (t.value().isEmpty()) {
                return 0;
            }
            String text = Formulas.neutralise(t.value());
            sheet.inlineString(r, c, text);
            return text.length();
        } else if (cell instanceof Cell.Money m) {
            sheet.value(r, c, m.cents());
            sheet.style(r, c).format(MONEY).set();
            return m.cents().toPlainString().length() + 3;
        } else if (cell instanceof Cell.Decimal d) {
            sheet.value(r, c, d.rounded());
            sheet.style(r, c).format(d.scale() == 0 ? "0" : "0." + "0".repeat(d.scale())).set();
            return d.rounded().toPlainString().length();
        } else if (cell instanceof Cell.Percent p) {
            sheet.value(r, c, p.roundedFraction());
            sheet.style(r, c).format(p.scale() == 0 ? "0%" : "0." + "0".repeat(p.scale()) + "%").set();
            return p.percentage().toPlainString().length() + 2;
        } else if (cell instanceof Cell.Int i) {
            sheet.value(r, c, i.value());
            return Long.toString(i.value()).length();
        } else if (cell instanceof Cell.Date d) {
            sheet.value(r, c, d.value());
            sheet.style(r, c).format(DAY).set();
            return DAY.length();
        } else if (cell instanceof Cell.DateTime t) {
            sheet.value(r, c, t.value());
            sheet.style(r, c).format(MINUTE).set();
            return MINUTE.length();
        }
        throw new IllegalArgumentException("unknown cell " + cell);
    }

    /** Excel allows 31 characters; the table name has none of the forbidden ones ({@code :\/?*[]}). */
    private static String sheetName(String name) {
        return name.length() <= 31 ? name : name.substring(0, 31);
    }
}
