package app.eggbasket.ingestion.ebay;

import app.eggbasket.ingestion.format.DetectedExport;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.ExportParser;
import app.eggbasket.ingestion.ingest.RowResult;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.sale.SaleLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Parses a CSV text through format detection and the real ingestion path, for the eBay tests. */
final class EbayParsing {

    static final Path SAMPLES = Path.of("..", "data-samples", "src", "main", "resources", "samples");

    final String format;
    final List<RowResult> results = new ArrayList<>();

    private EbayParsing(String format) {
        this.format = format;
    }

    static EbayParsing parse(String csv) {
        return parse(csv.getBytes(StandardCharsets.UTF_8), ParseContext.DEFAULT_CURRENCY);
    }

    static EbayParsing sample(String relative) {
        try {
            return parse(Files.readAllBytes(SAMPLES.resolve(relative)), ParseContext.DEFAULT_CURRENCY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EbayParsing parse(byte[] bytes, String sellerCurrency) {
        DetectedExport export = Formats.standard().detect(ExportText.decode("test.csv", bytes));
        EbayParsing parsing = new EbayParsing(export.format().id());
        ParseContext context = new ParseContext("alice", "upload-" + export.format().id(), "test.csv",
                ParseContext.DEFAULT_ZONE, null,
                new BuyerPseudonymiser("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8)), sellerCurrency);
        ExportParser.parse(export, context, parsing.results::add);
        return parsing;
    }

    List<SaleLine> lines() {
        return results.stream().filter(r -> r instanceof RowResult.Accepted)
                .map(r -> ((RowResult.Accepted) r).sale()).toList();
    }

    /** Lines with an amount (not fee lines). */
    List<SaleLine> sales() {
        return lines().stream().filter(l -> l.quantity() > 0 || l.refund().signum() != 0).toList();
    }

    List<String> skipReasons() {
        return results.stream().filter(r -> r instanceof RowResult.Skipped)
                .map(r -> ((RowResult.Skipped) r).reason()).toList();
    }

    List<RowResult.Rejected> rejections() {
        return results.stream().filter(r -> r instanceof RowResult.Rejected).map(r -> (RowResult.Rejected) r).toList();
    }

    BigDecimal revenue() {
        return lines().stream().map(SaleLine::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal fees() {
        return lines().stream().map(SaleLine::fees).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
