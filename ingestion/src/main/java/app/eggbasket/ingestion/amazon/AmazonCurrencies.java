package app.eggbasket.ingestion.amazon;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The currency of Amazon reports. The transaction report states it only in its preamble
 * ({@code All amounts in USD, unless specified}, {@code Tous les montants sont en EUR, sauf mention
 * contraire.}); a marketplace domain ({@code amazon.fr}, {@code Amazon.co.uk}) implies one.
 */
final class AmazonCurrencies {

    private static final Pattern CODE = Pattern.compile("\\b([A-Z]{3})\\b");
    private static final Set<String> ISO = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toSet());
    private static final Map<String, String> MARKETPLACES = Map.ofEntries(
            Map.entry("amazon.com", "USD"), Map.entry("amazon.ca", "CAD"), Map.entry("amazon.com.mx", "MXN"),
            Map.entry("amazon.co.uk", "GBP"), Map.entry("amazon.fr", "EUR"), Map.entry("amazon.de", "EUR"),
            Map.entry("amazon.it", "EUR"), Map.entry("amazon.es", "EUR"), Map.entry("amazon.nl", "EUR"),
            Map.entry("amazon.com.be", "EUR"), Map.entry("amazon.ie", "EUR"), Map.entry("amazon.se", "SEK"),
            Map.entry("amazon.pl", "PLN"), Map.entry("amazon.co.jp", "JPY"), Map.entry("amazon.com.au", "AUD"));

    private AmazonCurrencies() {
    }

    /** The first ISO currency code the preamble names, or null. */
    static String ofPreamble(List<String> preamble) {
        for (String line : preamble) {
            Matcher m = CODE.matcher(line);
            while (m.find()) {
                if (ISO.contains(m.group(1))) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** The currency of a marketplace or sales channel ({@code amazon.fr}, {@code Amazon.co.uk}), or null. */
    static String ofMarketplace(String marketplace) {
        if (marketplace == null) {
            return null;
        }
        String domain = marketplace.trim().toLowerCase(Locale.ROOT);
        if (domain.startsWith("www.")) {
            domain = domain.substring(4);
        }
        return MARKETPLACES.get(domain);
    }
}
