package app.eggbasket.ingestion.shopify;

import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * The order-level values of a Shopify order, read from its first row and applied to all its line rows.
 * Amounts are tax-exclusive: when the shop's prices include tax ({@code Total = Subtotal + Shipping} with
 * {@code Taxes > 0}), every amount is scaled by {@code (Total − Taxes) / Total}, and the rounding residue
 * goes to the first line so the order's revenue is exactly {@code Total − Taxes − refund}.
 *
 * @param taxFactor     multiplier that removes included tax from item prices (1 when prices exclude tax)
 * @param firstLineItems the tax-exclusive items amount of the first line, residue included
 */
record ShopifyOrder(String name, String currency, Instant orderedAt, SaleStatus status, Channel channel,
                    String buyer, String country, BigDecimal taxFactor, BigDecimal firstLineItems,
                    BigDecimal discount, BigDecimal shipping, BigDecimal tax, BigDecimal refund) {

    /** An item amount of a line after the first, without included tax. */
    BigDecimal exclusive(BigDecimal amount) {
        return amount.multiply(taxFactor).setScale(2, RoundingMode.HALF_EVEN);
    }
}
