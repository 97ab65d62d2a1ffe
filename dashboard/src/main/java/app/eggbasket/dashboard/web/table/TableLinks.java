package app.eggbasket.dashboard.web.table;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The download links of the tables of the page being rendered: the page's own address and parameters (the
 * period, the currency, the scenario…) with {@code table} and {@code export} added, so that the file holds
 * what the page shows. Templates get it as {@code ${tableLinks}} ({@code th:href="${tableLinks.csv('channels')}"}).
 */
public final class TableLinks {

    private final String path;
    private final UriComponents current;

    private TableLinks(String path, UriComponents current) {
        this.path = path;
        this.current = current;
    }

    /** The links of the current request's page (must be called while a request is being handled). */
    public static TableLinks forCurrentRequest() {
        UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().build();
        return new TableLinks(current.getPath(), current);
    }

    public String csv(String table) {
        return href(table, TableFormat.CSV);
    }

    public String xlsx(String table) {
        return href(table, TableFormat.XLSX);
    }

    /** The page's path and parameters, {@code table} and {@code export} replaced. */
    public String href(String table, TableFormat format) {
        UriComponents link = ServletUriComponentsBuilder.newInstance().path(path)
                .query(current.getQuery())
                .replaceQueryParam(TableDownload.TABLE, table)
                .replaceQueryParam(TableDownload.EXPORT, format.extension())
                .build();
        return link.getPath() + "?" + link.getQuery();
    }
}
