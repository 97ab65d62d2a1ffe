package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.cooperative.Members;
import app.eggbasket.analytics.edition.EditionPeriod;
import app.eggbasket.analytics.edition.EditionPublisher;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.dashboard.TestData;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Members with sales for editions, added to a copy of {@link TestData}'s seed.
 *
 * <p>{@link #summer(Path)}: twelve members of {@link TestData#ALPES}, {@code m01}…{@code m12}, who consent and sold
 * in 2025-Q3 only (in euros, so no conversion): all on etsy, eleven in their own shop, six at markets, two on
 * instagram (grouped as other social channels, withheld) and one on ankorstore (other wholesale, withheld). Their
 * largest platform shares put four at CRITICAL, four at HIGH, three at MODERATE and one at LOW: the LOW count (1) is
 * withheld, and with it the smallest other level (MODERATE), so the risk chart has two withheld levels. Twelve and
 * eleven members make the cooperative's, the marketplaces' and the own shops' quartiles public (10 needed); six at
 * markets do not. The seed's alpes members (alice, who consents, and dora) have no sale in 2025.
 *
 * <p>{@link #running(Path)}: three members of {@link TestData#BRETAGNE}, {@code b1}…{@code b3}, who consent and sold
 * on the first day of the current quarter: an edition of that quarter covers it up to the day after today only.
 */
public final class EditionFixtures {

    public static final EditionPeriod SUMMER = EditionPeriod.parse("2025-Q3");

    /** Each summer member's sales: channel → (kind, amount in EUR, day). */
    static final Map<String, Map<String, Integer>> SUMMER_SALES = new LinkedHashMap<>();

    private static final Map<String, String[]> CHANNELS = Map.of(
            "etsy", new String[]{"MARKETPLACE", "2025-07-15"},
            "own-shop", new String[]{"OWN_SHOP", "2025-08-14"},
            "markets", new String[]{"IN_PERSON", "2025-09-13"},
            "instagram", new String[]{"SOCIAL", "2025-08-02"},
            "ankorstore", new String[]{"WHOLESALE", "2025-09-20"});

    static {
        member("m01", 900, 100, 0, 0, 0);
        member("m02", 800, 200, 0, 0, 0);
        member("m03", 700, 200, 100, 0, 0);
        member("m04", 600, 0, 400, 0, 0);
        member("m05", 450, 350, 200, 0, 0);
        member("m06", 400, 300, 300, 0, 0);
        member("m07", 350, 450, 0, 200, 0);
        member("m08", 300, 500, 200, 0, 0);
        member("m09", 200, 500, 300, 0, 0);
        member("m10", 150, 610, 0, 240, 0);
        member("m11", 120, 880, 0, 0, 0);
        member("m12", 50, 700, 0, 0, 250);
    }

    private EditionFixtures() {
    }

    private static void member(String id, int etsy, int ownShop, int markets, int instagram, int ankorstore) {
        Map<String, Integer> sales = new LinkedHashMap<>();
        sales.put("etsy", etsy);
        sales.put("own-shop", ownShop);
        sales.put("markets", markets);
        sales.put("instagram", instagram);
        sales.put("ankorstore", ankorstore);
        sales.values().removeIf(v -> v == 0);
        SUMMER_SALES.put(id, sales);
    }

    /** The twelve summer members' revenue, all channels: 1 000 EUR each. */
    static final String SUMMER_TOTAL = "12000.00";

    /** Adds the twelve summer members to {@link TestData#ALPES}; returns {@code dir}. */
    public static Path summer(Path dir) {
        Lake lake = new Lake(dir);
        Ingestor ingestor = new Ingestor(lake, Formats.standard());
        Members alpes = new Cooperatives(lake).members(TestData.ALPES);
        int order = 0;
        for (Map.Entry<String, Map<String, Integer>> member : SUMMER_SALES.entrySet()) {
            StringBuilder csv = new StringBuilder(HEADER);
            for (Map.Entry<String, Integer> sale : member.getValue().entrySet()) {
                String[] channel = CHANNELS.get(sale.getKey());
                csv.append(line("S-" + (++order), channel[1], sale.getKey(), channel[0], sale.getValue()));
            }
            ingest(ingestor, member.getKey(), member.getKey() + ".csv", csv.toString());
            alpes.join(member.getKey(), null);
            alpes.consents().give(member.getKey());
        }
        return dir;
    }

    /**
     * Edition 1 of {@link TestData#ALPES}, 2025-Q3, previewed and published through the dashboard's own service as its
     * manager would, once per data directory (the tests of a class share theirs).
     */
    public static Release publishSummer(Editions editions) {
        return editions.edition(TestData.ALPES, 1).orElseGet(() ->
                editions.publish(TestData.ALPES, editions.preview(TestData.ALPES, SUMMER, "manager").id()));
    }

    /** More sales of {@code seller} in 2025-Q3, after an edition was published. */
    public static void laterUpload(Path dir, String seller, int amount) {
        ingest(new Ingestor(new Lake(dir), Formats.standard()), seller, seller + "-late.csv",
                HEADER + line("LATE-" + amount, "2025-09-29", "etsy", "MARKETPLACE", amount));
    }

    /** The first day of the quarter running today (Paris), as {@link EditionPublisher} sees it. */
    public static EditionPeriod runningQuarter() {
        LocalDate today = LocalDate.now(EditionPublisher.ZONE);
        return EditionPeriod.of(EditionPeriod.Length.QUARTER, today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
    }

    /** Adds three members to {@link TestData#BRETAGNE} with sales on the first day of the running quarter. */
    public static Path running(Path dir) {
        Lake lake = new Lake(dir);
        Ingestor ingestor = new Ingestor(lake, Formats.standard());
        Members bretagne = new Cooperatives(lake).members(TestData.BRETAGNE);
        String day = runningQuarter().from().toString();
        for (String id : List.of("b1", "b2", "b3")) {
            ingest(ingestor, id, id + ".csv", HEADER + line(id + "-1", day, "etsy", "MARKETPLACE", 100)
                    + line(id + "-2", day, "own-shop", "OWN_SHOP", 50));
            bretagne.join(id, null);
            bretagne.consents().give(id);
        }
        return dir;
    }

    /** A cooperative of its own, {@code dominee}: three members in 2025-Q3, one of whom makes 90 % of the revenue. */
    public static final String DOMINATED = "dominee";

    /** Adds {@link #DOMINATED} with its three members, d1 (9 000 EUR on etsy), d2 and d3 (500 each). */
    public static Path dominated(Path dir) {
        Lake lake = new Lake(dir);
        Cooperatives cooperatives = new Cooperatives(lake);
        cooperatives.create(app.eggbasket.analytics.cooperative.Cooperative.withDefaultRules(DOMINATED, "Coopérative dominée",
                java.time.Instant.parse("2026-02-01T09:00:00Z")));
        Members members = cooperatives.members(DOMINATED);
        Ingestor ingestor = new Ingestor(lake, Formats.standard());
        Map<String, Integer> sales = Map.of("d1", 9000, "d2", 500, "d3", 500);
        sales.forEach((id, amount) -> {
            ingest(ingestor, id, id + ".csv", HEADER + line(id + "-1", "2025-08-01", "etsy", "MARKETPLACE", amount));
            members.join(id, null);
            members.consents().give(id);
        });
        return dir;
    }

    private static final String HEADER = "order_id,date,channel,channel_kind,item,sku,quantity,unit_price,gross_amount,"
            + "discount,shipping,tax,fees,refund,currency,buyer_id,country,payment_method,note\n";

    private static String line(String order, String date, String channel, String kind, int amount) {
        return order + "," + date + "," + channel + "," + kind + ",Bowl,,1," + amount + ".00," + amount + ".00,,,,,,EUR,,FR,,\n";
    }

    private static void ingest(Ingestor ingestor, String seller, String file, String csv) {
        FileSummary summary = ingestor.ingest(seller, file, csv.getBytes(StandardCharsets.UTF_8), null,
                ParseContext.DEFAULT_ZONE);
        if (summary.refused() || summary.rejected() > 0) {
            throw new IllegalStateException("fixture sales did not ingest cleanly: " + summary.oneLine());
        }
    }
}
