package app.eggbasket.ingestion.etsy;

import app.eggbasket.ingestion.read.ColumnName;

import java.util.List;

/** Columns of Etsy's "Order Items" download ({@code EtsySoldOrderItems<YYYY>.csv}), en-US and en-GB labels. */
enum EtsySoldOrderItemsColumn implements ColumnName {
    SALE_DATE(true, "Sale Date"),
    ITEM_NAME(true, "Item Name"),
    BUYER(false, "Buyer"),
    QUANTITY(true, "Quantity"),
    PRICE(true, "Price"),
    DISCOUNT_AMOUNT(true, "Discount Amount"),
    SHIPPING_DISCOUNT(false, "Shipping Discount", "Delivery Discount"),
    ORDER_SHIPPING(true, "Order Shipping", "Order Delivery"),
    ORDER_SALES_TAX(true, "Order Sales Tax"),
    ITEM_TOTAL(true, "Item Total"),
    CURRENCY(true, "Currency"),
    TRANSACTION_ID(true, "Transaction ID"),
    LISTING_ID(false, "Listing ID"),
    SHIP_NAME(false, "Ship Name", "Delivery Name"),
    SHIP_COUNTRY(false, "Ship Country", "Delivery Country"),
    ORDER_ID(true, "Order ID"),
    VAT_PAID_BY_BUYER(false, "VAT Paid by Buyer"),
    SKU(false, "SKU");

    private final boolean required;
    private final List<String> labels;

    EtsySoldOrderItemsColumn(boolean required, String... labels) {
        this.required = required;
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public boolean required() {
        return required;
    }
}
