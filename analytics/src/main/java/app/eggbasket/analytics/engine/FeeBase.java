package app.eggbasket.analytics.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a fee schedule needs for one channel, day and export format, summed over the lines that stated
 * their fees ({@code feesStated}) or over those that did not.
 *
 * @param revenue revenue of those lines
 * @param orders  distinct orders among them with positive revenue
 * @param units   units sold on those lines with positive revenue
 * @param lines   how many lines
 */
public record FeeBase(String channel, LocalDate day, String sourceFormat, boolean feesStated, BigDecimal revenue,
                      long orders, long units, long lines) {
}
