package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.read.HeaderNames;

import java.text.Normalizer;
import java.util.List;

/**
 * What one PayPal ledger movement is, from its {@code Type} (activity download) or {@code Description}
 * (statement) in English, French or German, and the sign of its gross amount. Only payments received
 * are sales and only refunds given back to a buyer reduce them; everything else is skipped with a
 * reason in plain words. Checks run from the most specific wording to the most general, so that
 * {@code Payment Hold}, {@code Payment Refund} or {@code Reversal of General Account Hold} are never
 * taken for payments.
 */
final class PaypalTransactionType {

    enum Kind { SALE, REFUND, SKIP }

    record Verdict(Kind kind, String reason) {
        static Verdict sale() {
            return new Verdict(Kind.SALE, null);
        }

        static Verdict refund() {
            return new Verdict(Kind.REFUND, null);
        }

        static Verdict skip(String reason) {
            return new Verdict(Kind.SKIP, reason);
        }
    }

    private static final List<String> WITHDRAWAL = List.of("withdrawal", "retrait", "abbuchung", "auszahlung");
    private static final List<String> CONVERSION = List.of("conversion", "umrechnung");
    private static final List<String> HOLD = List.of("hold", "release", "reserve", "blocage", "debloc", "liberation",
            "einbehalt", "freigabe", "zuruckbehalt");
    private static final List<String> AUTHORISATION = List.of("authoriz", "authoris", "autoris", "autorisierung");
    private static final List<String> TRANSFER = List.of("transfer", "virement", "deposit", "depot", "approvisionnement",
            "uberweisung", "einzahlung", "ajout de fonds", "add funds");
    private static final List<String> REFUND = List.of("refund", "rembours", "chargeback", "retrofacturation",
            "ruckzahlung", "erstattung", "payment reversal", "annulation de paiement");
    private static final List<String> FEE_ONLY = List.of("fee", "frais", "gebuhr");
    private static final List<String> PAYMENT = List.of("payment", "paiement", "zahlung", "checkout", "purchase",
            "achat");

    private PaypalTransactionType() {
    }

    /**
     * @param type  the Type or Description text, may be null
     * @param gross the signed gross amount
     */
    static Verdict classify(String type, int grossSign) {
        String t = fold(type);
        if (containsAny(t, WITHDRAWAL)) {
            return Verdict.skip("withdrawal to a bank account, not a sale");
        }
        if (containsAny(t, CONVERSION)) {
            return Verdict.skip("currency conversion between PayPal balances, not a sale");
        }
        if (containsAny(t, HOLD)) {
            return Verdict.skip("money held or released by PayPal, not a sale");
        }
        if (containsAny(t, AUTHORISATION)) {
            return Verdict.skip("card authorisation, no money moved yet, not a sale");
        }
        if (containsAny(t, TRANSFER)) {
            return Verdict.skip("transfer to or from a bank account or card, not a sale");
        }
        if (containsAny(t, REFUND)) {
            if (grossSign < 0) {
                return Verdict.refund();
            }
            return Verdict.skip("refund received on something you bought, not a sale");
        }
        if (containsAny(t, PAYMENT)) {
            if (grossSign > 0) {
                return Verdict.sale();
            }
            if (grossSign < 0) {
                return Verdict.skip("payment sent by you, not a sale");
            }
            return Verdict.skip("payment of zero, not a sale");
        }
        if (containsAny(t, FEE_ONLY)) {
            return Verdict.skip("PayPal fee on its own, not a sale");
        }
        return Verdict.skip("'" + (type == null ? "" : type.trim()) + "' is not a payment received, not a sale");
    }

    /** Lower case without accents or punctuation differences: {@code Rückzahlung} → {@code ruckzahlung}. */
    static String fold(String text) {
        String normalised = HeaderNames.normalise(text);
        return Normalizer.normalize(normalised, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
