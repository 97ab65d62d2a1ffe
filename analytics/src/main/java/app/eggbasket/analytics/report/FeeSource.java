package app.eggbasket.analytics.report;

/** Where a channel's fees come from. */
public enum FeeSource {
    /** Every line's export stated its fees. */
    STATED,
    /** No line's export stated fees: all estimated from the channel's fee schedule. */
    ESTIMATED,
    /** Some lines stated their fees, the others' were estimated from the schedule. */
    STATED_AND_ESTIMATED,
    /** Some or all lines stated no fees and the channel has no fee schedule (own shop, markets, wholesale…): those lines count no fees. */
    NO_SCHEDULE
}
