package app.eggbasket.analytics.edition;

import app.eggbasket.analytics.market.MarketReport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One computation of a cooperative's market report for a period, frozen when it is made: a draft the manager
 * previews, which becomes an edition when she publishes it — the same figures, never recomputed (DESIGN §5).
 *
 * @param id              the release's id within its cooperative ({@code 0001}, in order of computation)
 * @param period          the period asked for
 * @param coveredTo       the day after the last day the data can cover (the day after the computation while the
 *                        period runs), exclusive
 * @param engine          the engine that computed it ({@code duckdb} or {@code spark})
 * @param computedAt      when it was computed
 * @param computedBy      who asked for it (a manager's username, or {@code cli}); never published
 * @param contributing    members whose figures went into it (positive revenue in the period)
 * @param withheldForDifferencing cells withheld only because an earlier release of an overlapping period would give
 *                        them away by subtraction (told to the manager, never published)
 * @param edition         its edition number once published, else null
 * @param publishedAt     when it was published, else null
 * @param report          the published cells (withheld cells marked, without figures)
 */
public record Release(String id, String cooperative, String cooperativeName, EditionPeriod period, LocalDate coveredTo,
                      String engine, Instant computedAt, String computedBy, long contributing, int withheldForDifferencing, Integer edition,
                      Instant publishedAt, MarketReport report) {

    public boolean published() {
        return edition != null;
    }

    /** The first day covered: the period's. */
    public LocalDate coveredFrom() {
        return period.from();
    }

    Release asEdition(int number, Instant at) {
        return new Release(id, cooperative, cooperativeName, period, coveredTo, engine, computedAt, computedBy,
                contributing, withheldForDifferencing, number, at, report);
    }
}
