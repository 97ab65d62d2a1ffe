package app.eggbasket.analytics.portfolio;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * One client's revenue on one channel in one calendar month, as the portfolio query returns it
 * ({@code portfolio_months.sql}).
 *
 * @param lastDay          the client's latest order date (the same on every row of hers)
 * @param revenue          in the lines' own currency; meaningful only when {@code currencies} holds one
 * @param currencies       the distinct currencies of the lines
 * @param converted        the same converted to the portfolio's currency, leaving out {@code unconvertedLines}
 * @param unconvertedFrom  first order date of a line without a rate, null when none
 */
public record ClientMonth(String seller, LocalDate lastDay, String channel, ChannelKind kind, LocalDateTime lastIngested,
                          YearMonth month, BigDecimal revenue, List<String> currencies, BigDecimal converted,
                          long unconvertedLines, LocalDate unconvertedFrom, LocalDate unconvertedTo) {
}
