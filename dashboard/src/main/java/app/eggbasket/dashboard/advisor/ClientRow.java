package app.eggbasket.dashboard.advisor;

import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.portfolio.ClientFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One client of an advisor's portfolio, as {@code GET /api/advisors/me/clients} returns it (DESIGN §8) and the
 * portfolio page shows it. Figures are null when {@code status} is not {@code COMPUTED}; {@code reason} then says
 * why, in English (the page translates it).
 *
 * @param riskChange      +1 when the risk level rose since a quarter earlier, -1 when it fell, 0 unchanged,
 *                        null when there is nothing to compare with
 * @param trend           the top-platform share of each of the 12 months, null for a month without revenue
 * @param lastUpload      the day of her latest upload (or, for data written without one, of the last change
 *                        to her sales), in the sellers' zone
 * @param missing         what could not be converted, for {@code NO_RATE}
 * @param stale           the latest upload is older than {@link Portfolios#STALE_AFTER_DAYS} days
 */
public record ClientRow(String seller, ClientFigures.Status status, String reason, LocalDate lastSale,
                        YearMonth from, YearMonth to, String currency, BigDecimal revenue, String topPlatform,
                        BigDecimal topPlatformShare, BigDecimal hhi, BigDecimal effectiveChannels,
                        BigDecimal controlledShare, String risk, String previousRisk, Integer riskChange,
                        List<BigDecimal> trend, LocalDate lastUpload, boolean stale, LocalDate grantUntil,
                        ClientFigures.Missing missing) {

    static ClientRow of(ClientFigures f, LocalDate lastUpload, boolean stale, LocalDate grantUntil) {
        Concentration c = f.concentration();
        return new ClientRow(f.seller(), f.status(), reason(f), f.lastSale(), f.from(), f.to(), f.currency(),
                f.revenue(), c == null ? null : c.topPlatform(), c == null ? null : c.topPlatformShare(),
                c == null ? null : c.hhi(), c == null ? null : c.effectiveChannels(),
                c == null ? null : c.controlledShare(), c == null ? null : c.risk().name(),
                f.previousRisk() == null ? null : f.previousRisk().name(), f.riskChange(),
                f.trend().stream().map(ClientFigures.TrendPoint::share).toList(), lastUpload, stale, grantUntil,
                f.missing());
    }

    private static String reason(ClientFigures f) {
        return switch (f.status()) {
            case COMPUTED -> null;
            case NO_SALES -> "No sales uploaded yet.";
            case NO_RATE -> "No ECB exchange rate to convert " + f.missing().lines() + " sale lines in "
                    + String.join(", ", f.missing().currencies()) + " from " + f.missing().from() + " to "
                    + f.missing().to() + ".";
        };
    }
}
