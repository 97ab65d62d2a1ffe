package app.eggbasket.ingestion.etsy;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/** Columns of Etsy's "Orders" download ({@code EtsySoldOrders<YYYY>.csv}), en-US and en-GB labels. */
enum EtsySoldOrdersColumn implements ColumnName {
    SALE_DATE(identifying("Sale Date")),
    ORDER_ID(identifying("Order ID")),
    BUYER_USER_ID(optional("Buyer User ID")),
    FULL_NAME(optional("Full Name")),
    NUMBER_OF_ITEMS(identifying("Number of Items")),
    SHIP_COUNTRY(optional("Ship Country", "Delivery Country")),
    CURRENCY(identifying("Currency")),
    ORDER_VALUE(identifying("Order Value")),
    DISCOUNT_AMOUNT(identifying("Discount Amount")),
    SHIPPING(identifying("Shipping", "Delivery")),
    SALES_TAX(identifying("Sales Tax")),
    ORDER_TOTAL(identifying("Order Total")),
    STATUS(optional("Status")),
    CARD_PROCESSING_FEES(identifying("Card Processing Fees")),
    ORDER_NET(identifying("Order Net")),
    ADJUSTED_ORDER_TOTAL(optional("Adjusted Order Total")),
    ADJUSTED_CARD_PROCESSING_FEES(optional("Adjusted Card Processing Fees")),
    BUYER(optional("Buyer")),
    SKU(optional("SKU"));
    private final ColumnLabels spec;

    EtsySoldOrdersColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
