package app.eggbasket.dashboard;

import app.eggbasket.dashboard.account.Account;
import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.Role;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data directory shared by the web tests (one per JVM, so Spring caches one context): seller
 * {@code alice} with the Etsy 2022 sample (279.51 USD), {@code dora} with sales in USD and CAD (455.84 EUR
 * at the ECB rates of their dates), {@code gus} with sales in USD and in ARS (a currency the ECB does not
 * publish, so no conversion), and
 * {@code erin} with the Etsy sample
 * (for erasure tests), {@code fay} and {@code ida} with {@link #NET_INCOME_SALES} (ida's profile is changed by
 * tests, fay's never), {@code ines} with, every month of 2025, Etsy 70 (fees 7), her own shop 20 and
 * markets 10 (840 / 240 / 120 EUR: 70 / 20 / 10 %, for scenarios), and the accounts alice, bob (seller bob,
 * no data), carol (seller carol, for uploads), dora, erin, fay, ida, ines; advisors advisor and advisor2 (no grants); the cooperative managers manager (of {@link #ALPES}) and manager2 (of
 * {@link #BRETAGNE}).
 * Every password is {@value #PASSWORD}.
 */
public final class TestData {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String ETSY_2022 = "valid-EtsySoldOrders2022_en-US.csv";
    public static final String ETSY_2020_CAD = "valid-EtsySoldOrders2020_en-GB_excel-resaved-by-seller.csv";
    public static final String RENAMED_COLUMNS = "faulty-EtsySoldOrders-renamed-columns.csv";

    /**
     * Sales in euros for the net-income tests (sellers fay and ida): A Little Market 100.00 without fees
     * (5% estimated: 5.00), PayPal 100.00 without fees (3.4% + 0.25 in 2017: 3.65 estimated), Etsy 40.00 with
     * 3.00 stated, markets 60.00 with no fee schedule. Revenue 300.00, fees 11.65, contributions at 12.3%
     * 12.30 + 12.30 + 7.38 + 4.92 = 36.90, kept 251.45.
     */
    public static final String NET_INCOME_SALES = "order_id,date,channel,channel_kind,item,sku,quantity,unit_price,"
            + "gross_amount,discount,shipping,tax,fees,refund,currency,buyer_id,country,payment_method,note\n"
            + "A-1,2017-03-14,A Little Market,,Necklace,N1,1,100.00,100.00,,,,,,EUR,,,,\n"
            + "P-1,2017-03-20,paypal,DIRECT,Necklace,N1,1,100.00,100.00,,,,,,EUR,,,,\n"
            + "E-4,2017-03-25,etsy,,Bracelet,B1,1,40.00,40.00,,,,3.00,,EUR,,,,\n"
            + ",2017-04-01,markets,IN_PERSON,Bowl,BW,2,30.00,60.00,,,,,,EUR,,,cash,\n";

    /** The cooperative the manager {@code manager} runs: alice (consenting) and dora (not) are members, erin is invited. */
    public static final String ALPES = "alpes";
    /** The cooperative the manager {@code manager2} runs: no member. */
    public static final String BRETAGNE = "bretagne";

    private static Path seeded;
    private static Path pristine;

    private TestData() {
    }

    /** The folder of golden samples (surefire sets {@code eggbasket.samples}). */
    public static Path samples() {
        return Path.of(System.getProperty("eggbasket.samples", "../data-samples/src/main/resources/samples"));
    }

    public static Path etsySample(String name) {
        return samples().resolve("etsy-sold-orders").resolve(name);
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seeded directory shared by the tests that only read it (some erase a seller's data in it). */
    public static synchronized Path seededDataDir() {
        if (seeded == null) {
            seeded = copyOf(pristine());
        }
        return seeded;
    }

    /** The seed itself, never handed out: every copy starts from it, whatever the shared directory went through. */
    private static synchronized Path pristine() {
        if (pristine == null) {
            pristine = seed();
        }
        return pristine;
    }

    /**
     * A private copy of the seed, for tests that change grants, read logs, memberships or sales: the shared one
     * is read by many application contexts at once, and changed by some.
     */
    public static Path seededCopy() {
        return copyOf(pristine());
    }

    private static Path copyOf(Path source) {
        Path dir = tempDir();
        try (java.util.stream.Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** A fresh, empty data directory with one seller account ({@code username} / {@link #PASSWORD}). */
    public static Path emptyDataDirWithSeller(String username, String sellerId) {
        Path dir = tempDir();
        new AccountStore(dir).save(new Account(username, hash(), Role.SELLER, sellerId));
        return dir;
    }

    private static Path seed() {
        Path dir = tempDir();
        Ingestor ingestor = new Ingestor(new Lake(dir), Formats.standard());
        ingest(ingestor, "alice", ETSY_2022);
        ingest(ingestor, "dora", ETSY_2022);
        ingest(ingestor, "dora", ETSY_2020_CAD);
        ingest(ingestor, "erin", ETSY_2022);
        ingest(ingestor, "gus", ETSY_2022);
        ingestor.ingest("gus", "pesos.csv", new String(read(etsySample(ETSY_2022)), java.nio.charset.StandardCharsets.UTF_8)
                .replace(",USD,", ",ARS,").replace("99000000", "88000000").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null, app.eggbasket.ingestion.format.ParseContext.DEFAULT_ZONE);
        for (String seller : java.util.List.of("fay", "ida")) {
            FileSummary net = ingestor.ingest(seller, "sales.csv", NET_INCOME_SALES.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    null, ParseContext.DEFAULT_ZONE);
            if (net.refused() || net.rejected() > 0) {
                throw new IllegalStateException("net income sales did not ingest cleanly: " + net.oneLine());
            }
        }
        FileSummary ines = ingestor.ingest("ines", "ines-2025.csv", inesSales().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null, ParseContext.DEFAULT_ZONE);
        if (ines.refused() || ines.rejected() > 0) {
            throw new IllegalStateException("ines's sales did not ingest cleanly: " + ines.oneLine());
        }
        AccountStore accounts = new AccountStore(dir);
        accounts.save(new Account("ines", hash(), Role.SELLER, "ines"));
        accounts.save(new Account("alice", hash(), Role.SELLER, "alice"));
        accounts.save(new Account("bob", hash(), Role.SELLER, "bob"));
        accounts.save(new Account("carol", hash(), Role.SELLER, "carol"));
        accounts.save(new Account("dora", hash(), Role.SELLER, "dora"));
        accounts.save(new Account("erin", hash(), Role.SELLER, "erin"));
        accounts.save(new Account("gus", hash(), Role.SELLER, "gus"));
        accounts.save(new Account("fay", hash(), Role.SELLER, "fay"));
        accounts.save(new Account("ida", hash(), Role.SELLER, "ida"));
        accounts.save(new Account("advisor", hash(), Role.ADVISOR, null));
        accounts.save(new Account("advisor2", hash(), Role.ADVISOR, null));
        seedCooperatives(new Lake(dir));
        accounts.save(new Account("manager", hash(), Role.COOPERATIVE_MANAGER, null, ALPES));
        accounts.save(new Account("manager2", hash(), Role.COOPERATIVE_MANAGER, null, BRETAGNE));
        return dir;
    }

    private static void seedCooperatives(Lake lake) {
        app.eggbasket.analytics.cooperative.Cooperatives coops = new app.eggbasket.analytics.cooperative.Cooperatives(lake);
        java.time.Instant created = java.time.Instant.parse("2026-01-05T09:00:00Z");
        coops.create(app.eggbasket.analytics.cooperative.Cooperative.withDefaultRules(ALPES, "Coopérative des Alpes", created));
        coops.create(app.eggbasket.analytics.cooperative.Cooperative.withDefaultRules(BRETAGNE, "Bretagne Artisans", created));
        app.eggbasket.analytics.cooperative.Members alpes = coops.members(ALPES);
        alpes.join("alice", java.time.Instant.parse("2026-01-10T10:00:00Z"));
        alpes.consents().give("alice");
        alpes.join("dora", java.time.Instant.parse("2026-01-12T10:00:00Z"));
        alpes.invite("erin", "manager");
    }

    /** Eggbasket's sales template: every month of 2025, Etsy 70 (fees 7), own-shop 20, markets 10, in EUR. */
    public static String inesSales() {
        StringBuilder csv = new StringBuilder("order_id,date,channel,channel_kind,item,sku,quantity,unit_price,gross_amount,"
                + "discount,shipping,tax,fees,refund,currency,buyer_id,country,payment_method,note\n");
        for (int m = 1; m <= 12; m++) {
            String date = java.time.LocalDate.of(2025, m, 15).toString();
            csv.append("E-").append(m).append(',').append(date).append(",etsy,MARKETPLACE,Bowl,,1,70.00,70.00,,,,7.00,,EUR,,FR,,\n");
            csv.append("S-").append(m).append(',').append(date).append(",own-shop,OWN_SHOP,Bowl,,1,20.00,20.00,,,,,,EUR,,FR,,\n");
            csv.append("M-").append(m).append(',').append(date).append(",markets,IN_PERSON,Bowl,,1,10.00,10.00,,,,,,EUR,,FR,,\n");
        }
        return csv.toString();
    }

    private static void ingest(Ingestor ingestor, String seller, String sample) {
        FileSummary summary = ingestor.ingest(seller, sample, read(etsySample(sample)), null, ParseContext.DEFAULT_ZONE);
        if (summary.refused() || summary.rejected() > 0) {
            throw new IllegalStateException("test sample did not ingest cleanly: " + summary.oneLine());
        }
    }

    private static String hash() {
        return new BCryptPasswordEncoder(4).encode(PASSWORD);
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("eggbasket-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
