package app.eggbasket.ingestion.prestashop;

import app.eggbasket.ingestion.read.StatusText;

import java.util.List;
import java.util.Optional;

/**
 * What a PrestaShop order-state name says about the sale. The export writes the state's name in the
 * back-office language (REFERENCE §4); shops rename states and payment modules add their own, so the
 * name is read by its words, in this order (first match wins):
 * <ol>
 *   <li>a partial refund ({@code Remboursement partiel}, {@code Partial refund}) — the export does not
 *       say how much was refunded, so the row cannot be read;</li>
 *   <li>{@code Remboursé} / {@code Refunded} → REFUNDED;</li>
 *   <li>{@code Annulé} / {@code Canceled} → CANCELLED;</li>
 *   <li>{@code Erreur de paiement} / {@code Payment error}, failed → not a sale;</li>
 *   <li>{@code (non payé)} / {@code (not paid)} → not a sale, then {@code (payé)} / {@code (paid)} → sale
 *       (the two back-order states);</li>
 *   <li>{@code En attente…} / {@code Awaiting…}, waiting, pending → not a sale (payment not received);</li>
 *   <li>{@code Paiement accepté}, {@code Paiement à distance accepté}, {@code En cours de préparation},
 *       {@code Expédié}, {@code Livré} and their English names → COMPLETED.</li>
 * </ol>
 * Any other name is unknown: the row is rejected naming the state, rather than counted or dropped silently.
 */
enum PrestashopOrderState {
    PARTIALLY_REFUNDED,
    REFUNDED,
    CANCELLED,
    NOT_PAID,
    PAID;

    private record Rule(PrestashopOrderState state, List<String> words) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(PARTIALLY_REFUNDED, List.of("remboursement partiel", "partiellement rembourse", "partial refund",
                    "partially refunded")),
            new Rule(REFUNDED, List.of("rembours", "refund")),
            new Rule(CANCELLED, List.of("annul", "cancel")),
            new Rule(NOT_PAID, List.of("erreur", "error", "echec", "echoue", "failed")),
            new Rule(NOT_PAID, List.of("non paye", "not paid", "unpaid")),
            new Rule(PAID, List.of("(paye)", "(paid)")),
            new Rule(NOT_PAID, List.of("attente", "awaiting", "waiting", "pending")),
            new Rule(PAID, List.of("paiement accepte", "payment accepted", "paiement a distance accepte",
                    "remote payment accepted", "preparation", "processing in progress", "expedie", "shipped",
                    "livre", "delivered", "paye", "paid")));

    /** The state a name stands for, or empty when no rule knows it. */
    static Optional<PrestashopOrderState> of(String name) {
        String folded = StatusText.fold(name);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            if (rule.words.stream().anyMatch(folded::contains)) {
                return Optional.of(rule.state);
            }
        }
        return Optional.empty();
    }
}
