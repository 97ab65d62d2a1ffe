package app.eggbasket.ingestion.amazon;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of Amazon's Date Range "Transaction" report (REFERENCE §5c): the US 2017 layout, the US 2020s
 * layout (product sales tax, Regulatory Fee…), UK spellings ({@code postage credits}, {@code fulfilment})
 * and the amazon.fr labels, older ({@code numéro de versement}) and newer ({@code Identifiant du paiement},
 * {@code site de vente}). No German labels are known. The money columns that every layout has, with
 * {@code date/time}, {@code settlement id}, {@code type} and {@code order id}, identify the report.
 */
enum AmazonTransactionColumn implements ColumnName {
    DATE_TIME(identifying("date/time", "date/heure")),
    SETTLEMENT_ID(identifying("settlement id", "numéro de versement", "Identifiant du paiement")),
    TYPE(identifying("type")),
    ORDER_ID(identifying("order id", "numéro de la commande")),
    SKU(optional("sku")),
    DESCRIPTION(optional("description")),
    QUANTITY(optional("quantity", "quantité")),
    MARKETPLACE(optional("marketplace", "site de vente")),
    FULFILLMENT(optional("fulfillment", "fulfilment", "traitement")),
    PRODUCT_SALES(identifying("product sales", "ventes de produits")),
    PRODUCT_SALES_TAX(optional("product sales tax", "Taxes sur la vente des produits")),
    SHIPPING_CREDITS(optional("shipping credits", "postage credits", "crédits d'expédition")),
    SHIPPING_CREDITS_TAX(optional("shipping credits tax", "taxe sur les crédits d’expédition")),
    GIFT_WRAP_CREDITS(optional("gift wrap credits", "crédits sur l'emballage cadeau")),
    GIFT_WRAP_CREDITS_TAX(optional("giftwrap credits tax", "Taxes sur les crédits cadeaux")),
    REGULATORY_FEE(optional("Regulatory Fee")),
    TAX_ON_REGULATORY_FEE(optional("Tax On Regulatory Fee")),
    PROMOTIONAL_REBATES(optional("promotional rebates", "Rabais promotionnels")),
    PROMOTIONAL_REBATES_TAX(optional("promotional rebates tax", "Taxes sur les remises promotionnelles")),
    SALES_TAX_COLLECTED(optional("sales tax collected")),
    MARKETPLACE_FACILITATOR_TAX(optional("Marketplace Facilitator Tax")),
    MARKETPLACE_WITHHELD_TAX(optional("marketplace withheld tax", "Taxes retenues sur le site de vente")),
    SELLING_FEES(identifying("selling fees", "frais de vente")),
    FBA_FEES(identifying("fba fees", "Frais Expédié par Amazon")),
    OTHER_TRANSACTION_FEES(identifying("other transaction fees", "autres frais de transaction")),
    OTHER(identifying("other", "autre")),
    TOTAL(identifying("total"));

    private final ColumnLabels spec;

    AmazonTransactionColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
