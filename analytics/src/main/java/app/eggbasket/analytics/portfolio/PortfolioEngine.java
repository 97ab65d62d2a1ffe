package app.eggbasket.analytics.portfolio;

import java.util.Collection;
import java.util.List;

/** Reads what an advisor's portfolio needs for many clients in one set-based query. */
public interface PortfolioEngine {

    /**
     * Revenue per client, channel and month over the 15 months ending with each client's latest sale month,
     * in the lines' own currency and converted to {@code currency}. Clients without lines have no row.
     */
    List<ClientMonth> clientMonths(Collection<String> sellers, String currency);
}
