package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestorTests {

    private static final String ETSY = "etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv";

    @TempDir
    Path data;

    private Lake lake;
    private Ingestor ingestor;

    @BeforeEach
    void setUp() {
        lake = new Lake(data);
        ingestor = new Ingestor(lake, Formats.standard());
    }

    @Test
    void reuploadingTheSameExportCountsNoLineTwice() throws Exception {
        FileSummary first = ingest("orders.csv", Samples.read(ETSY));
        FileSummary second = ingest("orders-again.csv", Samples.read(ETSY));

        assertThat(first.accepted()).isEqualTo(8);
        assertThat(first.newLines()).isEqualTo(8);
        assertThat(second.newLines()).isZero();
        assertThat(second.duplicates()).isEqualTo(8);
        assertThat(lakeRevenue()).isEqualTo("8 279.51");
    }

    @Test
    void overlappingExportsCountSharedLinesOnce() throws Exception {
        String[] lines = new String(Samples.read(ETSY), StandardCharsets.UTF_8).split("\n");
        String header = lines[0];
        String early = header + "\n" + String.join("\n", Arrays.copyOfRange(lines, 1, 6));
        String late = header + "\n" + String.join("\n", Arrays.copyOfRange(lines, 4, lines.length));

        ingest("early.csv", early.getBytes(StandardCharsets.UTF_8));
        FileSummary overlap = ingest("late.csv", late.getBytes(StandardCharsets.UTF_8));

        assertThat(overlap.duplicates()).isEqualTo(2);
        assertThat(overlap.newLines()).isEqualTo(3);
        assertThat(lakeRevenue()).isEqualTo("8 279.51");
    }

    @Test
    void orderItemsOfOrdersAlreadyUploadedReplaceThemInsteadOfAddingToThem() throws Exception {
        String items = """
                "Sale Date","Item Name",Buyer,Quantity,Price,"Coupon Code","Coupon Details","Discount Amount",\
                "Shipping Discount","Order Shipping","Order Sales Tax","Item Total",Currency,"Transaction ID",\
                "Listing ID","Date Paid","Date Shipped","Ship Name","Ship Address1","Ship Address2","Ship City",\
                "Ship State","Ship Zipcode","Ship Country","Order ID",Variations,"Order Type","Listings Type",\
                "Payment Type","InPerson Discount","InPerson Location","VAT Paid by Buyer",SKU
                12/31/22,"Mug",buyerone,1,25.95,,,0.00,4.04,0,0,25.95,USD,8000000001,1,12/31/2022,01/01/2023,\
                "Buyer One",,,,,,"United States",9900000001,,online,listing,online_cc,,,0,
                12/31/22,"Bowl",buyerone,1,14.95,,,0,0,0,0,14.95,USD,8000000002,2,12/31/2022,01/01/2023,\
                "Buyer One",,,,,,"United States",9900000001,,online,listing,online_cc,,,0,
                """;
        ingest("orders.csv", Samples.read(ETSY));
        FileSummary detail = ingest("items.csv", items.getBytes(StandardCharsets.UTF_8));

        assertThat(detail.accepted()).isEqualTo(2);
        assertThat(lakeRevenue()).as("order 9900000001 now as its two items, not on top of its order row")
                .isEqualTo("9 279.51");
        assertThat(queryLake("SELECT string_agg(line_id, ',' ORDER BY line_id) FROM read_parquet(?) "
                + "WHERE order_id = '9900000001'")).isEqualTo("8000000001,8000000002");

        ingest("orders-again.csv", Samples.read(ETSY));
        assertThat(lakeRevenue()).as("the newest upload of an order wins").isEqualTo("8 279.51");
    }

    @Test
    void refusedFileStoresNothing() throws Exception {
        ingest("orders.csv", Samples.read(ETSY));
        byte[] before = Files.readAllBytes(lake.salesFile("alice"));

        FileSummary refused = ingest("broken.csv",
                Samples.read("etsy-sold-orders/faulty-EtsySoldOrders-truncated-download.csv"));

        assertThat(refused.refused()).isTrue();
        assertThat(refused.refusal()).contains("line 8").contains("never closes");
        assertThat(Files.readAllBytes(lake.salesFile("alice"))).isEqualTo(before);
        assertThat(Files.list(lake.rawDir("alice")).count()).isEqualTo(1);
        // her history shows the refused file and why; it is not data, so her latest upload stays the first one
        assertThat(ingestor.uploads().list("alice")).hasSize(2)
                .anySatisfy(e -> assertThat(e.summary().refusal()).contains("never closes"));
        FileSummary onlyRefused = ingestor.ingest("bob", "broken.csv",
                Samples.read("etsy-sold-orders/faulty-EtsySoldOrders-truncated-download.csv"), null, ParseContext.DEFAULT_ZONE);
        assertThat(onlyRefused.refused()).isTrue();
        assertThat(ingestor.uploads().list("bob")).hasSize(1);
        assertThat(ingestor.uploads().lastUpload("bob")).as("a refused file is no upload of data").isEmpty();
    }

    @Test
    void unknownFormatIsRefusedNamingTheKnownFormats() {
        FileSummary refused = ingest("notes.csv", "date;what;amount\n2025-01-01;coffee;2,50\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.refusal()).startsWith("no known export format found").contains("etsy-sold-orders");
        assertThat(lake.isEmpty()).isTrue();
    }

    @Test
    void crashWhileWritingLeavesTheLakeAsItWas() throws Exception {
        ingest("orders.csv", Samples.read(ETSY));
        byte[] before = Files.readAllBytes(lake.salesFile("alice"));
        List<SaleLine> lines = new ArrayList<>();
        ExportParserHarness.parse(Samples.read(ETSY), lines);
        List<SaleLine> crashing = new AbstractList<>() {
            @Override
            public SaleLine get(int index) {
                if (index == 5) {
                    throw new IllegalStateException("simulated crash in the middle of the write");
                }
                return lines.get(index);
            }

            @Override
            public int size() {
                return lines.size();
            }
        };

        assertThatThrownBy(() -> new LakeWriter(lake).merge("alice", crashing, Instant.now()))
                .hasMessageContaining("simulated crash");

        assertThat(Files.readAllBytes(lake.salesFile("alice"))).isEqualTo(before);
        assertThat(lakeRevenue()).isEqualTo("8 279.51");
    }

    @Test
    void leftoversOfAKilledWriterAreIgnoredAndCleanedUp() throws Exception {
        ingest("orders.csv", Samples.read(ETSY));
        Path leftover = lake.tmpDir().resolve("alice~killed.parquet.part");
        Files.writeString(leftover, "half a parquet file");

        ingest("orders-again.csv", Samples.read(ETSY));

        assertThat(leftover).doesNotExist();
        assertThat(lakeRevenue()).isEqualTo("8 279.51");
    }

    @Test
    void lakeHoldsNoBuyerNameNorUserName() throws Exception {
        ingest("orders.csv", Samples.read(ETSY));

        String everything = queryLake("SELECT string_agg(CAST(columns(*) AS VARCHAR), '|') FROM read_parquet(?)");

        assertThat(everything).doesNotContain("Buyer Two", "buyer2user", "Acheteuse", "Example Lane");
        assertThat(queryLake("SELECT count(DISTINCT buyer_ref) FROM read_parquet(?)")).isEqualTo("8");
    }

    @Test
    void sellerChannelOverridesTheFormatDefault() throws Exception {
        ingestor.ingest("alice", "orders.csv", Samples.read(ETSY), Channel.of("Etsy FR", ChannelKind.MARKETPLACE),
                ParseContext.DEFAULT_ZONE);

        assertThat(queryLake("SELECT string_agg(DISTINCT channel, ',') FROM read_parquet(?)")).isEqualTo("etsy-fr");
    }

    private FileSummary ingest(String name, byte[] content) {
        return ingestor.ingest("alice", name, content, null, ParseContext.DEFAULT_ZONE);
    }

    private String lakeRevenue() throws SQLException {
        return queryLake("SELECT count(*) || ' ' || sum(revenue) FROM read_parquet(?)");
    }

    private String queryLake(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:duckdb:");
             var statement = connection.prepareStatement(sql)) {
            statement.setString(1, lake.salesFile("alice").toString());
            try (ResultSet rs = statement.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
                return rows.stream().collect(Collectors.joining("\n"));
            }
        }
    }
}
