package app.eggbasket.ingestion.template;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of Eggbasket's own sales template (REFERENCE §13), in English and French, for cash sales,
 * wholesale, and platforms that are gone (A Little Market, DaWanda history). The first label of each
 * column is the English header, the second the French one.
 */
public enum TemplateColumn implements ColumnName {
    ORDER_ID(optional("order_id", "commande")),
    DATE(identifying("date", "date")),
    CHANNEL(identifying("channel", "canal")),
    KIND(optional("channel_kind", "type_de_canal")),
    ITEM(optional("item", "article")),
    SKU(optional("sku", "référence")),
    QUANTITY(optional("quantity", "quantité")),
    UNIT_PRICE(optional("unit_price", "prix_unitaire")),
    GROSS_AMOUNT(identifying("gross_amount", "montant_brut")),
    DISCOUNT(optional("discount", "remise")),
    SHIPPING(optional("shipping", "livraison")),
    TAX(optional("tax", "tva")),
    FEES(optional("fees", "frais")),
    REFUND(optional("refund", "remboursement")),
    CURRENCY(optional("currency", "devise")),
    BUYER_ID(optional("buyer_id", "client")),
    COUNTRY(optional("country", "pays")),
    PAYMENT_METHOD(optional("payment_method", "moyen_de_paiement")),
    NOTE(optional("note", "note"));

    private final ColumnLabels spec;

    TemplateColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }

    /** The header label in English ({@code false}) or French ({@code true}). */
    public String header(boolean french) {
        return labels().get(french ? 1 : 0);
    }
}
