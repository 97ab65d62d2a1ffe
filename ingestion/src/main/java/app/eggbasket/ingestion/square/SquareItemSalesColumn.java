package app.eggbasket.ingestion.square;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of Square's "Item Sales Detail" download ({@code items-YYYY-MM-DD-YYYY-MM-DD.csv}), REFERENCE §10.
 * Three layouts are known: 35 columns (2026), 33 (May/June 2026, without {@code Commission} and
 * {@code Employee}) and 24 (2017, through {@code Customer Reference ID}). Only columns present in all three
 * are required; {@code Item} and {@code Qty} tell this file from Square's Transactions download, which
 * shares {@code Date}, {@code Time Zone}, {@code Gross Sales}, {@code Transaction ID} and {@code Event Type}.
 * No French-locale Square export is known, so only the English labels are listed.
 */
enum SquareItemSalesColumn implements ColumnName {
    DATE(identifying("Date")),
    TIME(identifying("Time")),
    TIME_ZONE(identifying("Time Zone")),
    CATEGORY(optional("Category")),
    ITEM(identifying("Item")),
    QTY(identifying("Qty")),
    PRICE_POINT_NAME(optional("Price Point Name")),
    SKU(optional("SKU")),
    GROSS_SALES(identifying("Gross Sales")),
    DISCOUNTS(identifying("Discounts")),
    NET_SALES(identifying("Net Sales")),
    TAX(optional("Tax")),
    TRANSACTION_ID(identifying("Transaction ID")),
    PAYMENT_ID(optional("Payment ID")),
    EVENT_TYPE(identifying("Event Type")),
    LOCATION(optional("Location")),
    CUSTOMER_ID(optional("Customer ID")),
    CUSTOMER_NAME(optional("Customer Name")),
    CUSTOMER_REFERENCE_ID(optional("Customer Reference ID")),
    ITEMIZATION_TYPE(optional("Itemization Type")),
    COMMISSION(optional("Commission")),
    CHANNEL(optional("Channel")),
    TOKEN(optional("Token"));
    private final ColumnLabels spec;

    SquareItemSalesColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
