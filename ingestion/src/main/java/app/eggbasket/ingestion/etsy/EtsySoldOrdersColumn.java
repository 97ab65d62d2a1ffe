package app.eggbasket.ingestion.etsy;

import app.eggbasket.ingestion.read.ColumnName;

import java.util.List;

/** Columns of Etsy's "Orders" download ({@code EtsySoldOrders<YYYY>.csv}), en-US and en-GB labels. */
enum EtsySoldOrdersColumn implements ColumnName {
    SALE_DATE(true, "Sale Date"),
    ORDER_ID(true, "Order ID"),
    BUYER_USER_ID(false, "Buyer User ID"),
    FULL_NAME(false, "Full Name"),
    NUMBER_OF_ITEMS(true, "Number of Items"),
    SHIP_COUNTRY(false, "Ship Country", "Delivery Country"),
    CURRENCY(true, "Currency"),
    ORDER_VALUE(true, "Order Value"),
    DISCOUNT_AMOUNT(true, "Discount Amount"),
    SHIPPING(true, "Shipping", "Delivery"),
    SALES_TAX(true, "Sales Tax"),
    ORDER_TOTAL(true, "Order Total"),
    STATUS(false, "Status"),
    CARD_PROCESSING_FEES(true, "Card Processing Fees"),
    ORDER_NET(true, "Order Net"),
    ADJUSTED_ORDER_TOTAL(false, "Adjusted Order Total"),
    ADJUSTED_CARD_PROCESSING_FEES(false, "Adjusted Card Processing Fees"),
    BUYER(false, "Buyer"),
    SKU(false, "SKU");

    private final boolean required;
    private final List<String> labels;

    EtsySoldOrdersColumn(boolean required, String... labels) {
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
