package app.eggbasket.analytics.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a fee schedule needs for one channel and day, summed over the lines whose export stated no fees.
 *
 * @param revenue revenue of those lines
 * @param orders  distinct orders among them with positive revenue
 * @param units   units sold on those lines with positive revenue
 * @param lines   how many lines had no stated fees
 */
public record FeeBase(String channel, LocalDate day, BigDecimal revenue, long orders, long units, long lines) {
}
