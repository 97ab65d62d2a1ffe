package app.eggbasket.dashboard.web.table;

import app.eggbasket.dashboard.TableFiles;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxTableTests {

    private static final List<String> RISKY = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-1+1",
            "@SUM(A1)", "\tcmd", "\rcmd");

    @Test
    void numbersAreNumericCellsWithANumberFormatAndTheHeadersBold() {
        Table table = Table.named("figures", List.of("Channel", "Revenue (EUR)", "Share (%)", "Orders", "Day", "HHI", "At"))
                .row(Cell.text("etsy"), Cell.money(new BigDecimal("1234.5"), "EUR"), Cell.percent(new BigDecimal("0.64812")),
                        Cell.integer(12), Cell.date(LocalDate.of(2025, 3, 14)), Cell.decimal(new BigDecimal("4200.4"), 0),
                        Cell.dateTime(LocalDateTime.of(2025, 3, 14, 9, 30)))
                .row(Cell.text("refunds"), Cell.money(new BigDecimal("-12.50"), "EUR"), Cell.empty(), Cell.integer(-1),
                        Cell.empty(), Cell.empty(), Cell.empty())
                .build();

        byte[] xlsx = XlsxTable.write(table);
        List<Row> rows = TableFiles.xlsxRows(xlsx);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getCellText(1)).isEqualTo("Revenue (EUR)");
        Row etsy = rows.get(1);
        assertThat(etsy.getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(etsy.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(etsy.getCell(1).asNumber()).isEqualByComparingTo("1234.50");
        assertThat(etsy.getCell(1).getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(etsy.getCell(2).asNumber()).isEqualByComparingTo("0.648");
        assertThat(etsy.getCell(2).getDataFormatString()).isEqualTo("0.0%");
        assertThat(etsy.getCell(3).asNumber()).isEqualByComparingTo("12");
        assertThat(etsy.getCell(4).asDate()).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
        assertThat(etsy.getCell(4).getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(etsy.getCell(5).asNumber()).isEqualByComparingTo("4200");
        assertThat(etsy.getCell(6).asDate()).isEqualTo(LocalDateTime.of(2025, 3, 14, 9, 30));
        Row refunds = rows.get(2);
        assertThat(refunds.getCell(1).getType()).as("a negative amount stays a number").isEqualTo(CellType.NUMBER);
        assertThat(refunds.getCell(1).asNumber()).isEqualByComparingTo("-12.50");
        assertThat(refunds.getCell(3).asNumber()).isEqualByComparingTo("-1");
        assertThat(TableFiles.part(xlsx, "xl/styles.xml")).contains("<b");
        assertThat(TableFiles.part(xlsx, "xl/worksheets/sheet1.xml")).doesNotContain("<f>").doesNotContain("<f ");
    }

    @Test
    void textThatASpreadsheetWouldRunIsAnInlineStringWithALeadingApostrophe() {
        Table.Builder builder = Table.named("risky", List.of("text", "amount"));
        for (String risky : RISKY) {
            builder.row(Cell.text(risky), Cell.money(new BigDecimal("-3.00"), "EUR"));
        }
        byte[] xlsx = XlsxTable.write(builder.build());

        List<Row> rows = TableFiles.xlsxRows(xlsx);
        for (int i = 0; i < RISKY.size(); i++) {
            Row row = rows.get(i + 1);
            assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).asString()).isEqualTo("'" + RISKY.get(i));
            assertThat(row.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        }
        String sheet = TableFiles.part(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("t=\"inlineStr\"").doesNotContain("<f>").doesNotContain("<f ");
    }
}
