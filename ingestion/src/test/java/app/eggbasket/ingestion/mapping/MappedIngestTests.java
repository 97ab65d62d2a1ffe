package app.eggbasket.ingestion.mapping;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard's round trip without the web: refused, kept, mapped, saved, recognised next time. */
class MappedIngestTests {

    private static final Path SAMPLES = Path.of(System.getProperty("eggbasket.samples",
            "../data-samples/src/main/resources/samples")).resolveSibling("mapped-samples").resolve("alittlemarket");

    @TempDir
    Path data;

    private Ingestor ingestor;
    private MappingStore store;
    private byte[] file;
    private ColumnMapping mapping;

    @BeforeEach
    void setUp() throws IOException {
        Lake lake = new Lake(data);
        ingestor = new Ingestor(lake, Formats.standard());
        store = new MappingStore(lake);
        file = Files.readAllBytes(SAMPLES.resolve("valid-alittlemarket-historique-2015.csv"));
        mapping = MappingJson.read(Files.readAllBytes(SAMPLES.resolve("alittlemarket-historique.mapping.json")));
    }

    @Test
    void anUnknownFileIsRefusedButKeptSoItCanBeMapped() {
        FileSummary refused = ingestor.ingest("alice", "historique.csv", file, null, ParseContext.DEFAULT_ZONE);

        assertThat(refused.refused()).isTrue();
        assertThat(ingestor.canMap("alice", refused)).isTrue();
        assertThat(ingestor.canMap("bob", refused)).isFalse();
        assertThat(ingestor.rawUpload("alice", refused.uploadId())).contains(file);
        assertThat(ingestor.rawUpload("alice", "../../secret/buyer-key")).isEmpty();
    }

    @Test
    void aSavedMappingRecognisesTheNextUploadOfTheSameLayout() throws IOException {
        store.save("alice", mapping);

        FileSummary summary = ingestor.ingest("alice", "historique.csv", file, null, ParseContext.DEFAULT_ZONE,
                store.formats("alice"));

        assertThat(summary.refused()).isFalse();
        assertThat(summary.formatId()).isEqualTo("mapping:alittlemarket-historique");
        assertThat(summary.accepted()).isEqualTo(6);
        assertThat(summary.channel()).isEqualTo("alittlemarket");
        Path saved = data.resolve("mappings/alice/alittlemarket-historique.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(saved))).isEqualTo("rw-------");
        assertThat(store.list("bob")).isEmpty();
    }

    @Test
    void theStandardFormatsStillWinOverAMapping() throws IOException {
        byte[] etsy = Files.readAllBytes(SAMPLES.getParent().resolveSibling("samples")
                .resolve("etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv"));
        String header = new String(etsy, java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        List<String> labels = List.of(header.split(","));
        ColumnMapping etsyLike = new ColumnMapping("etsy-copy", labels, ',', false, "MM/dd/yy", AmountMeaning.LINE_TOTAL,
                Mappings.fields(CanonicalField.DATE, FieldSource.column("Sale Date"),
                        CanonicalField.AMOUNT, FieldSource.column("Order Value")), null);

        FileSummary summary = ingestor.ingest("alice", "etsy.csv", etsy, null, ParseContext.DEFAULT_ZONE,
                List.of(new MappedFormat(etsyLike)));

        assertThat(summary.formatId()).isEqualTo("etsy-sold-orders");
    }

    @Test
    void savingAMappingOfTheSameLayoutReplacesTheOldOne() {
        store.save("alice", mapping);
        ColumnMapping renamed = new ColumnMapping("alm", mapping.header(), mapping.delimiter(), mapping.decimalComma(),
                mapping.datePattern(), mapping.amountMeaning(), mapping.fields(), mapping.statusValues());
        store.save("alice", renamed);

        assertThat(store.list("alice")).extracting(ColumnMapping::name).containsExactly("alm");
    }

    @Test
    void ingestingWithAMappingRefusesAFileOfAnotherLayout() throws IOException {
        byte[] etsy = Files.readAllBytes(SAMPLES.getParent().resolveSibling("samples")
                .resolve("etsy-sold-orders/valid-EtsySoldOrders2022_en-US.csv"));

        FileSummary summary = ingestor.ingestWith("alice", "etsy.csv", etsy, new MappedFormat(mapping), null,
                ParseContext.DEFAULT_ZONE);

        assertThat(summary.refused()).isTrue();
        assertThat(summary.refusal()).contains("mapping:alittlemarket-historique");
    }

    @Test
    void thePreviewStoresNothing() {
        Ingestor.Preview preview = ingestor.preview("alice", "historique.csv", file, new MappedFormat(mapping), 3);

        assertThat(preview.refusal()).isNull();
        assertThat(preview.rows()).hasSize(3);
        assertThat(data.resolve("lake/sales/alice")).doesNotExist();
        assertThat(data.resolve("uploads/alice")).doesNotExist();
    }
}
