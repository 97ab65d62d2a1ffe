package app.eggbasket.analytics.report;

import java.util.List;

/**
 * The period holds amounts in several currencies. They are never added unconverted; until currency
 * conversion exists, such a report is refused.
 */
public class MixedCurrencyException extends RuntimeException {

    private final List<String> currencies;

    public MixedCurrencyException(String sellerId, List<String> currencies) {
        super("the sales of " + sellerId + " in this period are in several currencies (" + String.join(", ", currencies)
                + "); amounts in different currencies are never added, and conversion is not available yet: "
                + "choose a period in one currency, or upload each currency's sales under its own seller");
        this.currencies = List.copyOf(currencies);
    }

    public List<String> currencies() {
        return currencies;
    }
}
