package app.eggbasket.dashboard.web.table;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table as a page shows it, ready to download ({@link CsvTable}, {@link XlsxTable}, {@link TableDownload}):
 * the file name without extension, the column headers already in the reader's language, and rows of typed
 * cells, each row as long as the headers.
 *
 * @param name    the file name stem: 1–150 ASCII letters, digits, {@code .}, {@code _} or {@code -}
 *                ({@code eggbasket-alice-channels-2022-12-01-2022-12-31})
 * @param headers the column headers, localised
 * @param rows    the rows, in page order (a total row last when the page has one)
 */
public record Table(String name, List<String> headers, List<List<Cell>> rows) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,150}");

    public Table {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("table name '" + name + "' must be 1-150 ASCII letters, digits, '.', '_' or '-'");
        }
        headers = List.copyOf(headers);
        List<List<Cell>> copied = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("row " + copied.size() + " of table " + name + " has " + row.size()
                        + " cells for " + headers.size() + " headers");
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }

    /** A table built row by row: {@code Table.named("x", headers).row(a, b).row(c, d).build()}. */
    public static Builder named(String name, List<String> headers) {
        return new Builder(name, headers);
    }

    /** Collects rows, then {@link #build()}s the table (which checks every row's length). */
    public static final class Builder {

        private final String name;
        private final List<String> headers;
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(String name, List<String> headers) {
            this.name = name;
            this.headers = Objects.requireNonNull(headers, "headers");
        }

        public Builder row(Cell... cells) {
            return row(Arrays.asList(cells));
        }

        public Builder row(List<Cell> cells) {
            rows.add(new ArrayList<>(cells));
            return this;
        }

        public Table build() {
            return new Table(name, headers, rows);
        }
    }

    /**
     * A file name stem from parts: accents dropped, lower-cased, every run of other characters than ASCII letters and digits
     * turned into one {@code -} ({@code "eggbasket", "alice", "channels"} → {@code eggbasket-alice-channels}).
     */
    public static String fileName(Object... parts) {
        StringBuilder name = new StringBuilder();
        for (Object part : parts) {
            if (part == null) {
                continue;
            }
            String slug = Normalizer.normalize(part.toString(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-+|-+$", "");
            if (!slug.isEmpty()) {
                if (!name.isEmpty()) {
                    name.append('-');
                }
                name.append(slug);
            }
        }
        String stem = name.isEmpty() ? "table" : name.toString();
        return stem.length() > 150 ? stem.substring(0, 150) : stem;
    }
}
