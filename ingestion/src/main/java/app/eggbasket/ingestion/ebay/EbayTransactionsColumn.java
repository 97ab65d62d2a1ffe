package app.eggbasket.ingestion.ebay;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of eBay's Payments "Transaction report" read by Eggbasket (REFERENCE §6b): English labels and
 * the German ones REFERENCE quotes (with the mojibake spelling one eBay.de file showed).
 */
enum EbayTransactionsColumn implements ColumnName {
    TRANSACTION_CREATION_DATE(identifying("Transaction creation date", "Datum der Transaktionserstellung")),
    TYPE(identifying("Type", "Typ")),
    ORDER_NUMBER(identifying("Order number", "Bestellnummer")),
    BUYER_USERNAME(optional("Buyer username")),
    BUYER_NAME(optional("Buyer name")),
    SHIP_TO_COUNTRY(optional("Ship to country")),
    NET_AMOUNT(identifying("Net amount", "Betrag abzügl. Kosten", "Betrag abzÃ¼gl. Kosten")),
    PAYOUT_CURRENCY(optional("Payout currency")),
    ITEM_ID(optional("Item ID")),
    TRANSACTION_ID(optional("Transaction ID")),
    ITEM_TITLE(optional("Item title")),
    CUSTOM_LABEL(optional("Custom label")),
    QUANTITY(optional("Quantity")),
    ITEM_SUBTOTAL(optional("Item subtotal")),
    SHIPPING_AND_HANDLING(optional("Shipping and handling")),
    SELLER_COLLECTED_TAX(optional("Seller collected tax")),
    EBAY_COLLECTED_TAX(optional("eBay collected tax")),
    FINAL_VALUE_FEE_FIXED(optional("Final Value Fee - fixed", "Fixer Anteil der Verkaufsprovision")),
    FINAL_VALUE_FEE_VARIABLE(optional("Final Value Fee - variable", "Variabler Anteil der Verkaufsprovision")),
    REGULATORY_OPERATING_FEE(optional("Regulatory operating fee")),
    VERY_HIGH_INAD_FEE(optional("Very high \"item not as described\" fee")),
    BELOW_STANDARD_PERFORMANCE_FEE(optional("Below standard performance fee")),
    INTERNATIONAL_FEE(optional("International fee")),
    DEPOSIT_PROCESSING_FEE(optional("Deposit processing fee")),
    GROSS_TRANSACTION_AMOUNT(identifying("Gross transaction amount", "Transaktionsbetrag (inkl. Kosten)")),
    TRANSACTION_CURRENCY(optional("Transaction currency")),
    REFERENCE_ID(optional("Reference ID")),
    DESCRIPTION(optional("Description", "Beschreibung"));

    /** The per-order fee columns; their sum (negative: charges) is what eBay took for the order line. */
    static final EbayTransactionsColumn[] FEES = {FINAL_VALUE_FEE_FIXED, FINAL_VALUE_FEE_VARIABLE,
            REGULATORY_OPERATING_FEE, VERY_HIGH_INAD_FEE, BELOW_STANDARD_PERFORMANCE_FEE, INTERNATIONAL_FEE,
            DEPOSIT_PROCESSING_FEE};

    private final ColumnLabels spec;

    EbayTransactionsColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
