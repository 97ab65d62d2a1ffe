package app.eggbasket.dashboard.seller;

import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.ingestion.mapping.AmountMeaning;
import app.eggbasket.ingestion.mapping.CanonicalField;
import app.eggbasket.ingestion.mapping.ColumnMapping;
import app.eggbasket.ingestion.mapping.ExcelDamage;
import app.eggbasket.ingestion.mapping.FieldSource;
import app.eggbasket.ingestion.mapping.FileSample;
import app.eggbasket.ingestion.mapping.StatusWords;
import app.eggbasket.ingestion.sale.SaleStatus;
import app.eggbasket.ingestion.read.HeaderNames;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the seller chose in the mapping wizard: a column per field ({@code column.DATE}…), constants for
 * currency, channel and kind, the date pattern, whether the amount is a unit price, the name.
 */
final class MappingForm {

    /** A choice the wizard explains with a message of its own. */
    static final class Invalid extends RuntimeException {
        private final String messageKey;

        Invalid(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private String upload;
    private String fileName;
    private String name;
    private String datePattern;
    private boolean decimalComma;
    private AmountMeaning amountMeaning = AmountMeaning.LINE_TOTAL;
    private final Map<CanonicalField, String> columns = new EnumMap<>(CanonicalField.class);
    private String currency = "";
    private String channel = "";
    private String kind = "";
    private final Map<String, SaleStatus> statusValues = new LinkedHashMap<>();

    /** A first guess from the file: its decimal separator, a date pattern its values settle, a name from its file name. */
    static MappingForm initial(String upload, String fileName, FileSample sample) {
        MappingForm form = new MappingForm();
        form.upload = upload;
        form.fileName = safeFileName(fileName);
        form.name = nameOf(form.fileName);
        form.decimalComma = sample.decimalComma();
        form.datePattern = ColumnMapping.DATE_PATTERNS.get(0);
        for (int c = 0; c < sample.columnCount(); c++) {
            List<String> values = new ArrayList<>();
            for (List<String> row : sample.rows()) {
                values.add(sample.cell(row, c));
            }
            String settled = ExcelDamage.settledSlashedOrder(values);
            if (settled != null) {
                form.datePattern = settled;
                break;
            }
        }
        return form;
    }

    static MappingForm from(HttpServletRequest request) {
        MappingForm form = new MappingForm();
        form.upload = request.getParameter("upload");
        form.fileName = safeFileName(request.getParameter("file"));
        form.name = trim(request.getParameter("name"));
        form.datePattern = trim(request.getParameter("datePattern"));
        form.decimalComma = "true".equals(request.getParameter("decimalComma"));
        String meaning = request.getParameter("amountMeaning");
        form.amountMeaning = "UNIT_PRICE".equals(meaning) ? AmountMeaning.UNIT_PRICE : AmountMeaning.LINE_TOTAL;
        for (CanonicalField field : CanonicalField.values()) {
            String column = request.getParameter("column." + field.name());
            if (column != null && !column.isBlank()) {
                form.columns.put(field, column);
            }
        }
        form.currency = trim(request.getParameter("currency")).toUpperCase(Locale.ROOT);
        form.channel = trim(request.getParameter("channel"));
        form.kind = trim(request.getParameter("kind"));
        String[] values = request.getParameterValues("statusValue");
        String[] meanings = request.getParameterValues("statusMeaning");
        for (int i = 0; values != null && meanings != null && i < Math.min(values.length, meanings.length); i++) {
            try {
                form.statusValues.put(values[i], SaleStatus.valueOf(meanings[i]));
            } catch (IllegalArgumentException notChosen) {
                // left for the seller to choose
            }
        }
        return form;
    }

    /**
     * @throws Invalid                  for the mistakes the wizard explains in the seller's language
     * @throws IllegalArgumentException for the others, in English
     */
    ColumnMapping toMapping(FileSample sample) {
        if (name.isEmpty() || !name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new Invalid("mapping.error.name");
        }
        if (!columns.containsKey(CanonicalField.DATE)) {
            throw new Invalid("mapping.error.date");
        }
        if (!columns.containsKey(CanonicalField.AMOUNT)) {
            throw new Invalid("mapping.error.amount");
        }
        if (!ColumnMapping.DATE_PATTERNS.contains(datePattern)) {
            throw new Invalid("mapping.error.datePattern");
        }
        Map<CanonicalField, FieldSource> fields = new EnumMap<>(CanonicalField.class);
        columns.forEach((field, column) -> fields.put(field, FieldSource.column(column)));
        if (!columns.containsKey(CanonicalField.CURRENCY) && !currency.isEmpty()) {
            if (!IsoCodes.isCurrency(currency)) {
                throw new Invalid("mapping.error.currency");
            }
            fields.put(CanonicalField.CURRENCY, FieldSource.constant(currency));
        }
        if (!columns.containsKey(CanonicalField.CHANNEL) && !channel.isEmpty()) {
            try {
                fields.put(CanonicalField.CHANNEL, FieldSource.constant(Channel.of(channel, ChannelKind.DIRECT).name()));
            } catch (IllegalArgumentException e) {
                throw new Invalid("mapping.error.channel");
            }
        }
        if (!columns.containsKey(CanonicalField.KIND) && !kind.isEmpty()) {
            try {
                fields.put(CanonicalField.KIND, FieldSource.constant(ChannelKind.parse(kind).name()));
            } catch (IllegalArgumentException e) {
                throw new Invalid("mapping.error.channel");
            }
        }
        return new ColumnMapping(name, sample.header(), sample.delimiter(), decimalComma, datePattern, amountMeaning,
                fields, statusValues);
    }

    /**
     * The values of the chosen status column, in the first rows of the file, that {@link StatusWords}
     * does not know: the wizard asks what each one means.
     */
    List<String> unknownStatusValues(FileSample sample) {
        String column = columns.get(CanonicalField.STATUS);
        int index = column == null ? -1 : sample.header().indexOf(column);
        if (index < 0) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (List<String> row : sample.rows()) {
            String value = sample.cell(row, index).trim();
            if (!value.isEmpty() && StatusWords.of(value) == null) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    /** The meaning the seller gave a status value, empty when none yet. */
    public String statusMeaning(String value) {
        SaleStatus status = statusValues.get(value);
        return status == null ? "" : status.name();
    }

    static String safeFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload.csv";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).trim();
        return name.isEmpty() ? "upload.csv" : name.substring(0, Math.min(name.length(), 200));
    }

    /** {@code Historique A Little Market.csv} → {@code historique-a-little-market}. */
    static String nameOf(String fileName) {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String name = HeaderNames.normalise(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", ""))
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        name = name.length() > 40 ? name.substring(0, 40).replaceAll("-+$", "") : name;
        return name.isEmpty() ? "my-layout" : name;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    public String upload() {
        return upload;
    }

    public String fileName() {
        return fileName;
    }

    public String name() {
        return name;
    }

    public String datePattern() {
        return datePattern;
    }

    public boolean decimalComma() {
        return decimalComma;
    }

    public AmountMeaning amountMeaning() {
        return amountMeaning;
    }

    /** The column chosen for a field, empty when none. */
    public String column(CanonicalField field) {
        return columns.getOrDefault(field, "");
    }

    public String currency() {
        return currency;
    }

    public String channel() {
        return channel;
    }

    public String kind() {
        return kind;
    }
}
