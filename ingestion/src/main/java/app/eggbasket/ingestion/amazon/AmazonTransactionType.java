package app.eggbasket.ingestion.amazon;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * What a row of the transaction report is, from its {@code type} (REFERENCE §5c; English and amazon.fr
 * values). Every type that is neither a sale, a refund nor a transfer (Service Fee, FBA Inventory Fee,
 * Adjustment, Lightning Deal Fee, Cost of Advertising, Retrocharge…) moves money that belongs to no sale.
 */
enum AmazonTransactionType {
    /** {@code Order} / {@code Commande}: a sale of the order, with its fees. */
    ORDER,
    /** {@code Refund} / {@code Remboursement} (and chargebacks, A-to-z claims): money given back on the order. */
    REFUND,
    /** {@code Transfer} / {@code Transfert}: the balance paid out to the seller's bank. */
    TRANSFER,
    /** Any other type: fees, subscriptions, adjustments, reimbursements. */
    NON_ORDER;

    private static final Set<String> ORDERS = Set.of("order", "commande");
    private static final Set<String> REFUNDS = Set.of("refund", "remboursement", "chargeback refund",
            "a-to-z guarantee claim");
    private static final Set<String> TRANSFERS = Set.of("transfer", "transfert");

    static AmazonTransactionType of(String type) {
        String folded = fold(type);
        if (ORDERS.contains(folded)) {
            return ORDER;
        }
        if (REFUNDS.contains(folded)) {
            return REFUND;
        }
        if (TRANSFERS.contains(folded)) {
            return TRANSFER;
        }
        return NON_ORDER;
    }

    /** Lower case, accents removed, spaces collapsed. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
