package app.eggbasket.ingestion.square;

import app.eggbasket.ingestion.read.ColumnName;

import java.util.List;

/**
 * Columns of Square's "Item Sales Detail" download ({@code items-YYYY-MM-DD-YYYY-MM-DD.csv}), REFERENCE §10.
 * Three layouts are known: 35 columns (2026), 33 (May/June 2026, without {@code Commission} and
 * {@code Employee}) and 24 (2017, through {@code Customer Reference ID}). Only columns present in all three
 * are required; {@code Item} and {@code Qty} tell this file from Square's Transactions download, which
 * shares {@code Date}, {@code Time Zone}, {@code Gross Sales}, {@code Transaction ID} and {@code Event Type}.
 * No French-locale Square export is known, so only the English labels are listed.
 */
enum SquareItemSalesColumn implements ColumnName {
    DATE(true, "Date"),
    TIME(true, "Time"),
    TIME_ZONE(true, "Time Zone"),
    CATEGORY(false, "Category"),
    ITEM(true, "Item"),
    QTY(true, "Qty"),
    PRICE_POINT_NAME(false, "Price Point Name"),
    SKU(false, "SKU"),
    GROSS_SALES(true, "Gross Sales"),
    DISCOUNTS(true, "Discounts"),
    NET_SALES(true, "Net Sales"),
    TAX(false, "Tax"),
    TRANSACTION_ID(true, "Transaction ID"),
    PAYMENT_ID(false, "Payment ID"),
    EVENT_TYPE(true, "Event Type"),
    LOCATION(false, "Location"),
    CUSTOMER_ID(false, "Customer ID"),
    CUSTOMER_NAME(false, "Customer Name"),
    CUSTOMER_REFERENCE_ID(false, "Customer Reference ID"),
    ITEMIZATION_TYPE(false, "Itemization Type"),
    COMMISSION(false, "Commission"),
    CHANNEL(false, "Channel"),
    TOKEN(false, "Token");

    private final boolean required;
    private final List<String> labels;

    SquareItemSalesColumn(boolean required, String... labels) {
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
