package app.eggbasket.analytics.currency;

import java.time.LocalDate;
import java.util.List;

/**
 * How a report's amounts were converted: from which currencies, to which, with which rates.
 *
 * @param from       the currencies of the original amounts that were converted
 * @param ratesUntil the last day the rates file covers
 */
public record Conversion(List<String> from, String to, String source, LocalDate ratesUntil) {

    public static final String ECB_SOURCE = "ECB euro foreign exchange reference rates of each order's date "
            + "(the last published rate on weekends and holidays)";
}
