package app.eggbasket.ingestion.sale;

/** State of a sale line after refunds and cancellations (DESIGN §3). */
public enum SaleStatus {
    COMPLETED,
    PARTIALLY_REFUNDED,
    REFUNDED,
    /** Cancelled or voided: the line carries no revenue. */
    CANCELLED
}
