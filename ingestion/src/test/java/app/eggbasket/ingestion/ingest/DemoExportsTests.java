package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.read.ExportText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo sellers' exports (data-samples/src/main/resources/demo) are read by the real parsers with no
 * rejected row, and give the revenue make_demo.py wrote into them (sum of the paid orders' totals).
 */
class DemoExportsTests {

    private static final Path DEMO = Path.of("..", "data-samples", "src", "main", "resources", "demo");

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
            "fabrique-lea, orders_export_1.csv, shopify-orders, own-shop, 19077.50",
            "ceramiques-marin, orders_export_1.csv, shopify-orders, own-shop, 52614.30",
            "atelier-seraphine, EtsySoldOrders2026.csv, etsy-sold-orders, etsy, 37954.60",
            "fabrique-lea, EtsySoldOrders2026.csv, etsy-sold-orders, etsy, 13681.40",
            "ceramiques-marin, EtsySoldOrders2026.csv, etsy-sold-orders, etsy, 5776.60"})
    void demoExportIsReadWholeWithItsRevenue(String seller, String file, String format, String channel,
                                             BigDecimal revenue) throws IOException {
        byte[] content = Files.readAllBytes(DEMO.resolve(seller).resolve(file));
        var detected = Formats.standard().detect(ExportText.decode(file, content));
        List<RowResult> results = new ArrayList<>();
        ExportParser.parse(detected, context(seller, file), results::add);

        assertThat(detected.format().id()).isEqualTo(format);
        assertThat(results).as("rejected or skipped rows").allMatch(RowResult.Accepted.class::isInstance);
        var sales = results.stream().map(r -> ((RowResult.Accepted) r).sale()).toList();
        assertThat(sales).allMatch(s -> s.channel().equals(channel) && s.currency().equals("EUR"));
        assertThat(sales.stream().map(s -> s.revenue()).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(revenue);
    }

    private static ParseContext context(String seller, String file) {
        return new ParseContext(seller, "demo", file, ParseContext.DEFAULT_ZONE, null,
                new BuyerPseudonymiser("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8)));
    }
}
