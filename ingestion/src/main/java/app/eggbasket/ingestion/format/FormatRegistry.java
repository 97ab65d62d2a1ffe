package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.read.ColumnName;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.read.HeaderNames;
import app.eggbasket.ingestion.read.RefusalReason;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The known export formats, and detection of a file's format from its header. The header is looked for
 * in the first {@value #SCAN_RECORDS} records (Amazon and eBay put lines before it), with each candidate
 * delimiter; labels are compared normalised. Exactly one format must match.
 */
public final class FormatRegistry {

    static final int SCAN_RECORDS = 25;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final Map<String, SaleFormat> formats = new LinkedHashMap<>();
    /** Per format, its required columns with their labels normalised once (detection compares many records). */
    private final Map<SaleFormat, List<RequiredColumn>> requiredColumns = new HashMap<>();

    /**
     * @throws IllegalStateException when two formats claim the same id
     */
    public FormatRegistry(List<SaleFormat> formats) {
        for (SaleFormat format : formats) {
            SaleFormat previous = this.formats.putIfAbsent(format.id(), format);
            if (previous != null) {
                throw new IllegalStateException("two parsers claim format '" + format.id() + "': "
                        + previous.getClass().getName() + " and " + format.getClass().getName());
            }
            requiredColumns.put(format, format.columns().stream().filter(ColumnName::required)
                    .map(c -> new RequiredColumn(c.label(), c.labels().stream().map(HeaderNames::normalise)
                            .collect(Collectors.toUnmodifiableSet())))
                    .toList());
        }
    }

    public List<SaleFormat> formats() {
        return List.copyOf(formats.values());
    }

    /** The ids of the ledger formats (see {@link SaleFormat#ledger()}). */
    public java.util.Set<String> ledgerIds() {
        return formats.values().stream().filter(SaleFormat::ledger).map(SaleFormat::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public Optional<SaleFormat> byId(String id) {
        return Optional.ofNullable(formats.get(id));
    }

    /**
     * Finds the format and the header of a file.
     *
     * @throws FormatNotRecognisedException when no format, or more than one, matches; the message lists
     *                                      the known formats and what the closest one lacks
     */
    public DetectedExport detect(ExportText text) {
        Candidate best = null;
        Set<String> ties = new HashSet<>();
        Map<SaleFormat, Near> closest = new LinkedHashMap<>();
        for (char delimiter : DELIMITERS) {
            List<CsvRecord> records = firstRecords(text, delimiter);
            for (int i = 0; i < records.size(); i++) {
                Set<String> labels = normalisedLabels(records.get(i));
                for (SaleFormat format : formats.values()) {
                    List<String> missing = missingRequired(format, labels);
                    int found = requiredCount(format) - missing.size();
                    closest.merge(format, new Near(found, missing), (a, b) -> a.found >= b.found ? a : b);
                    if (!missing.isEmpty()) {
                        continue;
                    }
                    Candidate candidate = new Candidate(format, delimiter, i, records.get(i), found);
                    if (best == null || candidate.betterThan(best)) {
                        best = candidate;
                        ties.clear();
                    } else if (!best.betterThan(candidate) && best.format != format) {
                        ties.add(format.id());
                    }
                }
            }
        }
        if (best == null) {
            throw new FormatNotRecognisedException(text.fileName(), unknownMessage(closest), unknownReason(closest));
        }
        if (!ties.isEmpty()) {
            String several = best.format.id() + ", " + String.join(", ", ties);
            throw new FormatNotRecognisedException(text.fileName(), "the header matches several formats ("
                    + several + "); choose the format explicitly", RefusalReason.of("severalFormats", several));
        }
        return new DetectedExport(best.format, best.table(text));
    }

    private static List<CsvRecord> firstRecords(ExportText text, char delimiter) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowUnclosedQuote(true)
                .maxBufferSize(ExportTable.MAX_RECORD_CHARS)
                .build(ExportTable.recordHandler(), text.reader())) {
            for (CsvRecord record : reader) {
                records.add(record);
                if (records.size() >= SCAN_RECORDS) {
                    break;
                }
            }
        } catch (Exception unreadable) {
            // a delimiter under which the start of the file is not CSV simply yields no candidate
        }
        return records;
    }

    private static Set<String> normalisedLabels(CsvRecord record) {
        return record.getFields().stream().map(HeaderNames::normalise).collect(Collectors.toSet());
    }

    private int requiredCount(SaleFormat format) {
        return requiredColumns.get(format).size();
    }

    private List<String> missingRequired(SaleFormat format, Set<String> labels) {
        List<String> missing = new ArrayList<>();
        for (RequiredColumn column : requiredColumns.get(format)) {
            if (column.labels().stream().noneMatch(labels::contains)) {
                missing.add(column.label());
            }
        }
        return missing;
    }

    private record RequiredColumn(String label, Set<String> labels) {
    }

    private record Near(int found, List<String> missing) {
    }

    /** The format whose required columns the header has the most of, when it has any. */
    private Optional<Map.Entry<SaleFormat, Near>> nearest(Map<SaleFormat, Near> closest) {
        return closest.entrySet().stream()
                .filter(e -> e.getValue().found() > 0)
                .max(Comparator.comparingDouble(e -> e.getValue().found() / (double) requiredCount(e.getKey())));
    }

    private static String quoted(List<String> columns) {
        return columns.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "));
    }

    /** The same as {@link #unknownMessage} as a message key: the formats' ids, and the closest one's missing columns. */
    private RefusalReason unknownReason(Map<SaleFormat, Near> closest) {
        String known = formats.values().stream().map(SaleFormat::id).collect(Collectors.joining(", "));
        return nearest(closest)
                .map(e -> RefusalReason.of("unknownFormatClosest", SCAN_RECORDS, known, e.getKey().id(), quoted(e.getValue().missing())))
                .orElse(RefusalReason.of("unknownFormat", SCAN_RECORDS, known));
    }

    private String unknownMessage(Map<SaleFormat, Near> closest) {
        StringBuilder message = new StringBuilder("no known export format found in the first ")
                .append(SCAN_RECORDS).append(" lines. Known formats: ");
        message.append(formats.values().stream().map(f -> f.id() + " (" + f.label() + ")")
                .collect(Collectors.joining(", ")));
        nearest(closest).ifPresent(e -> message.append(". Closest: ").append(e.getKey().id()).append(", which also needs ")
                .append(quoted(e.getValue().missing())));
        return message.toString();
    }

    private record Candidate(SaleFormat format, char delimiter, int recordIndex, CsvRecord header, int score) {

        boolean betterThan(Candidate other) {
            if (recordIndex != other.recordIndex) {
                return recordIndex < other.recordIndex;
            }
            return score > other.score;
        }

        ExportTable table(ExportText text) {
            List<String> labels = header.getFields();
            boolean frenchExcel = delimiter == ';' && format.nativeDelimiter() != ';';
            boolean decimalComma = delimiter == ';' || format.decimalComma(labels);
            return new ExportTable(text, delimiter, recordIndex, (int) header.getStartingLineNumber(), labels,
                    decimalComma, frenchExcel, format.guardsFormulas());
        }
    }
}
