package app.eggbasket.ingestion.sale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The canonical sale line (DESIGN §3, contract): one row per order line, or per order when the export
 * has no lines. Money is held at scale 2. Validation happens here, so no invalid line reaches the lake:
 * revenue must equal {@code items − discount + shipping − refund} (0 for a cancelled line), discount
 * and refund are never negative, the currency is an ISO 4217 code.
 */
public record SaleLine(
        String sellerId,
        String channel,
        ChannelKind channelKind,
        String sourceFormat,
        String uploadId,
        int sourceLine,
        String orderId,
        String lineId,
        Instant orderedAt,
        LocalDate orderDate,
        String item,
        String sku,
        int quantity,
        String currency,
        BigDecimal items,
        BigDecimal discount,
        BigDecimal shipping,
        BigDecimal tax,
        BigDecimal refund,
        BigDecimal fees,
        BigDecimal revenue,
        String buyerRef,
        String buyerCountry,
        SaleStatus status) {

    public SaleLine {
        requireText(sellerId, "sellerId");
        requireText(channel, "channel");
        Objects.requireNonNull(channelKind, "channelKind");
        requireText(sourceFormat, "sourceFormat");
        requireText(uploadId, "uploadId");
        requireText(orderId, "orderId");
        requireText(lineId, "lineId");
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(orderDate, "orderDate");
        Objects.requireNonNull(status, "status");
        if (!IsoCodes.isCurrency(currency)) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, was '" + currency + "'");
        }
        if (buyerCountry != null && !IsoCodes.isCountry(buyerCountry)) {
            throw new IllegalArgumentException("buyerCountry must be ISO 3166-1 alpha-2, was '" + buyerCountry + "'");
        }
        items = money(items, "items");
        discount = money(discount, "discount");
        shipping = money(shipping, "shipping");
        tax = money(tax, "tax");
        refund = money(refund, "refund");
        revenue = money(revenue, "revenue");
        fees = fees == null ? null : fees.setScale(2, RoundingMode.HALF_EVEN);
        if (discount.signum() < 0) {
            throw new IllegalArgumentException("discount must not be negative, was " + discount);
        }
        if (refund.signum() < 0) {
            throw new IllegalArgumentException("refund must not be negative, was " + refund);
        }
        BigDecimal expected = status == SaleStatus.CANCELLED ? BigDecimal.ZERO.setScale(2)
                : items.subtract(discount).add(shipping).subtract(refund);
        if (revenue.compareTo(expected) != 0) {
            throw new IllegalArgumentException("revenue " + revenue + " must be " + expected
                    + (status == SaleStatus.CANCELLED ? " for a cancelled line" : " (items - discount + shipping - refund)"));
        }
    }

    /** Revenue as the contract defines it: items − discount + shipping − refund, 0 when cancelled. */
    public static BigDecimal revenueOf(BigDecimal items, BigDecimal discount, BigDecimal shipping, BigDecimal refund,
                                       SaleStatus status) {
        if (status == SaleStatus.CANCELLED) {
            return BigDecimal.ZERO.setScale(2);
        }
        return items.subtract(discount).add(shipping).subtract(refund).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal money(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
