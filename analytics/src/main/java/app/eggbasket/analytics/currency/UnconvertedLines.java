package app.eggbasket.analytics.currency;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A seller's lines of one currency that have no ECB rate for their date to the report's currency (a date
 * outside the rates known, or a currency the ECB does not publish), so are left out of a converted report.
 *
 * @param firstDate the first order date of those lines
 * @param lastDate  the last order date of those lines, inclusive
 * @param amount    their revenue in their own currency
 */
public record UnconvertedLines(String currency, LocalDate firstDate, LocalDate lastDate, long lines, BigDecimal amount) {
}
