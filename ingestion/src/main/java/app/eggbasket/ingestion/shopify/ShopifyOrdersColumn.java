package app.eggbasket.ingestion.shopify;

import app.eggbasket.ingestion.read.ColumnName;

import java.util.List;

/** Columns of Shopify's Orders → Export ({@code orders_export_1.csv}); older exports hold a prefix of them. */
enum ShopifyOrdersColumn implements ColumnName {
    NAME(true, "Name"),
    EMAIL(false, "Email"),
    FINANCIAL_STATUS(true, "Financial Status"),
    CURRENCY(true, "Currency"),
    SUBTOTAL(true, "Subtotal"),
    SHIPPING(true, "Shipping"),
    TAXES(true, "Taxes"),
    TOTAL(true, "Total"),
    DISCOUNT_AMOUNT(true, "Discount Amount"),
    CREATED_AT(true, "Created at"),
    LINEITEM_QUANTITY(true, "Lineitem quantity"),
    LINEITEM_NAME(true, "Lineitem name"),
    LINEITEM_PRICE(true, "Lineitem price"),
    LINEITEM_SKU(false, "Lineitem sku"),
    BILLING_COUNTRY(false, "Billing Country"),
    SHIPPING_COUNTRY(false, "Shipping Country"),
    CANCELLED_AT(false, "Cancelled at", "Canceled at"),
    REFUNDED_AMOUNT(false, "Refunded Amount"),
    SOURCE(false, "Source");

    private final boolean required;
    private final List<String> labels;

    ShopifyOrdersColumn(boolean required, String... labels) {
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
