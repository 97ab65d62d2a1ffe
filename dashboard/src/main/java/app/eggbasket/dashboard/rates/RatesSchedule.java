package app.eggbasket.dashboard.rates;

import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.currency.RatesUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Downloads the ECB's reference rates once the dashboard has started, then every working day after the ECB
 * publishes ({@link RatesUpdateProperties}); {@code eggbasket.rates.update.enabled=false} turns it off. A failed
 * download (no network, the ECB down) is logged and changes nothing: reports keep the rates they had.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "eggbasket.rates.update.enabled", havingValue = "true", matchIfMissing = true)
public class RatesSchedule {

    private static final Logger log = LoggerFactory.getLogger(RatesSchedule.class);

    private final RatesUpdate update;
    private final RatesUpdateProperties properties;
    private final AtomicReference<String> lastResult = new AtomicReference<>("not run yet");

    RatesSchedule(RatesStore store, RatesUpdateProperties properties) {
        this.update = new RatesUpdate(store, properties.timeout());
        this.properties = properties;
    }

    /** At start, off the request path: in a thread of its own, so start-up does not wait for the network. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        Thread thread = new Thread(this::run, "ecb-rates-at-start");
        thread.setDaemon(true);
        thread.start();
    }

    @Scheduled(cron = "${eggbasket.rates.update.cron:0 30 16 * * MON-FRI}", zone = "${eggbasket.rates.update.zone:Europe/Berlin}")
    void daily() {
        run();
    }

    /** Downloads and merges once; never throws. */
    synchronized void run() {
        try {
            RatesUpdate.Outcome outcome = update.from(properties.url());
            lastResult.set("rates end on " + outcome.lastAfter() + ", " + outcome.ratesAdded() + " new");
            log.info("ECB rates updated from {}: {} new rate(s), rates now end on {}", properties.url(),
                    outcome.ratesAdded(), outcome.lastAfter());
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            lastResult.set("failed: " + e.getMessage());
            log.warn("ECB rates not updated, reports keep the rates they had: {}", e.getMessage());
        }
    }

    /** What the last run did, for tests and the log. */
    String lastResult() {
        return lastResult.get();
    }
}
