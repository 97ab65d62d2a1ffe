package app.eggbasket.ingestion.golden;

import app.eggbasket.ingestion.format.DetectedExport;
import app.eggbasket.ingestion.format.FormatRegistry;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.ExportParser;
import app.eggbasket.ingestion.ingest.RowResult;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.read.FileRefusedException;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.sale.SaleLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders what the ingestion makes of a sample file as readable text, one line per row, ending with
 * revenue totals per currency: the golden file a person checks by hand against the export.
 */
final class GoldenRendering {

    static final BuyerPseudonymiser TEST_KEY =
            new BuyerPseudonymiser("golden-file-test-key-not-secret".getBytes(StandardCharsets.UTF_8));

    private GoldenRendering() {
    }

    static String render(FormatRegistry registry, String fileName, byte[] content) {
        StringBuilder out = new StringBuilder();
        DetectedExport export;
        try {
            export = registry.detect(ExportText.decode(fileName, content));
        } catch (FileRefusedException e) {
            return "REFUSED " + e.getMessage() + "\n";
        }
        out.append("format ").append(export.format().id())
                .append(", delimiter '").append(printable(export.table().delimiter()))
                .append("', header line ").append(export.table().headerLine())
                .append(export.table().decimalComma() ? ", decimal comma" : "")
                .append(export.table().frenchExcel() ? ", French Excel re-save" : "")
                .append('\n');
        ParseContext context = new ParseContext("golden-seller", "golden-upload", fileName,
                ParseContext.DEFAULT_ZONE, null, TEST_KEY);
        Map<String, BigDecimal> revenue = new TreeMap<>();
        Map<String, BigDecimal> fees = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        int[] rejected = {0};
        int[] skipped = {0};
        try {
            ExportParser.parse(export, context, result -> {
                out.append("line ").append(result.line()).append(": ");
                if (result instanceof RowResult.Accepted accepted) {
                    SaleLine l = accepted.sale();
                    out.append(describe(l));
                    revenue.merge(l.currency(), l.revenue(), BigDecimal::add);
                    fees.merge(l.currency(), l.fees() == null ? BigDecimal.ZERO : l.fees(), BigDecimal::add);
                    counts.merge(l.currency(), 1, Integer::sum);
                } else if (result instanceof RowResult.Rejected r) {
                    Rejection rejection = r.rejection();
                    out.append("REJECTED column '").append(rejection.column()).append("' value '")
                            .append(rejection.value()).append("': ").append(rejection.reason());
                    rejected[0]++;
                } else if (result instanceof RowResult.Skipped s) {
                    out.append("SKIPPED ").append(s.reason());
                    skipped[0]++;
                }
                out.append('\n');
            });
        } catch (FileRefusedException e) {
            return out + "REFUSED " + e.getMessage() + "\n";
        }
        revenue.forEach((currency, total) -> out.append("total ").append(currency).append(": revenue ")
                .append(total.setScale(2)).append(", stated fees ").append(fees.get(currency).setScale(2))
                .append(", ").append(counts.get(currency)).append(" lines\n"));
        out.append(rejected[0]).append(" rejected, ").append(skipped[0]).append(" skipped\n");
        return out.toString();
    }

    private static String describe(SaleLine l) {
        return l.status() + " order=" + l.orderId() + " line=" + l.lineId()
                + " at=" + l.orderedAt() + " date=" + l.orderDate()
                + " channel=" + l.channel() + "/" + l.channelKind()
                + " qty=" + l.quantity() + " " + l.currency()
                + " items=" + l.items() + " discount=" + l.discount() + " shipping=" + l.shipping()
                + " tax=" + l.tax() + " refund=" + l.refund() + " fees=" + l.fees()
                + " revenue=" + l.revenue()
                + " buyer=" + (l.buyerRef() == null ? "-" : l.buyerRef().substring(0, 8))
                + " country=" + (l.buyerCountry() == null ? "-" : l.buyerCountry())
                + " sku=" + (l.sku() == null ? "-" : l.sku())
                + " item=" + (l.item() == null ? "-" : l.item().replace('\n', ' '));
    }

    private static String printable(char c) {
        return c == '\t' ? "\\t" : String.valueOf(c);
    }
}
