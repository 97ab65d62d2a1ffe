package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.ingestion.lake.Lake;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Optional;

/**
 * A seller's consent to the default cooperative's market report, as her page gives and withdraws it. Nothing here
 * computes a report: the public reads published editions only ({@link Editions}), never a live answer that would
 * follow each consent given or withdrawn.
 */
@Service
public class MarketReports {

    private final ConsentStore consents;

    public MarketReports(Lake lake) {
        this.consents = new ConsentStore(lake);
    }

    public boolean consents(String seller) {
        return consents.consents(seller);
    }

    public Optional<Instant> consentSince(String seller) {
        return consents.since(seller);
    }

    public void setConsent(String seller, boolean on) {
        if (on) {
            consents.give(seller);
        } else {
            consents.withdraw(seller);
        }
    }
}
