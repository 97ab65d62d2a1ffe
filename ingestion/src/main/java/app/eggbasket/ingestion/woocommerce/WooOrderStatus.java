package app.eggbasket.ingestion.woocommerce;

import app.eggbasket.ingestion.read.StatusText;

import java.util.Map;

/**
 * WooCommerce order statuses as exports write them: the slug ({@code completed}, {@code on-hold}, with or
 * without {@code wc-}) in Analytics downloads, the display label in English or French ({@code Completed},
 * {@code Terminée}, {@code En attente}) in export plugins.
 * <ul>
 *   <li>{@code completed}, {@code processing} (paid, not yet shipped) → a sale;</li>
 *   <li>{@code refunded} → a refunded sale; {@code cancelled} → a cancelled one (no revenue);</li>
 *   <li>{@code pending} (awaiting payment), {@code on-hold} (awaiting a bank transfer or cheque),
 *       {@code failed}, {@code checkout-draft} → not a sale: the buyer never paid;</li>
 *   <li>any other status is a shop's custom status ({@code shipped}, {@code delivered}…): WooCommerce
 *       Analytics counts those in its sales, and so does Eggbasket.</li>
 * </ul>
 */
enum WooOrderStatus {
    PAID,
    REFUNDED,
    CANCELLED,
    NOT_PAID,
    CUSTOM;

    private static final Map<String, WooOrderStatus> KNOWN = Map.ofEntries(
            Map.entry("completed", PAID), Map.entry("terminee", PAID),
            Map.entry("processing", PAID), Map.entry("en cours", PAID),
            Map.entry("refunded", REFUNDED), Map.entry("remboursee", REFUNDED), Map.entry("rembourse", REFUNDED),
            Map.entry("cancelled", CANCELLED), Map.entry("canceled", CANCELLED), Map.entry("annulee", CANCELLED),
            Map.entry("annule", CANCELLED),
            Map.entry("pending", NOT_PAID), Map.entry("pending payment", NOT_PAID),
            Map.entry("attente paiement", NOT_PAID), Map.entry("en attente de paiement", NOT_PAID),
            Map.entry("on hold", NOT_PAID), Map.entry("en attente", NOT_PAID),
            Map.entry("failed", NOT_PAID), Map.entry("echouee", NOT_PAID), Map.entry("echoue", NOT_PAID),
            Map.entry("checkout draft", NOT_PAID), Map.entry("draft", NOT_PAID), Map.entry("brouillon", NOT_PAID));

    /** The status a slug or label stands for; {@link #CUSTOM} for any other non-blank text. */
    static WooOrderStatus of(String text) {
        String folded = StatusText.fold(text);
        if (folded.startsWith("wc ")) {
            folded = folded.substring(3);
        }
        return KNOWN.getOrDefault(folded, CUSTOM);
    }
}
