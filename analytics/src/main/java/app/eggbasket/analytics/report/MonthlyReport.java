package app.eggbasket.analytics.report;

import app.eggbasket.analytics.currency.Conversion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Revenue per channel and month, with the month's concentration, for the evolution charts; {@code leftOut}
 * as in {@link SellerReport}.
 */
public record MonthlyReport(String seller, LocalDate from, LocalDate to, String currency, List<String> channels,
                            List<Month> months, Conversion conversion, LeftOut leftOut) {

    /**
     * One calendar month; {@code channels} holds every channel of the report, 0 when it sold nothing.
     * {@code platformShare} and {@code controlledShare} (1 − platformShare) show dependence evolving;
     * both are 0 in a month without positive revenue.
     */
    public record Month(YearMonth month, BigDecimal revenue, List<ChannelMonth> channels, BigDecimal hhi,
                        BigDecimal topPlatformShare, String risk, BigDecimal platformShare, BigDecimal controlledShare) {
    }

    /** A channel in a month. */
    public record ChannelMonth(String channel, String kind, BigDecimal revenue, BigDecimal share) {
    }
}
