package app.eggbasket.ingestion.mapping;

import app.eggbasket.ingestion.read.HeaderNames;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.util.HashMap;
import java.util.Map;

/**
 * The usual words for an order's state in English and French exports, so that a mapped status column
 * needs no value-by-value table in the common cases. A seller's {@link ColumnMapping#statusValues()} win.
 */
public final class StatusWords {

    private static final Map<String, SaleStatus> WORDS = new HashMap<>();

    static {
        for (String w : new String[]{"completed", "complete", "paid", "shipped", "delivered", "sold", "ok", "closed",
                "terminée", "terminee", "payée", "payee", "payé", "paye", "expédiée", "expediee", "expédiée",
                "envoyée", "envoyee", "livrée", "livree", "vendu", "vendue", "validée", "validee"}) {
            WORDS.put(HeaderNames.normalise(w), SaleStatus.COMPLETED);
        }
        for (String w : new String[]{"cancelled", "canceled", "void", "voided", "annulée", "annulee", "annulé", "annule"}) {
            WORDS.put(HeaderNames.normalise(w), SaleStatus.CANCELLED);
        }
        for (String w : new String[]{"refunded", "remboursée", "remboursee", "remboursé", "rembourse"}) {
            WORDS.put(HeaderNames.normalise(w), SaleStatus.REFUNDED);
        }
        for (String w : new String[]{"partially refunded", "partial refund", "partiellement remboursée",
                "partiellement remboursee", "remboursement partiel"}) {
            WORDS.put(HeaderNames.normalise(w), SaleStatus.PARTIALLY_REFUNDED);
        }
    }

    private StatusWords() {
    }

    /** The status a word means, or null when it is not a known word. */
    public static SaleStatus of(String value) {
        return value == null ? null : WORDS.get(HeaderNames.normalise(value));
    }
}
