package app.eggbasket.dashboard.cooperative;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.Metrics;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.edition.EditionPeriod;
import app.eggbasket.analytics.edition.EditionPublisher;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.edition.Releases;
import app.eggbasket.ingestion.lake.Lake;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The cooperatives' releases as the dashboard serves them (DESIGN §5, §10): drafts the manager previews, computed on
 * the shared DuckDB engine with the cooperative's rules, and the editions the public reads. Nothing here computes a
 * report for the public: an edition is read as it was frozen.
 */
@Service
public class Editions {

    /** An edition that included a seller's figures. */
    public record Inclusion(Cooperative cooperative, Release edition) {
    }

    private final Lake lake;
    private final Cooperatives cooperatives;
    private final EditionPublisher publisher;

    Editions(DuckDbEngine engine, Lake lake, Cooperatives cooperatives, MarketProperties properties, Clock clock) {
        this.lake = lake;
        this.cooperatives = cooperatives;
        this.publisher = new EditionPublisher(lake, engine, "duckdb", RiskThresholds.DEFAULT, properties.rules(), clock);
    }

    private Releases releases(String coop) {
        return new Releases(lake.root(), coop);
    }

    /** A cooperative's editions, by number. */
    public List<Release> editions(String coop) {
        return releases(coop).editions();
    }

    public Optional<Release> edition(String coop, int number) {
        return cooperatives.find(coop).flatMap(c -> releases(coop).edition(number));
    }

    /** The most recently published edition of the instance, whatever its cooperative ({@code /market}). */
    public Optional<Release> latest() {
        return cooperatives.all().stream().map(c -> releases(c.id()).latestEdition()).flatMap(Optional::stream)
                .max(Comparator.comparing(Release::publishedAt));
    }

    /** Every release of a cooperative, drafts and editions, newest first (the manager's list). */
    public List<Release> releasesOf(String coop) {
        List<Release> all = new ArrayList<>(releases(coop).all());
        java.util.Collections.reverse(all);
        return all;
    }

    public Optional<Release> release(String coop, String id) {
        return releases(coop).find(id);
    }

    /** Computes and stores a draft of the next edition: what the manager previews and may then publish as it is. */
    public Release preview(String coop, EditionPeriod period, String by) {
        // eggbasket_market_report_seconds on /actuator/prometheus (Spring Boot binds its registry to the global one)
        return Timer.builder("eggbasket.market.report")
                .description("time to compute a cooperative's next edition").tag("engine", "duckdb")
                .register(Metrics.globalRegistry)
                .record(() -> publisher.preview(cooperatives.require(coop), period, by));
    }

    /** Publishes a draft as the cooperative's next edition. */
    public Release publish(String coop, String releaseId) {
        return publisher.publish(cooperatives.require(coop), releaseId);
    }

    /** The editions whose figures include hers, newest first, over every cooperative. */
    public List<Inclusion> including(String seller) {
        List<Inclusion> out = new ArrayList<>();
        for (Cooperative c : cooperatives.all()) {
            Releases releases = releases(c.id());
            List<String> ids = releases.including(seller);
            releases.editions().stream().filter(e -> ids.contains(e.id())).forEach(e -> out.add(new Inclusion(c, e)));
        }
        out.sort(Comparator.comparing((Inclusion i) -> i.edition().publishedAt()).reversed());
        return out;
    }

    /** The latest edition of each cooperative she belongs to, for setting her figures beside it. */
    public List<Inclusion> latestOfHerCooperatives(String seller) {
        List<Inclusion> out = new ArrayList<>();
        for (Cooperatives.Standing standing : cooperatives.of(seller)) {
            if (standing.membership().member()) {
                releases(standing.cooperative().id()).latestEdition()
                        .ifPresent(e -> out.add(new Inclusion(standing.cooperative(), e)));
            }
        }
        return out;
    }

    /** Her data is erased: her id leaves every release's private snapshot (her figures still protect her). */
    public void forget(String seller) {
        cooperatives.all().forEach(c -> releases(c.id()).forget(seller));
    }
}
