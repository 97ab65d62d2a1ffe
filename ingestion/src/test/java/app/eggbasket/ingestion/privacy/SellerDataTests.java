package app.eggbasket.ingestion.privacy;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import app.eggbasket.ingestion.mapping.CanonicalField;
import app.eggbasket.ingestion.mapping.ColumnMapping;
import app.eggbasket.ingestion.mapping.FieldSource;
import app.eggbasket.ingestion.mapping.MappingStore;

import static org.assertj.core.api.Assertions.assertThat;

class SellerDataTests {

    private static final Path ETSY = Path.of("..", "data-samples", "src", "main", "resources", "samples",
            "etsy-sold-orders", "valid-EtsySoldOrders2022_en-US.csv");

    @TempDir
    Path data;

    private Lake lake;

    @BeforeEach
    void twoSellersWithData() throws IOException {
        lake = new Lake(data);
        Ingestor ingestor = new Ingestor(lake, Formats.standard());
        byte[] etsy = Files.readAllBytes(ETSY);
        ingestor.ingest("alice", "EtsySoldOrders2022.csv", etsy, null, ParseContext.DEFAULT_ZONE);
        ingestor.ingest("bob", "EtsySoldOrders2022.csv", etsy, null, ParseContext.DEFAULT_ZONE);
        ColumnMapping mapping = new ColumnMapping("my-layout", List.of("Jour", "Montant"), ';', true, "dd/MM/yyyy", null,
                Map.of(CanonicalField.DATE, FieldSource.column("Jour"), CanonicalField.AMOUNT, FieldSource.column("Montant")),
                null);
        new MappingStore(lake).save("alice", mapping);
        new MappingStore(lake).save("bob", mapping);
        for (String seller : List.of("alice", "bob")) {
            Files.createDirectories(lake.profileFile(seller).getParent());
            Files.writeString(lake.profileFile(seller), "contribution-rate=0.2120\n");
        }
    }

    @Test
    void exportHoldsTheSellersLinesUploadsAndRawFilesButNoBuyerName() throws IOException {
        Map<String, String> zip = unzip(export("alice"));

        assertThat(zip.keySet()).contains("README.txt", "sales.csv");
        assertThat(zip.keySet()).filteredOn(n -> n.startsWith("uploads/") && n.endsWith(".json")).hasSize(1);
        assertThat(zip.keySet()).filteredOn(n -> n.startsWith("raw/")).hasSize(1);
        assertThat(zip.keySet()).contains("mappings/my-layout.json", "profile.properties");
        String sales = zip.get("sales.csv");
        assertThat(sales.lines()).hasSize(1 + 8);
        assertThat(sales.lines().findFirst().orElseThrow()).startsWith("seller_id,channel,channel_kind");
        assertThat(sales).contains("alice,etsy,MARKETPLACE").doesNotContain("bob,").doesNotContain("Buyer One");
    }

    @Test
    void formulasReadFromAnExportAreWrittenAsTextInSalesCsv() throws IOException {
        String template = String.join("\n", "date,channel,item,gross_amount,sku",
                "2026-03-01,markets,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",10.00,A",
                "2026-03-02,markets,+1+cmd|' /C calc'!A0,11.00,B",
                "2026-03-03,markets,@SUM(1+1)*cmd|' /C calc'!A0,12.00,-C",
                "2026-03-04,markets,Mug - blue,13.00,D") + "\n";
        var summary = new Ingestor(lake, Formats.standard()).ingest("carol", "cash.csv",
                template.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, ParseContext.DEFAULT_ZONE);
        assertThat(summary.accepted()).as("the four rows are read").isEqualTo(4);

        String sales = unzip(export("carol")).get("sales.csv");
        assertThat(sales).contains("'=HYPERLINK(").contains("'+1+cmd|").contains("'@SUM(1+1)").contains(",'-C,")
                .contains("Mug - blue");
        assertThat(sales.lines().skip(1)).hasSize(4).allSatisfy(line -> assertThat(line)
                .doesNotContain(",=").doesNotContain(",+1").doesNotContain(",@"));
    }

    @Test
    void eraseRemovesEverythingOfTheSellerAndNothingOfOthers() throws IOException {
        SellerDataEraser.Erased erased = new SellerDataEraser(lake).erase("alice");

        assertThat(erased).isEqualTo(new SellerDataEraser.Erased(true, 1, 1));
        assertThat(lake.salesFile("alice")).doesNotExist();
        assertThat(lake.rawDir("alice")).doesNotExist();
        assertThat(lake.uploadsDir("alice")).doesNotExist();
        assertThat(lake.mappingsDir("alice")).doesNotExist();
        assertThat(lake.mappingsDir("bob").resolve("my-layout.json")).exists();
        assertThat(lake.profileFile("alice")).doesNotExist();
        assertThat(lake.profileFile("bob")).exists();
        assertThat(lake.sellerIds()).containsExactly("bob");
        assertThat(unzip(export("alice")).keySet()).containsExactly("README.txt");

        assertThat(new SellerDataEraser(lake).erase("alice")).as("erasing again is harmless")
                .isEqualTo(new SellerDataEraser.Erased(false, 0, 0));
    }

    private byte[] export(String seller) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SellerDataExport(lake).writeZip(seller, out);
        return out.toByteArray();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
