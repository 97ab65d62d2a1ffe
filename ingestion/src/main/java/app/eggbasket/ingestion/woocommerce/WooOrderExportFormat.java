package app.eggbasket.ingestion.woocommerce;

import app.eggbasket.ingestion.format.Countries;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.DateReader;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.Money;
import app.eggbasket.ingestion.read.RowRejection;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static app.eggbasket.ingestion.woocommerce.WooOrderExportColumn.*;

/**
 * WooCommerce orders exported with "Advanced Order Export For WooCommerce" (AlgolPlus), the export plugin
 * sellers use most (REFERENCE §3b): one row per item line, the order's fields repeated on each of its rows
 * (when the plugin is set not to repeat them, a row whose {@code Order Number}, {@code Order Status} and
 * {@code Order Date} are all blank belongs to the order above it). Amounts follow WooCommerce's item meta:
 * <ul>
 *   <li>{@code Order Line Total} is {@code _line_total}: the line after coupons, <em>without</em> tax (WooCommerce
 *       stores it tax-exclusive even when prices include tax). When the file has {@code Order Line Subtotal}
 *       (before coupons), items = subtotal and discount = subtotal − total; otherwise items = line total and
 *       discount = 0 (the coupon is already out of it; {@code Cart Discount Amount} must not be taken again).</li>
 *   <li>tax = {@code Order Line Tax}; the order's first line in the file also takes the order's other tax
 *       ({@code Order Total Tax Amount} − the order's line taxes: shipping and fee tax) and
 *       shipping = {@code Order Shipping Amount} (tax-exclusive).</li>
 *   <li>{@code Order Status} is the display label, English or French ({@link WooOrderStatus}): a
 *       {@code Refunded} order is REFUNDED in full (refund = the line's items − discount + shipping);
 *       otherwise a line with {@code Order Line Total Refunded} &gt; 0 is PARTIALLY_REFUNDED by that amount
 *       (tax-exclusive, at most the line's value). Refunded shipping of a partial refund is not in the file
 *       per line and is not counted. {@code Cancelled} orders carry no revenue; pending, on-hold, failed and
 *       draft orders are skipped.</li>
 *   <li>Currency: a {@code Currency} column when the seller added it, else a sign in the amounts, else the
 *       seller's currency. Dates: the plugin's default {@code YYYY-MM-DD HH:MM} in the shop's zone;
 *       {@code dd/mm/yyyy} in a {@code ;} file (French settings or Excel). The file states no fees.</li>
 *   <li>Line id: {@code <Order Number>-<Item #>} (the plugin's 1-based line number in the order), or the
 *       row's rank in its order when {@code Item #} is not exported.</li>
 * </ul>
 */
public final class WooOrderExportFormat implements SaleFormat {

    @Override
    public String id() {
        return "woocommerce-order-export";
    }

    @Override
    public String label() {
        return "WooCommerce — Advanced Order Export plugin (orders-*.csv)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("own-shop", ChannelKind.OWN_SHOP);
    }

    @Override
    public List<WooOrderExportColumn> columns() {
        return Arrays.asList(WooOrderExportColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = DateReader.of(table.frenchExcel());
        return new Reader(lineTaxPerOrder(table), dates, context);
    }

    /** The sum of the line taxes of each order, so its first line can take the rest of the order's tax. */
    private static Map<String, BigDecimal> lineTaxPerOrder(ExportTable table) {
        Map<String, BigDecimal> sums = new HashMap<>();
        String[] current = {null};
        table.forEachRow(row -> {
            if (row.text(ORDER_NUMBER) != null) {
                current[0] = row.text(ORDER_NUMBER);
            } else if (row.text(ORDER_STATUS) != null || row.text(ORDER_DATE) != null) {
                return; // rejected when read: not a continuation of the order above
            }
            try {
                if (current[0] != null) {
                    sums.merge(current[0], row.amountOrZero(LINE_TAX), BigDecimal::add);
                }
            } catch (RowRejection unreadable) {
                // the row is rejected when it is read
            }
        });
        return sums;
    }

    /** The order-level fields of an order, read on its first row and kept for rows that leave them blank. */
    private record Order(String number, String status, Instant orderedAt, String currency, BigDecimal shipping,
                         BigDecimal total, BigDecimal totalTax, String buyer, String country) {
    }

    private static final class Reader implements RowParser {

        private final Map<String, BigDecimal> lineTaxPerOrder;
        private final DateReader dates;
        private final ParseContext context;
        private final Set<String> ordersStarted = new HashSet<>();
        private final Map<String, Integer> rowsPerOrder = new HashMap<>();
        private Order current;

        Reader(Map<String, BigDecimal> lineTaxPerOrder, DateReader dates, ParseContext context) {
            this.lineTaxPerOrder = lineTaxPerOrder;
            this.dates = dates;
            this.context = context;
        }

        @Override
        public RowOutcome parse(ExportRow row) {
            String number = row.text(ORDER_NUMBER);
            boolean continuation = row.text(ORDER_STATUS) == null && row.text(ORDER_DATE) == null;
            if (number == null && (current == null || !continuation)) {
                throw row.reject(ORDER_NUMBER, "a value is required");
            }
            boolean sameOrder = current != null && (number == null || number.equals(current.number()));
            String key = number != null ? number : current.number();
            int rank = rowsPerOrder.merge(key, 1, Integer::sum);
            if (!sameOrder || row.text(ORDER_STATUS) != null) {
                current = null; // an unreadable first row must not leave its other rows to the order above
                current = readOrder(row, key);
            }
            Order order = current;
            boolean first = ordersStarted.add(order.number());

            WooOrderStatus status = WooOrderStatus.of(order.status());
            BigDecimal lineTotal = row.amount(LINE_TOTAL);
            BigDecimal subtotal = row.money(LINE_SUBTOTAL) == null ? null : row.amount(LINE_SUBTOTAL);
            BigDecimal items = subtotal != null && subtotal.compareTo(lineTotal) >= 0 ? subtotal : lineTotal;
            BigDecimal discount = items.subtract(lineTotal);
            BigDecimal tax = row.amountOrZero(LINE_TAX);
            BigDecimal lineRefunded = row.amountOrZero(LINE_TOTAL_REFUNDED).abs();
            int quantity = row.quantity(QUANTITY, 1);
            BigDecimal shipping = BigDecimal.ZERO;
            if (first) {
                shipping = order.shipping();
                if (order.totalTax() != null) {
                    BigDecimal otherTax = order.totalTax().subtract(lineTaxPerOrder.getOrDefault(order.number(), BigDecimal.ZERO));
                    tax = tax.add(otherTax.max(BigDecimal.ZERO));
                }
            }
            if (status == WooOrderStatus.NOT_PAID) {
                return RowOutcome.skip("order not paid (status " + order.status() + ")");
            }
            String itemNumber = row.text(ITEM_NUMBER);
            SaleDraft draft = new SaleDraft()
                    .orderId(order.number())
                    .lineId(order.number() + "-" + (itemNumber != null ? itemNumber : String.valueOf(rank)))
                    .orderedAt(order.orderedAt())
                    .item(row.text(NAME))
                    .sku(row.text(SKU))
                    .quantity(quantity)
                    .currency(order.currency())
                    .items(items)
                    .discount(discount)
                    .shipping(shipping)
                    .tax(tax)
                    .buyer(order.buyer())
                    .buyerCountry(order.country());
            BigDecimal goods = items.subtract(discount).add(shipping);
            if (status == WooOrderStatus.CANCELLED) {
                return RowOutcome.sale(draft.status(SaleStatus.CANCELLED));
            }
            if (status == WooOrderStatus.REFUNDED) {
                return RowOutcome.sale(draft.refund(goods).status(SaleStatus.REFUNDED));
            }
            if (lineRefunded.signum() > 0) {
                BigDecimal refund = lineRefunded.min(items.subtract(discount));
                return RowOutcome.sale(draft.refund(refund).status(SaleStatus.PARTIALLY_REFUNDED));
            }
            return RowOutcome.sale(draft.status(SaleStatus.COMPLETED));
        }

        private Order readOrder(ExportRow row, String number) {
            String status = row.required(ORDER_STATUS);
            Instant orderedAt = context.instant(row.dateTime(ORDER_DATE, dates), null);
            Money total = row.money(ORDER_TOTAL);
            if (total == null) {
                throw row.reject(ORDER_TOTAL, "an amount is required");
            }
            Money lineTotal = row.money(LINE_TOTAL);
            String currency = row.text(CURRENCY);
            if (currency != null && !currency.matches("[A-Za-z]{3}")) {
                throw row.reject(CURRENCY, "expected an ISO currency code like EUR");
            }
            if (currency == null) {
                currency = total.currency() != null ? total.currency()
                        : lineTotal != null && lineTotal.currency() != null ? lineTotal.currency()
                        : context.sellerCurrency();
            }
            Money totalTax = row.money(ORDER_TOTAL_TAX);
            String country = row.text(COUNTRY_SHIPPING) != null ? row.text(COUNTRY_SHIPPING) : row.text(COUNTRY_BILLING);
            return new Order(number, status, orderedAt, currency.toUpperCase(Locale.ROOT),
                    row.amountOrZero(ORDER_SHIPPING), total.amount(),
                    totalTax == null ? null : totalTax.amount(), row.text(EMAIL_BILLING), Countries.iso2(country));
        }
    }
}
