package app.eggbasket.ingestion.lake;

import app.eggbasket.ingestion.lake.synthetic.SyntheticLake;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lake's change token changes with every write or erasure of a seller's file, and with nothing else. */
class LakeChangesTests {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path data;

    private Lake lake() {
        return new Lake(data);
    }

    private String token() {
        return new LakeChanges(lake()).current();
    }

    @Test
    void aFreshLakeHasNoToken() {
        assertThat(token()).isEmpty();
        assertThat(Files.exists(data.resolve("lake"))).isFalse();
    }

    @Test
    void aFirstMergeChangesTheToken() {
        new LakeWriter(lake()).merge("bob", List.of(line("A/1", "3.00"), line("A/2", "4.00")), AT);

        assertThat(token()).isNotEmpty();
        assertThat(UUID.fromString(token())).isNotNull();
    }

    @Test
    void mergingTheSameLinesAgainRewritesTheFileSoTheTokenChanges() throws IOException {
        LakeWriter writer = new LakeWriter(lake());
        List<SaleLine> lines = List.of(line("A/1", "3.00"), line("A/2", "4.00"));
        writer.merge("bob", lines, AT);
        String before = token();
        Object fileBefore = Files.readAttributes(lake().salesFile("bob"), BasicFileAttributes.class).fileKey();

        LakeWriter.MergeResult again = writer.merge("bob", lines, AT.plusSeconds(60));

        assertThat(again).isEqualTo(new LakeWriter.MergeResult(0, 2, 2));
        // only duplicates, yet the merge writes a new file and renames it over the old one
        assertThat(Files.readAttributes(lake().salesFile("bob"), BasicFileAttributes.class).fileKey())
                .isNotEqualTo(fileBefore);
        assertThat(token()).isNotEmpty().isNotEqualTo(before);
    }

    @Test
    void erasingASellerChangesTheToken() {
        LakeWriter writer = new LakeWriter(lake());
        writer.merge("bob", List.of(line("A/1", "3.00")), AT);
        String before = token();

        assertThat(writer.erase("bob")).isTrue();

        assertThat(token()).isNotEmpty().isNotEqualTo(before);
        assertThat(Files.exists(lake().salesFile("bob"))).isFalse();
    }

    @Test
    void readingTheLakeLeavesTheTokenAsItIs() throws SQLException {
        new LakeWriter(lake()).merge("bob", List.of(line("A/1", "3.00")), AT);
        String before = token();

        assertThat(lake().sellerIds()).containsExactly("bob");
        assertThat(lineIds()).containsExactly("A/1");

        assertThat(token()).isEqualTo(before);
    }

    @Test
    void twoRecordsGiveTwoTokens() {
        LakeChanges changes = new LakeChanges(lake());
        changes.record();
        String first = changes.current();
        changes.record();

        assertThat(changes.current()).isNotEmpty().isNotEqualTo(first);
    }

    @Test
    void concurrentRecordsLeaveOneReadableTokenAndNoTemporaryFile() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> seen = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                seen.add(pool.submit(() -> {
                    LakeChanges changes = new LakeChanges(lake());
                    start.await();
                    List<String> read = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        changes.record();
                        read.add(changes.current());
                    }
                    return read;
                }));
            }
            start.countDown();
            for (Future<List<String>> f : seen) {
                // every read, even amid others' renames, is a whole token
                assertThat(f.get()).allSatisfy(token -> assertThat(UUID.fromString(token)).isNotNull());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(UUID.fromString(token())).isNotNull();
        try (Stream<Path> left = Files.list(lake().tmpDir())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aMergeThatFailsBeforeReplacingLeavesTheFileIntact() throws IOException {
        LakeWriter writer = new LakeWriter(lake());
        writer.merge("bob", List.of(line("A/1", "3.00")), AT);
        byte[] before = Files.readAllBytes(lake().salesFile("bob"));

        try (IncomingLines incoming = writer.begin("bob")) {
            incoming.add(line("A/2", "4.00"));
            assertThatThrownBy(() -> writer.merge(incoming, AT.plusSeconds(60), () -> {
                throw new IllegalStateException("the raw copy failed");
            })).hasMessage("the raw copy failed");
        }

        assertThat(Files.readAllBytes(lake().salesFile("bob"))).isEqualTo(before);
        assertThat(UUID.fromString(token())).isNotNull();
        try (Stream<Path> left = Files.list(lake().tmpDir())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void generatingASyntheticLakeChangesTheToken() {
        new SyntheticLake(data, 3, 30, 1, progress -> { }).write();

        assertThat(UUID.fromString(token())).isNotNull();
        assertThat(lake().sellerIds()).hasSize(3);
    }

    private List<String> lineIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:duckdb:");
             var st = c.prepareStatement("SELECT line_id FROM read_parquet(?) ORDER BY line_id")) {
            st.setString(1, lake().salesFile("bob").toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static SaleLine line(String lineId, String items) {
        BigDecimal amount = new BigDecimal(items);
        BigDecimal none = BigDecimal.ZERO;
        return new SaleLine("bob", "own-shop", ChannelKind.OWN_SHOP, "shop", "upload-1", 1, "A", lineId,
                Instant.parse("2026-02-01T12:00:00Z"), LocalDate.of(2026, 2, 1), null, null, 1, "EUR",
                amount, none, none, none, none, null,
                SaleLine.revenueOf(amount, none, none, none, SaleStatus.COMPLETED), null, null, SaleStatus.COMPLETED);
    }
}
