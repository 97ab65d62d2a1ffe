package app.eggbasket.ingestion.ebay;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The summary row of a multi-item order in the Orders report: order-level values its item rows lack
 * (buyer, country, date) or must not repeat (shipping and tax of the whole order, null when the
 * summary row leaves them blank).
 */
record EbayOrderSummary(String salesRecordNumber, String orderNumber, Instant orderedAt, String currency,
                        String buyer, String country, BigDecimal shipping, BigDecimal tax) {

    /** Whether an item row (its own order number and sales record number, either may be blank) belongs here. */
    boolean owns(String rowOrderNumber, String rowSalesRecordNumber) {
        if (rowOrderNumber != null) {
            return rowOrderNumber.equals(orderNumber);
        }
        return rowSalesRecordNumber != null && rowSalesRecordNumber.equals(salesRecordNumber);
    }
}
