package app.eggbasket.ingestion.woocommerce;

import app.eggbasket.ingestion.format.DetectedExport;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.ExportParser;
import app.eggbasket.ingestion.ingest.RowResult;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.sale.SaleLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What the standard registry makes of an export text, for one seller whose currency is given. */
final class ShopParsing {

    final DetectedExport export;
    final List<SaleLine> lines = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    private ShopParsing(DetectedExport export) {
        this.export = export;
    }

    static ShopParsing parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8), "EUR");
    }

    static ShopParsing parse(byte[] content, String sellerCurrency) {
        ParseContext context = new ParseContext("alice", "test-upload", "export.csv", ParseContext.DEFAULT_ZONE, null,
                new BuyerPseudonymiser("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8)), sellerCurrency);
        ShopParsing parsed = new ShopParsing(Formats.standard().detect(ExportText.decode("export.csv", content)));
        ExportParser.parse(parsed.export, context, result -> {
            if (result instanceof RowResult.Accepted accepted) {
                parsed.lines.add(accepted.sale());
            } else if (result instanceof RowResult.Rejected r) {
                parsed.rejected.add(r.rejection());
            } else if (result instanceof RowResult.Skipped s) {
                parsed.skipped.add(s.reason());
            }
        });
        return parsed;
    }

    String format() {
        return export.format().id();
    }

    BigDecimal revenue() {
        return lines.stream().map(SaleLine::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
