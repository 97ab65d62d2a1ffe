package app.eggbasket.ingestion.woocommerce;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of WooCommerce Analytics → Orders → Download (REFERENCE §3a): current English labels
 * ({@code Date,Order #,Status,Customer,Customer type,Payment method,Product(s),Items sold,Coupon(s),Net sales,Attribution}),
 * the French translation seen in a public file, and the older server-side export's {@code N. Revenue}.
 */
enum WooAnalyticsOrdersColumn implements ColumnName {
    DATE(identifying("Date")),
    ORDER_NUMBER(identifying("Order #", "Commande n°")),
    STATUS(identifying("Status", "État")),
    CUSTOMER(optional("Customer", "Client")),
    CUSTOMER_TYPE(identifying("Customer type", "Type de client")),
    PAYMENT_METHOD(optional("Payment method")),
    PRODUCTS(identifying("Product(s)", "Produit(s)")),
    ITEMS_SOLD(identifying("Items sold", "Articles vendus")),
    COUPONS(optional("Coupon(s)", "Code(s) promo")),
    NET_SALES(identifying("Net sales", "Ventes nettes", "N. Revenue")),
    NET_REVENUE_FORMATTED(optional("N. Revenue (formatted)")),
    ATTRIBUTION(optional("Attribution"));

    private final ColumnLabels spec;

    WooAnalyticsOrdersColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
