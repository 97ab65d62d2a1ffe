package app.eggbasket.ingestion.shopify;

import app.eggbasket.ingestion.format.Countries;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.DateReader;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.RowRejection;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static app.eggbasket.ingestion.shopify.ShopifyOrdersColumn.*;

/**
 * Shopify Orders → Export (REFERENCE §2): one row per line item; the order-level fields (status, currency,
 * subtotal, shipping, taxes, total, discount, refunded amount, source) are only on the first row of an
 * order. Each line becomes a sale line {@code <Name>/<n>}; the first line carries the order-level
 * discount, shipping, tax and refund. Voided or cancelled orders carry no revenue; orders whose payment
 * was never captured (pending, authorized, expired) are not sales. The export states no fees.
 */
public final class ShopifyOrdersFormat implements SaleFormat {

    private static final DateTimeFormatter SHOPIFY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx", Locale.ROOT);
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final Channel OWN_SHOP = new Channel("own-shop", ChannelKind.OWN_SHOP);
    private static final Set<String> NOT_CAPTURED = Set.of("pending", "authorized", "expired", "unpaid");

    @Override
    public String id() {
        return "shopify-orders";
    }

    @Override
    public String label() {
        return "Shopify — Orders export (orders_export.csv)";
    }

    @Override
    public Channel defaultChannel() {
        return OWN_SHOP;
    }

    @Override
    public List<ShopifyOrdersColumn> columns() {
        return Arrays.asList(ShopifyOrdersColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = DateReader.of(table.frenchExcel());
        Map<String, BigDecimal> laterLineItems = laterLineItems(table);
        return new RowParser() {
            private ShopifyOrder order;
            private String skipped;
            private int lineNumber;

            @Override
            public RowOutcome parse(ExportRow row) {
                String name = row.required(NAME);
                if (row.text(FINANCIAL_STATUS) != null) {
                    order = null;
                    skipped = null;
                    lineNumber = 0;
                    String status = row.text(FINANCIAL_STATUS).toLowerCase(Locale.ROOT);
                    if (NOT_CAPTURED.contains(status)) {
                        skipped = name;
                        return RowOutcome.skip("payment not captured (Financial Status '" + status + "')");
                    }
                    order = readOrder(row, status, dates, context, laterLineItems.getOrDefault(name, BigDecimal.ZERO));
                } else if (name.equals(skipped)) {
                    return RowOutcome.skip("line of an order whose payment was not captured");
                } else if (order == null || !order.name().equals(name)) {
                    throw row.reject(FINANCIAL_STATUS, "a value is required on the first row of an order: the"
                            + " first row of order " + name + " is not just above this one (was the file sorted or cut?)");
                }
                lineNumber++;
                return RowOutcome.sale(line(row, order, lineNumber));
            }
        };
    }

    private static SaleDraft line(ExportRow row, ShopifyOrder order, int lineNumber) {
        BigDecimal lineItems = row.amount(LINEITEM_PRICE).multiply(BigDecimal.valueOf(row.quantity(LINEITEM_QUANTITY, 1)));
        boolean first = lineNumber == 1;
        return new SaleDraft()
                .channel(order.channel())
                .orderId(order.name())
                .lineId(order.name() + "/" + lineNumber)
                .orderedAt(order.orderedAt())
                .item(row.text(LINEITEM_NAME))
                .sku(row.text(LINEITEM_SKU))
                .quantity(row.quantity(LINEITEM_QUANTITY, 1))
                .currency(order.currency())
                .items(first ? order.firstLineItems() : order.exclusive(lineItems))
                .discount(first ? order.discount() : BigDecimal.ZERO)
                .shipping(first ? order.shipping() : BigDecimal.ZERO)
                .tax(first ? order.tax() : BigDecimal.ZERO)
                .refund(first ? order.refund() : BigDecimal.ZERO)
                .buyer(order.buyer())
                .buyerCountry(order.country())
                .status(order.status());
    }

    private static ShopifyOrder readOrder(ExportRow row, String financialStatus, DateReader dates, ParseContext context,
                                          BigDecimal laterItems) {
        String currency = row.required(CURRENCY).toUpperCase(Locale.ROOT);
        if (!IsoCodes.isCurrency(currency)) {
            throw row.reject(CURRENCY, "expected an ISO currency code like EUR or USD");
        }
        BigDecimal subtotal = row.amount(SUBTOTAL);
        BigDecimal shipping = row.amountOrZero(SHIPPING);
        BigDecimal taxes = row.amountOrZero(TAXES);
        BigDecimal total = row.amount(TOTAL);
        BigDecimal discount = row.amountOrZero(DISCOUNT_AMOUNT).abs();
        BigDecimal firstItems = row.amount(LINEITEM_PRICE).multiply(BigDecimal.valueOf(row.quantity(LINEITEM_QUANTITY, 1)));

        boolean taxIncluded = taxes.signum() > 0 && total.subtract(subtotal.add(shipping)).abs().compareTo(CENT) <= 0;
        BigDecimal factor = taxIncluded && total.signum() > 0
                ? total.subtract(taxes).divide(total, MathContext.DECIMAL64) : BigDecimal.ONE;
        BigDecimal discountEx = scale(discount, factor);
        BigDecimal shippingEx = scale(shipping, factor);
        BigDecimal laterEx = scale(laterItems, factor);
        BigDecimal firstItemsEx = taxIncluded
                ? subtotal.subtract(taxes).add(discountEx).subtract(laterEx).add(shipping).subtract(shippingEx)
                : firstItems;

        boolean cancelled = row.text(CANCELLED_AT) != null || financialStatus.equals("voided");
        BigDecimal orderRevenue = firstItemsEx.add(laterEx).subtract(discountEx).add(shippingEx);
        BigDecimal refunded = row.amountOrZero(REFUNDED_AMOUNT);
        BigDecimal refund = BigDecimal.ZERO;
        if (!cancelled && refunded.signum() > 0) {
            BigDecimal share = total.signum() > 0 ? total.subtract(taxes).divide(total, MathContext.DECIMAL64) : BigDecimal.ONE;
            refund = scale(refunded, share).min(orderRevenue);
        } else if (!cancelled && financialStatus.equals("refunded")) {
            refund = orderRevenue;
        }
        SaleStatus status = cancelled ? SaleStatus.CANCELLED
                : refund.signum() == 0 ? SaleStatus.COMPLETED
                : refund.compareTo(orderRevenue) >= 0 ? SaleStatus.REFUNDED
                : SaleStatus.PARTIALLY_REFUNDED;
        String country = Countries.iso2(row.text(SHIPPING_COUNTRY) != null ? row.text(SHIPPING_COUNTRY) : row.text(BILLING_COUNTRY));
        return new ShopifyOrder(row.required(NAME), currency, createdAt(row, dates, context), status,
                ShopifySources.channelOf(row.text(SOURCE)), row.text(EMAIL), country, factor, firstItemsEx,
                discountEx, shippingEx, taxes, refund);
    }

    private static BigDecimal scale(BigDecimal amount, BigDecimal factor) {
        return amount.multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static Instant createdAt(ExportRow row, DateReader dates, ParseContext context) {
        String raw = row.required(CREATED_AT);
        try {
            return OffsetDateTime.parse(raw, SHOPIFY_TIME).toInstant();
        } catch (DateTimeParseException notShopifyStamp) {
            try {
                return context.instant(dates.read(raw), null);
            } catch (IllegalArgumentException e) {
                throw new RowRejection(row.table().labelOf(CREATED_AT), raw,
                        "expected a date like 2025-12-07 19:08:24 +0000 or yyyy-mm-dd hh:mm");
            }
        }
    }

    /** Per order name, the sum of price × quantity of its lines after the first (scanned before reading). */
    private static Map<String, BigDecimal> laterLineItems(ExportTable table) {
        Map<String, BigDecimal> later = new HashMap<>();
        table.forEachRow(row -> {
            String name = row.text(NAME);
            if (name == null || row.text(FINANCIAL_STATUS) != null) {
                return;
            }
            try {
                BigDecimal items = row.amount(LINEITEM_PRICE).multiply(BigDecimal.valueOf(row.quantity(LINEITEM_QUANTITY, 1)));
                later.merge(name, items, BigDecimal::add);
            } catch (RowRejection unreadable) {
                // the row is rejected with its reason when it is read for real
            }
        });
        return later;
    }
}
