package app.eggbasket.ingestion.woocommerce;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of "Advanced Order Export For WooCommerce" (AlgolPlus) as in the real 2018 user file REFERENCE §3b
 * quotes, with the plugin's later label {@code Item Name} for {@code Name}. The identifying columns are the
 * ones the amounts need; the plugin lets users drop or rename the others.
 */
enum WooOrderExportColumn implements ColumnName {
    ORDER_NUMBER(identifying("Order Number")),
    ORDER_STATUS(identifying("Order Status")),
    ORDER_DATE(identifying("Order Date")),
    EMAIL_BILLING(optional("Email (Billing)")),
    COUNTRY_BILLING(optional("Country Code (Billing)")),
    COUNTRY_SHIPPING(optional("Country Code (Shipping)")),
    ITEM_NUMBER(optional("Item #")),
    SKU(optional("SKU")),
    NAME(optional("Name", "Item Name")),
    QUANTITY(identifying("Quantity")),
    LINE_SUBTOTAL(optional("Order Line Subtotal")),
    LINE_TAX(optional("Order Line Tax")),
    LINE_TOTAL(identifying("Order Line Total")),
    LINE_TOTAL_REFUNDED(optional("Order Line Total Refunded")),
    ORDER_SHIPPING(optional("Order Shipping Amount")),
    ORDER_REFUND(optional("Order Refund Amount")),
    ORDER_TOTAL(identifying("Order Total Amount")),
    ORDER_TOTAL_TAX(optional("Order Total Tax Amount")),
    CURRENCY(optional("Currency", "Order Currency"));

    private final ColumnLabels spec;

    WooOrderExportColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
