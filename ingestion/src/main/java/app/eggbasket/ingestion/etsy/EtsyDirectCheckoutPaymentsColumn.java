package app.eggbasket.ingestion.etsy;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of Etsy's payments download ({@code EtsyDirectCheckoutPayments<YYYY>-<M>.csv}, REFERENCE §1d). The
 * identifying ones are those of a German seller's real file, which holds a subset of the full 26 columns.
 */
enum EtsyDirectCheckoutPaymentsColumn implements ColumnName {
    PAYMENT_ID(identifying("Payment ID")),
    BUYER_USERNAME(optional("Buyer Username")),
    BUYER_NAME(optional("Buyer Name")),
    ORDER_ID(identifying("Order ID")),
    GROSS_AMOUNT(identifying("Gross Amount")),
    FEES(identifying("Fees")),
    NET_AMOUNT(identifying("Net Amount")),
    ADJUSTED_GROSS(optional("Adjusted Gross")),
    ADJUSTED_FEES(optional("Adjusted Fees")),
    ADJUSTED_NET(optional("Adjusted Net")),
    CURRENCY(identifying("Currency")),
    LISTING_AMOUNT(optional("Listing Amount")),
    LISTING_CURRENCY(optional("Listing Currency")),
    VAT_AMOUNT(optional("VAT Amount")),
    STATUS(optional("Status")),
    ORDER_DATE(identifying("Order Date")),
    BUYER(optional("Buyer")),
    REFUND_AMOUNT(optional("Refund Amount"));
    private final ColumnLabels spec;

    EtsyDirectCheckoutPaymentsColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
