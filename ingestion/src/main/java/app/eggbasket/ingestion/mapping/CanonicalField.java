package app.eggbasket.ingestion.mapping;

/**
 * The fields of a canonical sale line (DESIGN §3) a seller can map a column of her file to. Only
 * {@link #DATE} and {@link #AMOUNT} are required; without an {@link #ORDER_ID} every row is an order.
 */
public enum CanonicalField {
    DATE(true),
    TIME(false),
    ORDER_ID(false),
    ITEM(false),
    SKU(false),
    QUANTITY(false),
    AMOUNT(true),
    CURRENCY(false),
    DISCOUNT(false),
    SHIPPING(false),
    TAX(false),
    REFUND(false),
    FEES(false),
    STATUS(false),
    BUYER(false),
    COUNTRY(false),
    CHANNEL(false),
    KIND(false);

    private final boolean required;

    CanonicalField(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** Whether the field may be a constant instead of a column (the same currency or channel on every row). */
    public boolean constantAllowed() {
        return this == CURRENCY || this == CHANNEL || this == KIND;
    }
}
