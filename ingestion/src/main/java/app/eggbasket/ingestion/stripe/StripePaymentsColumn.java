package app.eggbasket.ingestion.stripe;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of Stripe's Payments → Export (REFERENCE §8): the legacy {@code payments.csv} and the current
 * {@code unified_payments.csv}. The seller picks the columns, so only five identify the file: {@code id},
 * the creation date ({@code Created date (UTC)} in the unified export, {@code Created (UTC)} in the legacy
 * one), {@code Amount}, {@code Currency} and {@code Status}. Every other column is read by name when present.
 * Stripe does not translate its export headers.
 */
enum StripePaymentsColumn implements ColumnName {
    ID(identifying("id")),
    CREATED(identifying("Created date (UTC)", "Created (UTC)")),
    AMOUNT(identifying("Amount")),
    CURRENCY(identifying("Currency")),
    STATUS(identifying("Status")),
    AMOUNT_REFUNDED(optional("Amount Refunded")),
    CAPTURED(optional("Captured")),
    CONVERTED_AMOUNT(optional("Converted Amount")),
    CONVERTED_CURRENCY(optional("Converted Currency")),
    FEE(optional("Fee")),
    MODE(optional("Mode")),
    DESCRIPTION(optional("Description")),
    PAYMENT_INTENT_ID(optional("PaymentIntent ID")),
    CUSTOMER_ID(optional("Customer ID")),
    CUSTOMER_EMAIL(optional("Customer Email")),
    CARD_FINGERPRINT(optional("Card Fingerprint")),
    SHIPPING_ADDRESS_COUNTRY(optional("Shipping Address Country")),
    CARD_ADDRESS_COUNTRY(optional("Card Address Country")),
    CARD_ISSUE_COUNTRY(optional("Card Issue Country"));
    private final ColumnLabels spec;

    StripePaymentsColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
