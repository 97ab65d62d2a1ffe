package app.eggbasket.ingestion.woocommerce;

import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.DateReader;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.Money;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.eggbasket.ingestion.woocommerce.WooAnalyticsOrdersColumn.*;

/**
 * WooCommerce Analytics → Orders → Download (REFERENCE §3a): one row per order, written by
 * {@code @woocommerce/csv-export} with the raw values: status slug, {@code Date} = the order's creation time
 * in the shop's time zone ({@code 2026-03-14 10:22:05} or {@code 2026-03-14T10:22:05}; the seller's zone is
 * assumed), {@code Items sold}, {@code Net sales} as a plain number.
 *
 * <ul>
 *   <li><b>Net sales, not gross</b>: WooCommerce's net sales are the order total after coupons, without tax
 *       and shipping. The file states nothing else (no gross, shipping, tax, fees, currency or country), so
 *       items = Net sales, discount = shipping = tax = 0: revenue here lacks the shipping the buyer paid.</li>
 *   <li>Values starting with {@code - = + @} are written {@code '-12.50} (CSV-injection guard), in every
 *       column ({@code '-3} items sold on a refund row); the apostrophe is dropped from every cell when reading.</li>
 *   <li><b>Refunds</b> are rows of their own with a negative Net sales, under the refunded order's number,
 *       dated when the refund was made. Such a row is a REFUNDED line {@code <order>-refund-<n>} (n counts the
 *       file's refund rows of that order) with items 0 and refund = |Net sales|. The order's own row keeps its
 *       positive Net sales; when its status is {@code refunded} it is marked REFUNDED, but its refund is the
 *       refund row's, so each refund counts once even when it falls in a later download, and revenue sums
 *       to WooCommerce's own Net sales total.</li>
 *   <li>Status ({@link WooOrderStatus}): {@code completed}, {@code processing} and custom statuses are sales;
 *       {@code cancelled} orders are CANCELLED (no revenue); {@code pending}, {@code on-hold}, {@code failed},
 *       {@code checkout-draft} are skipped (never paid). Analytics leaves those out unless the shop
 *       includes them (Settings → Excluded statuses).</li>
 *   <li>Currency: the symbol of {@code N. Revenue (formatted)} (older export) or of Net sales when there is
 *       one, else the seller's currency ({@link ParseContext#sellerCurrency()}).</li>
 *   <li>Buyer: {@code Customer} (a name); item: the {@code Product(s)} text ({@code 2× Bol, 1× Tasse}).</li>
 * </ul>
 */
public final class WooAnalyticsOrdersFormat implements SaleFormat {

    @Override
    public String id() {
        return "woocommerce-analytics-orders";
    }

    @Override
    public String label() {
        return "WooCommerce — Analytics › Orders download (wc-orders-report-export-*.csv)";
    }

    /** {@code @woocommerce/csv-export} guards every cell, not only amounts: a refund's items sold read {@code '-3}. */
    @Override
    public boolean guardsFormulas() {
        return true;
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("own-shop", ChannelKind.OWN_SHOP);
    }

    @Override
    public List<WooAnalyticsOrdersColumn> columns() {
        return Arrays.asList(WooAnalyticsOrdersColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = DateReader.of(table.frenchExcel());
        Map<String, Integer> refundsPerOrder = new HashMap<>();
        return row -> read(row, dates, context, refundsPerOrder);
    }

    private static RowOutcome read(ExportRow row, DateReader dates, ParseContext context,
                                   Map<String, Integer> refundsPerOrder) {
        String orderNumber = row.required(ORDER_NUMBER);
        var orderedAt = context.instant(row.dateTime(DATE, dates), null);
        Money net = row.money(NET_SALES);
        if (net == null) {
            throw row.reject(NET_SALES, "an amount is required");
        }
        String currency = currency(row, net, context);
        int quantity = Math.abs(row.quantity(ITEMS_SOLD, 1));
        SaleDraft draft = new SaleDraft()
                .orderId(orderNumber)
                .orderedAt(orderedAt)
                .item(row.text(PRODUCTS))
                .quantity(quantity)
                .currency(currency)
                .buyer(row.text(CUSTOMER));
        if (net.amount().signum() < 0) {
            int n = refundsPerOrder.merge(orderNumber, 1, Integer::sum);
            return RowOutcome.sale(draft.lineId(orderNumber + "-refund-" + n)
                    .refund(net.amount().negate())
                    .status(SaleStatus.REFUNDED));
        }
        WooOrderStatus status = WooOrderStatus.of(row.required(STATUS));
        if (status == WooOrderStatus.NOT_PAID) {
            return RowOutcome.skip("order not paid (status " + row.text(STATUS) + ")");
        }
        return RowOutcome.sale(draft.items(net.amount()).status(switch (status) {
            case REFUNDED -> SaleStatus.REFUNDED;
            case CANCELLED -> SaleStatus.CANCELLED;
            default -> SaleStatus.COMPLETED;
        }));
    }

    private static String currency(ExportRow row, Money net, ParseContext context) {
        Money formatted = row.money(NET_REVENUE_FORMATTED);
        if (formatted != null && formatted.currency() != null) {
            return formatted.currency();
        }
        return net.currency() != null ? net.currency() : context.sellerCurrency();
    }
}
