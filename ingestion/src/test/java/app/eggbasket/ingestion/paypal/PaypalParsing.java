package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.format.DetectedExport;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.ExportParser;
import app.eggbasket.ingestion.ingest.RowResult;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.sale.SaleLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Parses a CSV text through format detection and the real ingestion path, for the PayPal tests. */
final class PaypalParsing {

    static final String ACTIVITY_EN = "\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\","
            + "\"Fee\",\"Net\",\"From Email Address\",\"To Email Address\",\"Transaction ID\",\"Reference Txn ID\"\n";
    static final String STATEMENT_EN = "\"Date\",\"Time\",\"Time Zone\",\"Description\",\"Currency\",\"Gross\",\"Fee\","
            + "\"Net\",\"Balance\",\"Transaction ID\",\"From Email Address\",\"Name\",\"Reference Txn ID\"\n";

    final String format;
    final List<RowResult> results = new ArrayList<>();

    private PaypalParsing(String format) {
        this.format = format;
    }

    static PaypalParsing parse(String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        DetectedExport export = Formats.standard().detect(ExportText.decode("test.csv", bytes));
        PaypalParsing parsing = new PaypalParsing(export.format().id());
        ParseContext context = new ParseContext("alice", "upload", "test.csv", ParseContext.DEFAULT_ZONE, null,
                new BuyerPseudonymiser("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8)));
        ExportParser.parse(export, context, parsing.results::add);
        return parsing;
    }

    List<SaleLine> sales() {
        return results.stream().filter(r -> r instanceof RowResult.Accepted)
                .map(r -> ((RowResult.Accepted) r).sale()).toList();
    }

    List<String> skipReasons() {
        return results.stream().filter(r -> r instanceof RowResult.Skipped)
                .map(r -> ((RowResult.Skipped) r).reason()).toList();
    }

    List<RowResult.Rejected> rejections() {
        return results.stream().filter(r -> r instanceof RowResult.Rejected).map(r -> (RowResult.Rejected) r).toList();
    }

    BigDecimal revenue() {
        return sales().stream().map(SaleLine::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal fees() {
        return sales().stream().map(SaleLine::fees).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
