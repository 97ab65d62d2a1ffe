package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.sale.SaleLine;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Parses a sample into sale lines of seller alice, for tests that write the lake directly. */
final class ExportParserHarness {

    private ExportParserHarness() {
    }

    static void parse(byte[] content, List<SaleLine> out) {
        ParseContext context = new ParseContext("alice", "test-upload", "test.csv", ParseContext.DEFAULT_ZONE, null,
                new BuyerPseudonymiser("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8)));
        ExportParser.parse(Formats.standard().detect(ExportText.decode("test.csv", content)), context, result -> {
            if (result instanceof RowResult.Accepted accepted) {
                out.add(accepted.sale());
            }
        });
    }
}
