package app.eggbasket.analytics.portfolio;

import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.concentration.Risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One client's row of an advisor's portfolio: her last 12 months of sales (the 12 calendar months ending with
 * the month of her latest sale), or why they cannot be computed.
 *
 * @param from, to        first and last month of the 12
 * @param currency        her sales' own currency, or {@link Portfolio#CURRENCY} when the 12 months hold several
 * @param previousRisk    the risk level over the 12 months ending a quarter earlier; null when there was no sale
 *                        then or it cannot be converted
 * @param trend           each of the 12 months' top-platform share, null for a month without revenue
 * @param missing         what could not be converted, when {@code status} is {@link Status#NO_RATE}
 */
public record ClientFigures(String seller, Status status, LocalDate lastSale, YearMonth from, YearMonth to,
                            String currency, BigDecimal revenue, Concentration concentration, Risk previousRisk,
                            List<TrendPoint> trend, Missing missing) {

    public enum Status {
        /** The figures are there. */
        COMPUTED,
        /** No sale line at all: nothing uploaded yet, or everything erased. */
        NO_SALES,
        /** Sales in several currencies, some without an ECB rate for their date. */
        NO_RATE
    }

    /** The top-platform share of one month; {@code share} null when the month had no revenue. */
    public record TrendPoint(YearMonth month, BigDecimal share) {
    }

    /** Lines left out for want of a rate: their currencies, count and dates. */
    public record Missing(List<String> currencies, long lines, LocalDate from, LocalDate to) {
    }

    /** How the risk level moved since a quarter earlier: +1 up, -1 down, 0 the same; null when unknown. */
    public Integer riskChange() {
        if (concentration == null || previousRisk == null) {
            return null;
        }
        return Integer.signum(concentration.risk().compareTo(previousRisk));
    }

    static ClientFigures noSales(String seller) {
        return new ClientFigures(seller, Status.NO_SALES, null, null, null, null, null, null, null, List.of(), null);
    }
}
