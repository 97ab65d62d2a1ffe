package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.read.FileRefusedException;
import app.eggbasket.ingestion.read.RefusalReason;
import app.eggbasket.ingestion.read.Rejection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one uploaded file gave: the format recognised, rows accepted, rejected (with reasons), skipped
 * as not being sales, and duplicates of lines already known. A refused file has a {@link #refusal()}
 * and nothing of it was stored.
 *
 * @param uploadId    SHA-256 of the file, null when refused before it was read
 * @param accepted    sale lines read from the file (new and duplicate)
 * @param newLines    lines the lake did not know before
 * @param duplicates  lines already in the lake (or repeated in the file); stored once
 * @param rejections  the first {@value Ingestor#MAX_REJECTIONS_KEPT} rejected rows
 * @param skipReasons why valid rows were not sales, with their counts
 * @param firstDate   earliest order date among accepted lines, null when none
 * @param refusal     why the file was refused, in English (the CLI's and the API's text); null when it was not
 * @param refusalReason the same as a message key for the pages; null when not refused, or refused before this
 *                    existed (an older upload history), or for a reason only said in English
 */
public record FileSummary(String fileName, String uploadId, String formatId, String formatLabel,
                          String channel, String channelKind,
                          int accepted, long newLines, long duplicates, int rejected, int skipped,
                          List<Rejection> rejections, Map<String, Integer> skipReasons,
                          LocalDate firstDate, LocalDate lastDate, List<String> currencies,
                          String refusal, RefusalReason refusalReason) {

    public boolean refused() {
        return refusal != null;
    }

    public static FileSummary refused(String fileName, String uploadId, String formatId, String formatLabel, String reason) {
        return new FileSummary(fileName, uploadId, formatId, formatLabel, null, null, 0, 0, 0, 0, 0,
                List.of(), Map.of(), null, null, List.of(), reason, null);
    }

    /** A file refused by the ingestion: its English reason and the same as a message key. */
    public static FileSummary refused(String uploadId, String formatId, String formatLabel, FileRefusedException e) {
        return new FileSummary(e.fileName(), uploadId, formatId, formatLabel, null, null, 0, 0, 0, 0, 0,
                List.of(), Map.of(), null, null, List.of(), e.reason(), e.why());
    }

    /** One line for the terminal, as the CLI contract (DESIGN §6) asks. */
    public String oneLine() {
        if (refused()) {
            return fileName + ": REFUSED: " + refusal;
        }
        return fileName + ": " + formatId + " -> channel " + channel + " (" + channelKind + "): "
                + accepted + " rows accepted (" + newLines + " new, " + duplicates + " duplicates skipped), "
                + rejected + " rejected, " + skipped + " not sales";
    }
}
