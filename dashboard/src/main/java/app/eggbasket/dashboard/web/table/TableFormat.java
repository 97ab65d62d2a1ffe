package app.eggbasket.dashboard.web.table;

import app.eggbasket.dashboard.web.InvalidRequestException;
import org.springframework.http.MediaType;

import java.util.Locale;

/** The formats a table downloads in, named by the {@code export} parameter of its page ({@code export=csv}). */
public enum TableFormat {

    CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final String extension;
    private final MediaType mediaType;

    TableFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** {@code csv} or {@code xlsx}: the file extension and the value of the {@code export} parameter. */
    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * @throws InvalidRequestException (400) when {@code export} is neither {@code csv} nor {@code xlsx}
     */
    public static TableFormat parse(String export) {
        if (export != null) {
            String asked = export.trim().toLowerCase(Locale.ROOT);
            for (TableFormat format : values()) {
                if (format.extension.equals(asked)) {
                    return format;
                }
            }
        }
        throw new InvalidRequestException("table.error.format", "Invalid export: use export=csv or export=xlsx.");
    }
}
