package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.format.DetectedExport;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.sale.SaleLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A CSV text parsed through format detection and the real ingestion path, for format tests. */
public final class ParsedFile {

    public final String format;
    /** The detected export: its format, delimiter, and whether it looks re-saved by French Excel. */
    public final DetectedExport export;
    public final List<SaleLine> lines = new ArrayList<>();
    public final List<Rejection> rejected = new ArrayList<>();
    public final List<String> skipReasons = new ArrayList<>();

    private ParsedFile(DetectedExport export) {
        this.export = export;
        this.format = export.format().id();
    }

    /** Parses for seller alice (Europe/Paris, euro). */
    public static ParsedFile parse(String csv) {
        return parse(csv.getBytes(StandardCharsets.UTF_8), ParseContext.DEFAULT_CURRENCY);
    }

    public static ParsedFile parse(byte[] content, String sellerCurrency) {
        DetectedExport export = Formats.standard().detect(ExportText.decode("test.csv", content));
        ParseContext context = new ParseContext("alice", "upload", "test.csv", ParseContext.DEFAULT_ZONE, null,
                new BuyerPseudonymiser("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8)),
                sellerCurrency);
        ParsedFile parsed = new ParsedFile(export);
        ExportParser.parse(export, context, result -> {
            if (result instanceof RowResult.Accepted accepted) {
                parsed.lines.add(accepted.sale());
            } else if (result instanceof RowResult.Rejected rejected) {
                parsed.rejected.add(rejected.rejection());
            } else if (result instanceof RowResult.Skipped skipped) {
                parsed.skipReasons.add(skipped.reason());
            }
        });
        return parsed;
    }

    public BigDecimal revenue() {
        return lines.stream().map(SaleLine::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal fees() {
        return lines.stream().map(SaleLine::fees).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public SaleLine line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + lineId + " among " + lines));
    }
}
