package app.eggbasket.dashboard.web.table;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Table} as CSV that a spreadsheet opens as it is: UTF-8 with a byte order mark, RFC 4180
 * (CRLF, fields quoted when they hold the separator, a quote or a line break); in French {@code ;} between
 * fields and a decimal comma (what French Excel expects), otherwise {@code ,} and a decimal point. Amounts
 * have two decimals, percentages are written as percentages (64.8), dates as ISO days
 * ({@code 2025-03-14}, {@code 2025-03-14 09:30}), no thousands
 * separator. Text that a spreadsheet could run as a formula is {@linkplain Formulas#neutralise neutralised}.
 */
public final class CsvTable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTable() {
    }

    public static byte[] write(Table table, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(table, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the table to {@code out} (left open). */
    public static void write(Table table, Locale locale, OutputStream out) throws IOException {
        out.write(BOM);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().fieldSeparator(separator(locale)).quoteCharacter('"')
                .quoteStrategy(QuoteStrategies.REQUIRED).lineDelimiter(LineDelimiter.CRLF).build(text);
        csv.writeRecord(table.headers().stream().map(Formulas::neutralise).toList());
        char decimal = decimalSeparator(locale);
        for (List<Cell> row : table.rows()) {
            List<String> fields = new ArrayList<>(row.size());
            for (Cell cell : row) {
                fields.add(field(cell, decimal));
            }
            csv.writeRecord(fields);
        }
        csv.flush();
        text.flush();
    }

    /** {@code ;} in French, {@code ,} otherwise. */
    public static char separator(Locale locale) {
        return french(locale) ? ';' : ',';
    }

    /** {@code ,} in French, {@code .} otherwise. */
    public static char decimalSeparator(Locale locale) {
        return french(locale) ? ',' : '.';
    }

    private static boolean french(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage());
    }

    static String field(Cell cell, char decimal) {
        if (cell instanceof Cell.Text t) {
            return Formulas.neutralise(t.value());
        } else if (cell instanceof Cell.Money m) {
            return number(m.cents(), decimal);
        } else if (cell instanceof Cell.Decimal d) {
            return number(d.rounded(), decimal);
        } else if (cell instanceof Cell.Percent p) {
            return number(p.percentage(), decimal);
        } else if (cell instanceof Cell.Int i) {
            return Long.toString(i.value());
        } else if (cell instanceof Cell.Date d) {
            return d.value().toString();
        } else if (cell instanceof Cell.DateTime t) {
            return t.value().toLocalDate() + " " + t.value().toLocalTime();
        }
        throw new IllegalArgumentException("unknown cell " + cell);
    }

    private static String number(BigDecimal value, char decimal) {
        String plain = value.toPlainString();
        return decimal == '.' ? plain : plain.replace('.', decimal);
    }
}
