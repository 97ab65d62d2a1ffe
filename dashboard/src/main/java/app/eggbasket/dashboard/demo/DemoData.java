package app.eggbasket.dashboard.demo;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.cooperative.Members;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.edition.EditionPeriod;
import app.eggbasket.analytics.edition.EditionPublisher;
import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.dashboard.account.Account;
import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.sharing.GrantStore;
import app.eggbasket.dashboard.account.Role;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The three demo sellers of {@code data-samples/src/main/resources/demo}: exports in real platform
 * layouts, ingested through the normal path, with their logins; a demo advisor two of them granted access; and a
 * demo cooperative they all belong to and consent to, with its manager and a published edition. A data directory that received them
 * carries a marker so that a production profile can refuse it.
 */
public final class DemoData {

    private static final String MANIFEST = "/demo/sellers.json";
    private static final String ADVISORS = "/demo/advisors.json";
    private static final String COOPERATIVES = "/demo/cooperatives.json";
    private static final String MARKER = "DEMO-DATA";

    /** One demo seller as the manifest describes her. */
    record DemoSeller(String seller, String username, String password, String description, List<DemoFile> files) {
    }

    /** A demo advisor and the demo sellers who granted her read access. */
    record DemoAdvisor(String username, String password, String description, List<String> clients) {
    }

    /** One export of a demo seller, with the channel she would choose for it (null: the format's). */
    /** A demo cooperative: its manager, its members (who consent) and the editions published at install. */
    record DemoCooperative(String id, String name, DemoManager manager, List<String> members, List<String> editions) {
    }

    record DemoManager(String username, String password, String description) {
    }

    record DemoFile(String path, String channel, String kind) {
    }

    private DemoData() {
    }

    public static boolean isDemo(Path dataDir) {
        return Files.exists(dataDir.resolve(MARKER));
    }

    public static List<DemoLogin> logins() {
        List<DemoLogin> logins = new java.util.ArrayList<>(sellers().stream()
                .map(s -> new DemoLogin(s.username(), s.password(), s.seller(), s.description())).toList());
        advisors().forEach(a -> logins.add(new DemoLogin(a.username(), a.password(), null, a.description())));
        cooperatives().forEach(c -> logins.add(new DemoLogin(c.manager().username(), c.manager().password(), null,
                c.manager().description())));
        return List.copyOf(logins);
    }

    /**
     * Ingests the demo exports and creates the demo logins.
     *
     * @throws IllegalStateException when a demo file is refused (a broken build, not a user error)
     */
    public static void install(Path dataDir) {
        Ingestor ingestor = new Ingestor(new Lake(dataDir), Formats.standard());
        AccountStore accounts = new AccountStore(dataDir);
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        for (DemoSeller seller : sellers()) {
            for (DemoFile file : seller.files()) {
                Channel channel = file.channel() == null ? null : Channel.of(file.channel(), ChannelKind.parse(file.kind()));
                FileSummary summary = ingestor.ingest(seller.seller(), fileName(file.path()), read("/demo/" + file.path()),
                        channel, ParseContext.DEFAULT_ZONE);
                if (summary.refused() || summary.rejected() > 0) {
                    throw new IllegalStateException("demo file " + file.path() + " did not ingest cleanly: " + summary.oneLine());
                }
            }
            accounts.save(new Account(seller.username(), encoder.encode(seller.password()), Role.SELLER, seller.seller()));
        }
        GrantStore grants = new GrantStore(dataDir, Clock.systemUTC());
        for (DemoAdvisor advisor : advisors()) {
            accounts.save(new Account(advisor.username(), encoder.encode(advisor.password()), Role.ADVISOR, null));
            advisor.clients().forEach(client -> grants.grant(client, advisor.username(), null));
        }
        installCooperatives(new Lake(dataDir), accounts, encoder);
        try {
            Files.writeString(dataDir.resolve(MARKER), "This data directory holds the Eggbasket demo sellers.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo cooperatives with their consenting members, their managers, and their editions computed and published. */
    private static void installCooperatives(Lake lake, AccountStore accounts, BCryptPasswordEncoder encoder) {
        Cooperatives cooperatives = new Cooperatives(lake);
        try (DuckDbEngine engine = new DuckDbEngine(lake)) {
            EditionPublisher publisher = new EditionPublisher(lake, engine, "duckdb", RiskThresholds.DEFAULT,
                    DisclosureRules.DEFAULT, Clock.systemUTC());
            for (DemoCooperative demo : cooperatives()) {
                Cooperative coop = cooperatives.find(demo.id()).orElseGet(() ->
                        cooperatives.create(Cooperative.withDefaultRules(demo.id(), demo.name(), Instant.now())));
                Members members = cooperatives.members(coop.id());
                for (String seller : demo.members()) {
                    members.join(seller, null);
                    members.consents().give(seller);
                }
                accounts.save(new Account(demo.manager().username(), encoder.encode(demo.manager().password()),
                        Role.COOPERATIVE_MANAGER, null, coop.id()));
                for (String period : demo.editions()) {
                    publisher.publish(coop, publisher.preview(coop, EditionPeriod.parse(period), demo.manager().username()).id());
                }
            }
        }
    }

    private static List<DemoCooperative> cooperatives() {
        return List.of(manifest(COOPERATIVES, DemoCooperative[].class));
    }

    private static List<DemoSeller> sellers() {
        return List.of(manifest(MANIFEST, DemoSeller[].class));
    }

    private static List<DemoAdvisor> advisors() {
        return List.of(manifest(ADVISORS, DemoAdvisor[].class));
    }

    private static <T> T manifest(String resource, Class<T> type) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo manifest " + resource + " is missing from the classpath");
            }
            return new ObjectMapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo file " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
