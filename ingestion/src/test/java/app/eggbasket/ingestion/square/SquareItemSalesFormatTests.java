package app.eggbasket.ingestion.square;

import app.eggbasket.ingestion.format.FormatNotRecognisedException;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.ExportParser;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.ingest.RowResult;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SquareItemSalesFormatTests {

    private static final Path RESOURCES = Path.of("..", "data-samples", "src", "main", "resources");
    private static final String REAL_SAMPLE = "square-item-sales/valid-square_items_detail_2026-07_35col.csv";
    private static final String HEADER_35 = "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,"
            + "Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,"
            + "Dining Option,Customer ID,Customer Name,Customer Reference ID,Unit,Count,GTIN,Itemization Type,Commission,"
            + "Employee,Fulfillment Note,Channel,Token,Card Brand,PAN Suffix";
    private static final String HEADER_24 = "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,"
            + "Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,"
            + "Dining Option,Customer ID,Customer Name,Customer Reference ID";

    @TempDir
    Path lakeDir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"atelier-seraphine, 77, 2403.00", "fabrique-lea, 206, 8123.00", "ceramiques-marin, 179, 9289.00"})
    void demoItemSalesFilesIngestWholeWithTheirRevenue(String seller, int rows, String revenue) throws IOException {
        byte[] content = Files.readAllBytes(RESOURCES.resolve("demo").resolve(seller).resolve("items-2025-11-01-2026-10-31.csv"));

        Parsed parsed = parse("items-2025-11-01-2026-10-31.csv", content);

        assertThat(parsed.format).isEqualTo("square-item-sales");
        assertThat(parsed.rejected).isEmpty();
        assertThat(parsed.skipped).isZero();
        assertThat(parsed.lines).hasSize(rows);
        assertThat(parsed.revenue("EUR")).isEqualByComparingTo(revenue);
        assertThat(parsed.lines).allSatisfy(l -> {
            assertThat(l.currency()).isEqualTo("EUR");
            assertThat(l.channel()).isEqualTo("markets");
            assertThat(l.fees()).isNull();
        });
        assertThat(parsed.lines.stream().map(SaleLine::lineId).distinct()).hasSize(rows);
    }

    @Test
    void rowsOfOneTransactionGetDifferentLineIdsAndTheSameOnesOnEveryRead() throws IOException {
        byte[] content = sample(REAL_SAMPLE);

        List<SaleLine> first = parse("items.csv", content).lines;
        List<SaleLine> again = parse("items-again.csv", content).lines;

        List<SaleLine> lemonadeAndColdBrew = first.stream()
                .filter(l -> l.orderId().equals("qByXAXgDGyL50tpHD3n8nrxiMFPZY")).toList();
        assertThat(lemonadeAndColdBrew).extracting(SaleLine::lineId)
                .containsExactly("t4j3FdJLGxCRY7wgQIQ7ZmM3EpSZY-1", "t4j3FdJLGxCRY7wgQIQ7ZmM3EpSZY-2");
        assertThat(first.stream().map(SaleLine::lineId).collect(Collectors.toSet())).hasSize(first.size());
        assertThat(again).extracting(SaleLine::lineId).isEqualTo(first.stream().map(SaleLine::lineId).toList());
    }

    @Test
    void reingestingTheSameExportKeepsEveryItemLineOnce() {
        Ingestor ingestor = new Ingestor(new Lake(lakeDir), Formats.standard());

        FileSummary first = ingestor.ingest("alice", "items.csv", sample(REAL_SAMPLE), null, ParseContext.DEFAULT_ZONE);
        FileSummary second = ingestor.ingest("alice", "items-again.csv", sample(REAL_SAMPLE), null, ParseContext.DEFAULT_ZONE);

        assertThat(first.newLines()).isEqualTo(9);
        assertThat(first.duplicates()).isZero();
        assertThat(second.newLines()).isZero();
        assertThat(second.duplicates()).isEqualTo(9);
    }

    @Test
    void realSampleReadsAmountsTimeZoneAndRefund() {
        Parsed parsed = parse("items.csv", sample(REAL_SAMPLE));

        assertThat(parsed.rejected).isEmpty();
        SaleLine first = parsed.lines.get(0);
        assertThat(first.orderedAt()).isEqualTo(Instant.parse("2026-07-14T16:52:38Z")); // 12:52:38 EDT
        assertThat(first.currency()).isEqualTo("USD");
        assertThat(first.items()).isEqualByComparingTo("9.00");
        assertThat(first.tax()).isEqualByComparingTo("0.70");
        assertThat(first.item()).isEqualTo("Matcha Latte");
        assertThat(first.buyerRef()).isNotNull();
        assertThat(parsed.lines.get(6).quantity()).isEqualTo(2);

        SaleLine refund = parsed.lines.get(8);
        assertThat(refund.status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(refund.orderId()).isEqualTo("I2Xck4hS3HHE7X5DyVC7RDZsilCZY");
        assertThat(refund.items()).isEqualByComparingTo("0");
        assertThat(refund.refund()).isEqualByComparingTo("9.00");
        assertThat(refund.revenue()).isEqualByComparingTo("-9.00");
        assertThat(refund.quantity()).isEqualTo(1);
        assertThat(parsed.revenue("USD")).isEqualByComparingTo("56.00"); // 65.00 sold − 9.00 refunded
    }

    @Test
    void aRefundOfADiscountedSaleNetsItToZero() {
        String csv = HEADER_24 + "\n"
                + "2017-03-04,10:00:00,London,None,Mug,1.0,,MUG-1,,£20.00,-£2.50,£17.50,£3.50,TX1,PAY1,,,,Payment,Shop,,C1,,\n"
                + "2017-03-05,11:00:00,London,None,Mug,-1.0,,MUG-1,,-£20.00,£2.50,-£17.50,-£3.50,TX2,PAY2,,,,Refund,Shop,,C1,,\n";

        Parsed parsed = parse("items-2017.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.rejected).isEmpty();
        SaleLine sale = parsed.lines.get(0);
        assertThat(sale.discount()).isEqualByComparingTo("2.50");
        assertThat(sale.revenue()).isEqualByComparingTo("17.50");
        assertThat(sale.sku()).isEqualTo("MUG-1");
        assertThat(sale.orderedAt()).isEqualTo(Instant.parse("2017-03-04T10:00:00Z"));
        SaleLine refund = parsed.lines.get(1);
        assertThat(refund.refund()).isEqualByComparingTo("17.50");
        assertThat(refund.lineId()).isEqualTo("PAY2-refund-1");
        assertThat(parsed.revenue("GBP")).isEqualByComparingTo("0.00");
    }

    @Test
    void frenchLocaleAmountsWithDecimalCommasAreRead() {
        String csv = HEADER_24 + "\n"
                + "2026-05-02,09:15:00,Paris,,Bol,1.0,,,,\"32,00 €\",\"-2,00 €\",\"30,00 €\",\"5,00 €\",TXF,PAYF,,,,Payment,Marché,,,,\n";

        Parsed parsed = parse("items-fr.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.rejected).isEmpty();
        SaleLine line = parsed.lines.get(0);
        assertThat(line.currency()).isEqualTo("EUR");
        assertThat(line.items()).isEqualByComparingTo("32.00");
        assertThat(line.discount()).isEqualByComparingTo("2.00");
        assertThat(line.revenue()).isEqualByComparingTo("30.00");
        assertThat(line.orderedAt()).isEqualTo(Instant.parse("2026-05-02T07:15:00Z"));
    }

    @Test
    void rowsThatCannotBeTrustedAreRejectedNamingTheColumn() {
        String csv = HEADER_24 + "\n"
                + "2026-05-02,09:15:00,Atlantis,,Bol,1.0,,,,€32.00,€0.00,€32.00,€0.00,T1,P1,,,,Payment,,,,,\n"
                + "2026-05-02,09:15:00,Paris,,Bol,1.0,,,,€32.00,€0.00,€32.00,$0.00,T2,P2,,,,Payment,,,,,\n"
                + "2026-05-02,09:15:00,Paris,,Bol,1.0,,,,32.00,0.00,32.00,0.00,T3,P3,,,,Payment,,,,,\n"
                + "2026-05-02,09:15:00,Paris,,Bol,1.0,,,,€32.00,€0.00,€30.00,€0.00,T4,P4,,,,Payment,,,,,\n"
                + "2026-05-02,09:15:00,Paris,,Bol,1.0,,,,€32.00,€0.00,€32.00,€0.00,T5,P5,,,,Exchange,,,,,\n"
                + "2026-05-02,25:15:00,Paris,,Bol,1.0,,,,€32.00,€0.00,€32.00,€0.00,T6,P6,,,,Payment,,,,,\n"
                + "2026-05-02,09:15:00,Paris,,Bol,1.0,,,,€32.00,€0.00,€32.00,€0.00,T7,P7,,,,Payment,,,,,\n";

        Parsed parsed = parse("items.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.rejected).extracting(Rejection::column)
                .containsExactly("Time Zone", "Tax", "Gross Sales", "Net Sales", "Event Type", "Time");
        assertThat(parsed.rejected.get(1).reason()).contains("mixes currencies").contains("USD").contains("EUR");
        assertThat(parsed.rejected.get(2).reason()).contains("names its currency");
        assertThat(parsed.lines).extracting(SaleLine::lineId).containsExactly("P7-1");
    }

    @Test
    void aBlankTimeZoneFallsBackToTheSellersZoneAndWeighedItemsCountOnce() {
        String csv = HEADER_24 + "\n"
                + "2026-01-10,10:00:00,,,Miel,0.5,,,,€6.00,€0.00,€6.00,€0.00,T1,,,,,Payment,,,,Jeanne,\n";

        Parsed parsed = parse("items.csv", csv.getBytes(StandardCharsets.UTF_8));

        SaleLine line = parsed.lines.get(0);
        assertThat(line.orderedAt()).isEqualTo(Instant.parse("2026-01-10T09:00:00Z")); // Europe/Paris in winter
        assertThat(line.quantity()).isEqualTo(1);
        assertThat(line.lineId()).isEqualTo("T1-1"); // no Payment ID: the transaction id stands in
        assertThat(line.buyerRef()).isNotNull(); // Customer Name when there is no Customer ID
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Eastern Time (US & Canada)|America/New_York", "Central Time (US & Canada)|America/Chicago",
            "Mountain Time (US & Canada)|America/Denver", "Pacific Time (US & Canada)|America/Los_Angeles",
            "Arizona|America/Phoenix", "Alaska|America/Juneau", "Hawaii|Pacific/Honolulu",
            "Paris|Europe/Paris", "london|Europe/London", "Berlin|Europe/Berlin", "Amsterdam|Europe/Amsterdam",
            "Brussels|Europe/Brussels", "Madrid|Europe/Madrid", "Dublin|Europe/Dublin", "Rome|Europe/Rome",
            "Lisbon|Europe/Lisbon", "Vienna|Europe/Vienna", "Bern|Europe/Zurich", "Copenhagen|Europe/Copenhagen",
            "Stockholm|Europe/Stockholm", "Warsaw|Europe/Warsaw", "Prague|Europe/Prague", "Athens|Europe/Athens",
            "Helsinki|Europe/Helsinki", "Edinburgh|Europe/London", "Sydney|Australia/Sydney",
            "Europe/Paris|Europe/Paris"})
    void railsTimeZoneNamesMapToIanaZones(String name, String iana) {
        assertThat(SquareTimeZones.of(name)).contains(ZoneId.of(iana));
    }

    @Test
    void unknownTimeZoneNamesAreNotGuessed() {
        assertThat(SquareTimeZones.of("Eastern Standard Time")).isEmpty();
        assertThat(SquareTimeZones.of("Mars/Olympus")).isEmpty();
    }

    @Test
    void theThreeLayoutsAreRecognisedButNotSquaresTransactionsFile() {
        String row35 = "2026-07-14,12:00:00,Paris,,Bol,1.0,,,,€32.00,€0.00,€32.00,€0.00,T1,P1,,,,Payment,,,,,,ea,1,,,"
                + "€0.00,,,,,,\n";
        String header33 = HEADER_35.replace("Commission,Employee,", "");
        String row33 = "2026-07-14,12:00:00,Paris,,Bol,1.0,,,,€32.00,€0.00,€32.00,€0.00,T1,P1,,,,Payment,,,,,,ea,1,,,,,,,\n";
        String row24 = "2026-07-14,12:00:00,Paris,,Bol,1.0,,,,€32.00,€0.00,€32.00,€0.00,T1,P1,,,,Payment,,,,\n";
        for (String csv : List.of(HEADER_35 + "\n" + row35, header33 + "\n" + row33, HEADER_24 + "\n" + row24)) {
            Parsed parsed = parse("items.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(parsed.format).isEqualTo("square-item-sales");
            assertThat(parsed.rejected).isEmpty();
            assertThat(parsed.revenue("EUR")).isEqualByComparingTo("32.00");
        }

        String transactions = "Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,Net Sales,Gift Card Sales,Tax,"
                + "Tip,Partial Refunds,Total Collected,Source,Card,Fees,Net Total,Transaction ID,Payment ID,Event Type,"
                + "Description\n2026-07-14,12:00:00,Paris,€32.00,€0.00,€0.00,€32.00,€0.00,€0.00,€0.00,€0.00,€32.00,"
                + "Register,€32.00,-€0.55,€31.45,T1,P1,Payment,Bol x 1\n";
        assertThatThrownBy(() -> Formats.standard().detect(ExportText.decode("transactions.csv",
                transactions.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(FormatNotRecognisedException.class);
    }

    private static byte[] sample(String relative) {
        try {
            return Files.readAllBytes(RESOURCES.resolve("samples").resolve(relative));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Parsed parse(String fileName, byte[] content) {
        ParseContext context = new ParseContext("alice", "test-upload", fileName, ParseContext.DEFAULT_ZONE, null,
                new BuyerPseudonymiser("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8)));
        var export = Formats.standard().detect(ExportText.decode(fileName, content));
        Parsed parsed = new Parsed(export.format().id());
        ExportParser.parse(export, context, result -> {
            if (result instanceof RowResult.Accepted accepted) {
                parsed.lines.add(accepted.sale());
            } else if (result instanceof RowResult.Rejected rejected) {
                parsed.rejected.add(rejected.rejection());
            } else {
                parsed.skipped++;
            }
        });
        return parsed;
    }

    private static final class Parsed {
        final String format;
        final List<SaleLine> lines = new ArrayList<>();
        final List<Rejection> rejected = new ArrayList<>();
        int skipped;

        Parsed(String format) {
            this.format = format;
        }

        BigDecimal revenue(String currency) {
            Set<String> currencies = lines.stream().map(SaleLine::currency).collect(Collectors.toSet());
            assertThat(currencies).containsOnly(currency);
            return lines.stream().map(SaleLine::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
