package app.eggbasket.ingestion.etsy;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/** Columns of Etsy's "Order Items" download ({@code EtsySoldOrderItems<YYYY>.csv}), en-US and en-GB labels. */
enum EtsySoldOrderItemsColumn implements ColumnName {
    SALE_DATE(identifying("Sale Date")),
    ITEM_NAME(identifying("Item Name")),
    BUYER(optional("Buyer")),
    QUANTITY(identifying("Quantity")),
    PRICE(identifying("Price")),
    DISCOUNT_AMOUNT(identifying("Discount Amount")),
    SHIPPING_DISCOUNT(optional("Shipping Discount", "Delivery Discount")),
    ORDER_SHIPPING(identifying("Order Shipping", "Order Delivery")),
    ORDER_SALES_TAX(identifying("Order Sales Tax")),
    ITEM_TOTAL(identifying("Item Total")),
    CURRENCY(identifying("Currency")),
    TRANSACTION_ID(identifying("Transaction ID")),
    LISTING_ID(optional("Listing ID")),
    SHIP_NAME(optional("Ship Name", "Delivery Name")),
    SHIP_COUNTRY(optional("Ship Country", "Delivery Country")),
    ORDER_ID(identifying("Order ID")),
    VAT_PAID_BY_BUYER(optional("VAT Paid by Buyer")),
    SKU(optional("SKU"));
    private final ColumnLabels spec;

    EtsySoldOrderItemsColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
