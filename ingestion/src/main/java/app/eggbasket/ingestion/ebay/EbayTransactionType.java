package app.eggbasket.ingestion.ebay;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Type} of a transaction report row (REFERENCE §6b: Order, Refund, Other fee, Shipping label,
 * Payout, Claim…; German Bestellung, Rückerstattung, Andere Gebühr) and what Eggbasket makes of it.
 */
enum EbayTransactionType {
    /** A sale: a sale line and a fee line for what eBay took. */
    ORDER,
    /** Money given back to the buyer: a refund line and a fee line for the fees eBay credited back. */
    REFUND,
    /** A charge of its own (ad fees, subscription, a shipping label bought on eBay): a fee line. */
    FEE,
    /** A payout or transfer to the seller's bank: not a sale. */
    PAYOUT,
    /** Anything else (holds, claims, adjustments): skipped with its type named. */
    OTHER;

    private static final Map<String, EbayTransactionType> BY_TYPE = Map.ofEntries(
            Map.entry("order", ORDER), Map.entry("bestellung", ORDER),
            Map.entry("refund", REFUND), Map.entry("ruckerstattung", REFUND),
            Map.entry("other fee", FEE), Map.entry("andere gebuhr", FEE), Map.entry("shipping label", FEE),
            Map.entry("payout", PAYOUT), Map.entry("transfer", PAYOUT), Map.entry("auszahlung", PAYOUT));

    static EbayTransactionType of(String type) {
        return BY_TYPE.getOrDefault(fold(type), OTHER);
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
