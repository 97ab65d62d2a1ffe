package app.eggbasket.ingestion.read;

import java.math.BigDecimal;

/**
 * An amount read from an export, with the currency its symbol named, if any.
 *
 * @param amount   the value, never null
 * @param currency ISO 4217 code implied by a symbol in the value ({@code $8.00} → USD), or null
 */
public record Money(BigDecimal amount, String currency) {
}
