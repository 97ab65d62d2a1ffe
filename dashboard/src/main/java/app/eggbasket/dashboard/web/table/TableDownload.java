package app.eggbasket.dashboard.web.table;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

import java.util.Locale;

/**
 * The HTTP answer that downloads a {@link Table}: the bytes of the CSV or XLSX file, its Content-Type and
 * {@code Content-Disposition: attachment; filename="<name>.csv|xlsx"}. A page's tables download from the
 * page's own address with {@value #EXPORT}={@code csv|xlsx} and {@value #TABLE}={@code <table id>} added
 * to its parameters (see {@link TableLinks}).
 */
public final class TableDownload {

    /** The parameter that asks a page for one of its tables as a file: {@code csv} or {@code xlsx}. */
    public static final String EXPORT = "export";
    /** The parameter that names which of the page's tables. */
    public static final String TABLE = "table";

    private TableDownload() {
    }

    /** {@code export} parsed ({@link TableFormat#parse}: 400 when it is neither csv nor xlsx), then the file. */
    public static ResponseEntity<byte[]> of(Table table, String export, Locale locale) {
        return of(table, TableFormat.parse(export), locale);
    }

    public static ResponseEntity<byte[]> of(Table table, TableFormat format, Locale locale) {
        byte[] body = format == TableFormat.CSV ? CsvTable.write(table, locale) : XlsxTable.write(table);
        String file = table.name() + "." + format.extension();
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .contentLength(body.length)
                .body(body);
    }

    /** 404: the page has no table of that name. */
    public static ResponseStatusException unknownTable() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such table on this page");
    }

    /** 404: the page shows no such table for these parameters (no sales in the period, nothing to compute). */
    public static ResponseStatusException notShown() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "the page shows no such table for these parameters");
    }
}
