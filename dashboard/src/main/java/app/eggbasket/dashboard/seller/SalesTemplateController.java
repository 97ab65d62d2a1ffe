package app.eggbasket.dashboard.seller;

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

    @GetMapping("/templates/eggbasket-sales-{lang:fr|en}.csv")
    ResponseEntity<byte[]> template(@PathVariable String lang) {
        boolean french = lang.equals("fr");
        String header = Arrays.stream(TemplateColumn.values()).map(c -> c.header(french))
                .collect(Collectors.joining(french ? ";" : ",")) + "\r\n";
        byte[] body = ((french ? "\uFEFF" : "") + header).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("eggbasket-sales-" + lang + ".csv").build().toString())
                .body(body);
    }
}
