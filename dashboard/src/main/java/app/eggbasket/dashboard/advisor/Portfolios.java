package app.eggbasket.dashboard.advisor;

import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.portfolio.ClientFigures;
import app.eggbasket.analytics.portfolio.Portfolio;
import app.eggbasket.dashboard.freshness.DataFreshness;
import app.eggbasket.dashboard.sharing.Grant;
import app.eggbasket.dashboard.sharing.GrantStore;
import app.eggbasket.dashboard.sharing.ReadEntry;
import app.eggbasket.dashboard.sharing.ReadLog;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The clients of one advisor — the sellers whose grant is active now — with their figures from one portfolio
 * query, sorted by risk level (highest first), then by top-platform share; clients whose figures cannot be
 * computed come last, with the reason. Each listing is a read of every client's figures, recorded in her log.
 */
@Component
public class Portfolios {

    /** An upload older than this is flagged stale. */
    public static final int STALE_AFTER_DAYS = DataFreshness.STALE_AFTER_DAYS;

    static final Comparator<ClientRow> ORDER = Comparator
            .comparing((ClientRow r) -> r.risk() == null ? -1 : Risk.valueOf(r.risk()).ordinal()).reversed()
            .thenComparing(r -> r.topPlatformShare() == null ? BigDecimal.ONE.negate() : r.topPlatformShare(),
                    Comparator.reverseOrder())
            .thenComparing(ClientRow::seller);

    private final GrantStore grants;
    private final Portfolio portfolio;
    private final DataFreshness freshness;
    private final ReadLog reads;
    private final Clock clock;

    Portfolios(GrantStore grants, Portfolio portfolio, DataFreshness freshness, ReadLog reads, Clock clock) {
        this.grants = grants;
        this.portfolio = portfolio;
        this.freshness = freshness;
        this.reads = reads;
        this.clock = clock;
    }

    /** Which clients to list: a risk level (or null for all) and part of the client's name (or null). */
    public record Filter(String risk, String query) {

        public static final Filter ALL = new Filter(null, null);

        boolean keeps(ClientRow row) {
            boolean riskOk = risk == null || risk.isBlank() || risk.equals(row.risk());
            boolean nameOk = query == null || query.isBlank()
                    || row.seller().contains(query.trim().toLowerCase(java.util.Locale.ROOT));
            return riskOk && nameOk;
        }
    }

    /**
     * @param route what each listed client's read log shows for this listing, e.g. {@code GET /advisor/clients}
     */
    public List<ClientRow> clients(String advisor, String route, Filter filter) {
        Map<String, Grant> active = grants.activeGrantsTo(advisor).stream()
                .collect(Collectors.toMap(Grant::seller, Function.identity()));
        List<String> sellers = active.keySet().stream().sorted().toList();
        LocalDate today = grants.today();
        List<ClientRow> rows = new ArrayList<>(sellers.size());
        for (ClientFigures f : portfolio.figures(sellers)) {
            DataFreshness.Freshness fresh = freshness.of(f.seller(), today);
            ClientRow row = ClientRow.of(f, fresh.lastUpload(), fresh.stale(), active.get(f.seller()).until());
            if (filter.keeps(row)) {
                rows.add(row);
            }
        }
        rows.sort(ORDER);
        Instant now = clock.instant();
        for (ClientRow row : rows) {
            reads.record(row.seller(), new ReadEntry(now, advisor, route));
        }
        return rows;
    }
}
