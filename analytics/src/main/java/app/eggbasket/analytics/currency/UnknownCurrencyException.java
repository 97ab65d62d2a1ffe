package app.eggbasket.analytics.currency;

import java.util.List;

/** A report was asked in a currency the ECB publishes no rate for. */
public class UnknownCurrencyException extends IllegalArgumentException {

    public UnknownCurrencyException(String currency, List<String> known) {
        super("unknown currency '" + currency + "': use one the ECB publishes (" + String.join(", ", known) + ")");
    }
}
