package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.cooperative.Membership;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.engine.Period;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consents of installations before cooperatives ({@code <data>/consent/<seller>}) move to the default
 * cooperative on first use: nothing lost, dates kept, the market report the same to the cent; once, whatever
 * crashes or runs beside it.
 */
class ConsentMigrationTests {

    private static final String ANA = "2024-05-02T08:30:00Z";
    private static final String BEN = "2024-11-20T17:05:12.123Z";
    private static final String CLEO = "2025-01-03T00:00:00Z";

    @TempDir
    Path data;

    private Lake oldInstallation() throws IOException {
        Lake lake = new Lake(data);
        LakeWriter writer = new LakeWriter(lake);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        writer.merge("ana", List.of(line("ana", "etsy", ChannelKind.MARKETPLACE, "1", "2025-01-10", "EUR", "100.00"),
                line("ana", "own-shop", ChannelKind.OWN_SHOP, "2", "2025-04-02", "EUR", "50.00")), now);
        writer.merge("ben", List.of(line("ben", "etsy", ChannelKind.MARKETPLACE, "1", "2025-02-10", "EUR", "200.00"),
                line("ben", "markets", ChannelKind.IN_PERSON, "2", "2025-05-10", "EUR", "80.00")), now);
        writer.merge("cleo", List.of(line("cleo", "etsy", ChannelKind.MARKETPLACE, "1", "2025-03-03", "USD", "104.65"),
                line("cleo", "own-shop", ChannelKind.OWN_SHOP, "2", "2025-06-04", "EUR", "70.00")), now);
        writer.merge("dan", List.of(line("dan", "etsy", ChannelKind.MARKETPLACE, "1", "2025-01-15", "EUR", "9999.00")), now);
        Path legacy = Files.createDirectories(data.resolve("consent"));
        Files.writeString(legacy.resolve("ana"), ANA + "\n");
        Files.writeString(legacy.resolve("ben"), BEN + "\n");
        Files.writeString(legacy.resolve("cleo"), CLEO + "\n");
        Files.writeString(legacy.resolve(".dan.tmp"), "2025-01-01T00:00:00Z\n"); // an interrupted consent: not one
        return lake;
    }

    /** The report as the old store computed it: over the sellers whose file is in {@code consent/}. */
    private static String reportOver(DuckDbEngine engine, List<String> sellers, DisclosureRules rules) throws IOException {
        Period all = new Period(LocalDate.of(1970, 1, 1), LocalDate.of(9999, 1, 1));
        QuarterlySums sums = engine.marketSums(sellers, all, "EUR");
        MarketReport report = MarketComputation.of(sums, rules, RiskThresholds.DEFAULT, null, null, sellers.size()).published();
        return MarketReportJson.text(report, new ObjectMapper());
    }

    @Test
    void oldConsentsBecomeTheDefaultCooperativesMembersWithTheirDatesAndTheSameReport() throws IOException {
        Lake lake = oldInstallation();
        DisclosureRules rules = new DisclosureRules(1, BigDecimal.ONE);
        try (DuckDbEngine engine = new DuckDbEngine(lake)) {
            String before = reportOver(engine, List.of("ana", "ben", "cleo"), rules);

            ConsentStore consents = new ConsentStore(lake);
            String after = MarketReportJson.text(new MarketAnalytics(engine, consents, RiskThresholds.DEFAULT)
                    .report(null, null, rules), new ObjectMapper());

            assertThat(after).isEqualTo(before);
            assertThat(new ObjectMapper().readTree(before).get("consentingSellers").asInt()).isEqualTo(3);
            assertThat(MarketReportJson.text(new MarketAnalytics(engine, consents, RiskThresholds.DEFAULT)
                    .report(null, null, DisclosureRules.DEFAULT), new ObjectMapper()))
                    .isEqualTo(reportOver(engine, List.of("ana", "ben", "cleo"), DisclosureRules.DEFAULT));
            assertThat(consents.consenting()).containsExactly("ana", "ben", "cleo");
            assertThat(consents.since("ana")).contains(Instant.parse(ANA));
            assertThat(consents.since("ben")).contains(Instant.parse(BEN));
        }
        Cooperatives coops = new Cooperatives(lake);
        Cooperative coop = coops.require(Cooperative.DEFAULT_ID);
        assertThat(coop.name()).isEqualTo("Eggbasket cooperative");
        assertThat(coop.rules().minSellers()).isEqualTo(3);
        assertThat(coop.rules().dominance()).isEqualByComparingTo("0.85");
        assertThat(coops.members("default").all()).extracting(Membership::seller).containsExactly("ana", "ben", "cleo");
        Membership cleo = coops.members("default").find("cleo").orElseThrow();
        assertThat(cleo.member()).isTrue();
        assertThat(cleo.memberSince()).isEqualTo(Instant.parse(CLEO));
        assertThat(cleo.invitedAt()).isNull();
        // the old folder is kept as it was, out of the way
        assertThat(data.resolve("consent")).doesNotExist();
        assertThat(data.resolve("consent.migrated/ben")).hasContent(BEN);
        assertThat(data.resolve("cooperatives")).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
    }

    @Test
    void itRunsOnceAndALaterWithdrawalStays() throws IOException {
        Lake lake = oldInstallation();
        new ConsentStore(lake).withdraw("ben");
        // the old folder comes back (a restore): a cooperative exists, so nothing migrates again
        Files.createDirectories(data.resolve("consent"));
        Files.writeString(data.resolve("consent/ben"), BEN);
        Files.writeString(data.resolve("consent/zoe"), BEN);

        ConsentStore again = new ConsentStore(lake);
        assertThat(again.consenting()).containsExactly("ana", "cleo");
        assertThat(new Cooperatives(lake).members("default").find("zoe")).isEmpty();
    }

    @Test
    void aCrashBeforeTheRenameLeavesAHiddenCopyNobodyReadsAndTheMigrationRunsAgain() throws IOException {
        Lake lake = oldInstallation();
        Path abandoned = Files.createDirectories(data.resolve("cooperatives/.migrating-crashed/consent"));
        Files.writeString(abandoned.resolve("ana"), ANA);
        Files.writeString(abandoned.resolveSibling("cooperative.json"), "{\"id\":\"default\",\"name\":\"half\"");

        assertThat(new ConsentStore(lake).consenting()).containsExactly("ana", "ben", "cleo");
        assertThat(new Cooperatives(lake).all()).extracting(Cooperative::id).containsExactly("default");
    }

    @Test
    void aCrashAfterTheRenameOnlyRetiresTheOldFolder() throws IOException {
        Lake lake = oldInstallation();
        new ConsentStore(lake).withdraw("ana");
        // as if the process died between the rename and the retirement: the old folder is back
        Files.move(data.resolve("consent.migrated"), data.resolve("consent"));

        assertThat(new ConsentStore(lake).consenting()).containsExactly("ben", "cleo");
        assertThat(data.resolve("consent")).doesNotExist();
        assertThat(data.resolve("consent.migrated/ana")).hasContent(ANA);
    }

    @Test
    void cooperativesMadeBeforeTheMigrationLeaveTheOldFolderAlone() throws IOException {
        Lake lake = oldInstallation();
        Path made = Files.createDirectories(data.resolve("cooperatives/alpes"));
        Files.writeString(made.resolve("cooperative.json"),
                "{\"id\":\"alpes\",\"name\":\"Alpes\",\"minSellers\":3,\"dominance\":0.85,\"createdAt\":\"2026-01-01T00:00:00Z\"}");

        assertThat(new ConsentStore(lake).consenting()).isEmpty();
        assertThat(data.resolve("consent/ana")).hasContent(ANA);
    }

    @Test
    void processesMigratingTogetherMakeOneCooperative() throws Exception {
        Lake lake = oldInstallation();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            seen.add(pool.submit(() -> {
                start.await();
                return new ConsentStore(lake).consenting();
            }));
        }
        start.countDown();
        List<List<String>> answers = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<String>> f : seen) {
            answers.add(f.get());
        }
        pool.shutdown();
        assertThat(answers).allSatisfy(a -> assertThat(a).containsExactly("ana", "ben", "cleo"));
        assertThat(new Cooperatives(lake).all()).hasSize(1);
    }

    private static SaleLine line(String seller, String channel, ChannelKind kind, String order, String date,
                                 String currency, String amount) {
        LocalDate day = LocalDate.parse(date);
        BigDecimal value = new BigDecimal(amount);
        BigDecimal zero = BigDecimal.ZERO;
        return new SaleLine(seller, channel, kind, "test", "upload-1", 2, order, order,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), day, "item", null, 1, currency, value, zero, zero, zero, zero,
                null, value, null, null, SaleStatus.COMPLETED);
    }
}
