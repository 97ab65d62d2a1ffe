package app.eggbasket.ingestion.mapping;

/** What the amount column of a mapped file holds. */
public enum AmountMeaning {
    /** The price of one unit, before discounts: the line's items amount is price × quantity. */
    UNIT_PRICE,
    /** The line's total for all its units, before discounts. */
    LINE_TOTAL
}
