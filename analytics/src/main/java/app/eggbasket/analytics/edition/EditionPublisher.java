package app.eggbasket.analytics.edition;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.engine.Period;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.analytics.market.MarketAnalytics;
import app.eggbasket.analytics.market.MarketComputation;
import app.eggbasket.analytics.market.MarketEngine;
import app.eggbasket.analytics.market.QuarterlySums;
import app.eggbasket.ingestion.lake.Lake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Previews and publishes a cooperative's editions (DESIGN §5, §10) on any {@link MarketEngine}. A preview is a
 * draft computed once from the members who consent at that moment and frozen ({@link Releases}); publishing makes
 * that very draft an edition. Every release is checked against the cooperative's earlier releases of overlapping
 * periods, drafts included (the manager saw them): {@link Differencing}.
 */
public final class EditionPublisher {

    /** Dates of releases are those of the cooperative's members: Paris. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final Lake lake;
    private final MarketEngine engine;
    private final String engineName;
    private final RiskThresholds thresholds;
    private final DisclosureRules instanceRules;
    private final Clock clock;
    /** One store per cooperative, so that an unchanged consent folder of 100,000 members is listed once. */
    private final Map<String, ConsentStore> consents = new ConcurrentHashMap<>();

    /**
     * @param instanceRules where the quantile threshold and the protection level (the rules every cooperative shares) come from; the
     *                      frequency and dominance rules are each cooperative's own
     */
    public EditionPublisher(Lake lake, MarketEngine engine, String engineName, RiskThresholds thresholds,
                            DisclosureRules instanceRules, Clock clock) {
        this.lake = lake;
        this.engine = engine;
        this.engineName = engineName;
        this.thresholds = thresholds;
        this.instanceRules = instanceRules;
        this.clock = clock;
    }

    /** The rules a cooperative's releases apply. */
    public DisclosureRules rulesOf(Cooperative cooperative) {
        return cooperative.rules().withQuantileMinSellers(Math.max(cooperative.minSellers(), instanceRules.quantileMinSellers()))
                .withProtectionLevel(instanceRules.protectionLevel());
    }

    /**
     * Computes and stores a draft of the next edition for a period.
     *
     * @param by who asks (kept privately with the draft)
     * @throws IllegalArgumentException when the period has not begun
     */
    public Release preview(Cooperative cooperative, EditionPeriod period, String by) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (!period.begunBy(today)) {
            throw new IllegalArgumentException("the period " + period.label() + " has not begun: it starts on " + period.from());
        }
        DisclosureRules rules = rulesOf(cooperative);
        List<String> consenting = consents.computeIfAbsent(cooperative.id(), id -> new ConsentStore(lake, id)).consenting();
        Computed computed = compute(consenting, period, rules);
        Releases releases = new Releases(lake.root(), cooperative.id());
        return releases.create(computed.snapshot(), snapshot -> {
            Differencing.Outcome outcome = Differencing.Outcome.none();
            Differencing.Check check = null;
            for (Release earlier : releases.all()) {
                if (earlier.period().overlaps(period)) {
                    check = check == null ? Differencing.against(snapshot, rules) : check;
                    outcome = outcome.and(check.compare(releases.snapshot(earlier.id()),
                            earlier.report().rules(), earlier.report()));
                }
            }
            MarketComputation checked = computed.computation().againstEarlier(outcome.forced(), outcome.known());
            int withheld = (int) checked.keys().stream()
                    .filter(k -> checked.status(k) == app.eggbasket.analytics.market.Disclosure.Status.DIFFERENCING).count();
            return new Release(null, cooperative.id(), cooperative.name(), period, period.coveredTo(today), engineName,
                    clock.instant(), by, checked.contributing(), withheld, null, null, checked.published());
        });
    }

    /** A draft of the next edition for the period, published at once when {@code publish} (the CLI and the Spark job). */
    public Release previewAndPublish(Cooperative cooperative, EditionPeriod period, String by, boolean publish) {
        Release draft = preview(cooperative, period, by);
        return publish ? publish(cooperative, draft.id()) : draft;
    }

    /**
     * Publishes a draft as the cooperative's next edition: its figures as they were previewed.
     *
     * @throws java.util.NoSuchElementException when there is no such draft
     * @throws IllegalStateException            when it is an edition already, or it has fewer contributing members than
     *                                          a cell needs (it would publish nothing but who sells where)
     */
    public Release publish(Cooperative cooperative, String releaseId) {
        Releases releases = new Releases(lake.root(), cooperative.id());
        Release draft = releases.find(releaseId).orElseThrow(() -> new java.util.NoSuchElementException(
                "no release " + releaseId + " of " + cooperative.id()));
        int needed = draft.report().rules().minSellers();
        if (!draft.published() && draft.contributing() < needed) {
            throw new IllegalStateException(draft.contributing() == 0
                    ? "no consenting member sold in " + draft.period().label() + ": there is nothing to publish"
                    : "only " + draft.contributing() + " member(s) contribute to " + draft.period().label() + ", fewer than the "
                    + needed + " a cell needs: nothing can be published");
        }
        return releases.publish(releaseId, clock.instant());
    }

    private record Computed(Snapshot snapshot, MarketComputation computation) {
    }

    private Computed compute(List<String> consenting, EditionPeriod period, DisclosureRules rules) {
        if (consenting.isEmpty()) {
            QuarterlySums none = QuarterlySums.builder().build();
            return new Computed(Snapshot.of(none, List.of()),
                    MarketComputation.of(none, rules, thresholds, period.from(), period.to(), 0));
        }
        QuarterlySums sums = engine.marketSums(consenting, new Period(period.from(), period.to()), MarketAnalytics.CURRENCY);
        return new Computed(Snapshot.of(sums, consenting),
                MarketComputation.of(sums, rules, thresholds, period.from(), period.to(), consenting.size()));
    }
}
