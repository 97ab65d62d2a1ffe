package app.eggbasket.analytics.concentration;

/**
 * How much of a seller's revenue one third party could switch off, driven by topPlatformShare
 * (DESIGN §4), not by HHI: a seller with 80% on her own shop is independent, not at risk.
 */
public enum Risk {
    LOW,
    MODERATE,
    HIGH,
    CRITICAL
}
