package app.eggbasket.dashboard.seller;

import app.eggbasket.ingestion.template.GenericTemplateFormat;
import app.eggbasket.ingestion.template.TemplateColumn;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Eggbasket's sales template, for sales no platform exports (cash at markets, wholesale, a closed
 * platform's history): the French file uses {@code ;} (what French Excel opens directly) and a BOM so
 * accents show; the English one uses {@code ,}. Built from the parser's own column list, so the two
 * never disagree.
 */
@PageController
class SalesTemplateController {

    /**
     * The example row under the header: two mugs sold at a market, in the file's language and number format. Its
     * order id ({@link GenericTemplateFormat#EXAMPLE_IDS}) makes the import skip it; its note says so.
     */
    static String example(TemplateColumn column, boolean french) {
        return switch (column) {
            case ORDER_ID -> french ? "EXEMPLE" : "EXAMPLE";
            case DATE -> french ? "14/03/2026" : "2026-03-14";
            case CHANNEL -> "markets";
            case KIND -> french ? "en personne" : "IN_PERSON";
            case ITEM -> french ? "Tasse en grès" : "Stoneware mug";
            case SKU -> "TASSE-01";
            case QUANTITY -> "2";
            case UNIT_PRICE -> french ? "18,00" : "18.00";
            case GROSS_AMOUNT -> french ? "36,00" : "36.00";
            case DISCOUNT, SHIPPING, TAX, FEES, REFUND -> french ? "0,00" : "0.00";
            case CURRENCY -> "EUR";
            case BUYER_ID -> "";
            case COUNTRY -> "FR";
            case PAYMENT_METHOD -> french ? "espèces" : "cash";
            case NOTE -> french ? "Exemple : cette ligne n’est pas comptée. Ajoutez vos ventes en dessous."
                    : "Example: this row is not counted. Add your sales below it.";
        };
    }

    @GetMapping("/templates/eggbasket-sales-{lang:fr|en}.csv")
    ResponseEntity<byte[]> template(@PathVariable String lang) {
        boolean french = lang.equals("fr");
        String delimiter = french ? ";" : ",";
        String header = Arrays.stream(TemplateColumn.values()).map(c -> c.header(french))
                .collect(Collectors.joining(delimiter)) + "\r\n";
        String example = Arrays.stream(TemplateColumn.values()).map(c -> example(c, french))
                .collect(Collectors.joining(delimiter)) + "\r\n";
        byte[] body = ((french ? "\uFEFF" : "") + header + example).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("eggbasket-sales-" + lang + ".csv").build().toString())
                .body(body);
    }
}
