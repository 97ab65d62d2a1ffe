package app.eggbasket.ingestion.ebay;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of eBay Seller Hub's "Orders" report read by Eggbasket (REFERENCE §6a): US labels, the German
 * labels REFERENCE quotes (eBay.de), and the UK {@code Post to …} spelling of the ship-to country.
 * {@code Postage And Packaging} (UK shipping) is inferred from the UK {@code Post to …} labels, not seen.
 */
enum EbayOrdersColumn implements ColumnName {
    SALES_RECORD_NUMBER(identifying("Sales Record Number", "Verkaufsprotokollnummer")),
    ORDER_NUMBER(identifying("Order Number", "Bestellnummer")),
    BUYER_USERNAME(optional("Buyer Username", "Nutzername des Käufers")),
    BUYER_NAME(optional("Buyer Name", "Name des Käufers")),
    BUYER_EMAIL(optional("Buyer Email")),
    BUYER_COUNTRY(optional("Buyer Country")),
    SHIP_TO_COUNTRY(optional("Ship To Country", "Post to country")),
    ITEM_NUMBER(optional("Item Number")),
    ITEM_TITLE(optional("Item Title")),
    CUSTOM_LABEL(optional("Custom Label")),
    QUANTITY(optional("Quantity")),
    SOLD_FOR(optional("Sold For")),
    SHIPPING_AND_HANDLING(optional("Shipping And Handling", "Postage And Packaging")),
    SELLER_COLLECTED_TAX(optional("Seller Collected Tax")),
    EBAY_COLLECTED_TAX(optional("eBay Collected Tax")),
    TOTAL_PRICE(identifying("Total Price", "Gesamtbetrag")),
    SALE_DATE(identifying("Sale Date", "Verkauft am")),
    TRANSACTION_ID(optional("Transaction ID"));

    private final ColumnLabels spec;

    EbayOrdersColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
