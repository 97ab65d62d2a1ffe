package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.analytics.market.MarketAnalytics;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.ingestion.lake.Lake;
import org.springframework.stereotype.Service;

import java.time.Instant;

/**
 * The published market report the dashboard serves (page, CSV, JSON, API), computed on the shared DuckDB
 * engine with the configured rules and kept for {@link MarketProperties#cache()}; consents given or
 * withdrawn through the dashboard go through here and clear it.
 */
@Service
public class MarketReports {

    private final MarketAnalytics analytics;
    private final ConsentStore consents;
    private final MarketProperties properties;
    private volatile Cached cached;

    private record Cached(Instant at, MarketReport report) {
    }

    public MarketReports(DuckDbEngine engine, Lake lake, MarketProperties properties) {
        this.consents = new ConsentStore(lake);
        this.analytics = new MarketAnalytics(engine, consents, RiskThresholds.DEFAULT);
        this.properties = properties;
    }

    public MarketReport published() {
        Cached now = cached;
        if (now == null || now.at().plus(properties.cache()).isBefore(Instant.now())) {
            now = new Cached(Instant.now(), analytics.report(null, null, properties.rules()));
            cached = now;
        }
        return now.report();
    }

    public boolean consents(String seller) {
        return consents.consents(seller);
    }

    public java.util.Optional<Instant> consentSince(String seller) {
        return consents.since(seller);
    }

    /** Forgets the kept report: a member of the default cooperative joined, left or changed her consent. */
    public void forget() {
        cached = null;
    }

    public void setConsent(String seller, boolean on) {
        if (on) {
            consents.give(seller);
        } else {
            consents.withdraw(seller);
        }
        cached = null;
    }
}
