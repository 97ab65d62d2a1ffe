package app.eggbasket.ingestion.amazon;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of Amazon's "All Orders" flat file (REFERENCE §5a): machine names, never localised; newer reports
 * append columns. Seller Central's help page names the quantity column {@code quantity-purchased}.
 */
enum AmazonAllOrdersColumn implements ColumnName {
    AMAZON_ORDER_ID(identifying("amazon-order-id")),
    MERCHANT_ORDER_ID(optional("merchant-order-id")),
    PURCHASE_DATE(identifying("purchase-date")),
    LAST_UPDATED_DATE(identifying("last-updated-date")),
    ORDER_STATUS(identifying("order-status")),
    FULFILLMENT_CHANNEL(identifying("fulfillment-channel")),
    SALES_CHANNEL(identifying("sales-channel")),
    PRODUCT_NAME(optional("product-name")),
    SKU(identifying("sku")),
    ASIN(identifying("asin")),
    ITEM_STATUS(optional("item-status")),
    QUANTITY(identifying("quantity", "quantity-purchased")),
    CURRENCY(identifying("currency")),
    ITEM_PRICE(identifying("item-price")),
    ITEM_TAX(optional("item-tax")),
    SHIPPING_PRICE(optional("shipping-price")),
    SHIPPING_TAX(optional("shipping-tax")),
    GIFT_WRAP_PRICE(optional("gift-wrap-price")),
    GIFT_WRAP_TAX(optional("gift-wrap-tax")),
    ITEM_PROMOTION_DISCOUNT(optional("item-promotion-discount")),
    SHIP_PROMOTION_DISCOUNT(optional("ship-promotion-discount")),
    SHIP_COUNTRY(optional("ship-country"));

    private final ColumnLabels spec;

    AmazonAllOrdersColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
