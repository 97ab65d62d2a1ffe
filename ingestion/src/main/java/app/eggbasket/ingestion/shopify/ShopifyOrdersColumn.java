package app.eggbasket.ingestion.shopify;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/** Columns of Shopify's Orders → Export ({@code orders_export_1.csv}); older exports hold a prefix of them. */
enum ShopifyOrdersColumn implements ColumnName {
    NAME(identifying("Name")),
    EMAIL(optional("Email")),
    FINANCIAL_STATUS(identifying("Financial Status")),
    CURRENCY(identifying("Currency")),
    SUBTOTAL(identifying("Subtotal")),
    SHIPPING(identifying("Shipping")),
    TAXES(identifying("Taxes")),
    TOTAL(identifying("Total")),
    DISCOUNT_AMOUNT(identifying("Discount Amount")),
    CREATED_AT(identifying("Created at")),
    LINEITEM_QUANTITY(identifying("Lineitem quantity")),
    LINEITEM_NAME(identifying("Lineitem name")),
    LINEITEM_PRICE(identifying("Lineitem price")),
    LINEITEM_SKU(optional("Lineitem sku")),
    BILLING_COUNTRY(optional("Billing Country")),
    SHIPPING_COUNTRY(optional("Shipping Country")),
    CANCELLED_AT(optional("Cancelled at", "Canceled at")),
    REFUNDED_AMOUNT(optional("Refunded Amount")),
    SOURCE(optional("Source"));
    private final ColumnLabels spec;

    ShopifyOrdersColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
