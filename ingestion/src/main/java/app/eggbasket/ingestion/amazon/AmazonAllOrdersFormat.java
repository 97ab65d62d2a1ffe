package app.eggbasket.ingestion.amazon;

import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.ingestion.format.Countries;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.DateReader;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.eggbasket.ingestion.amazon.AmazonAllOrdersColumn.*;

/**
 * Amazon Seller Central "All Orders" report (REFERENCE §5a): a TAB-delimited flat file ({@code .txt}), one
 * row per order item, order fields repeated on each row, ISO-8601 dates with an offset
 * ({@code 2017-06-17T08:04:21+00:00}). It states no fees (the Date Range transaction report does; both
 * use {@code amazon-order-id} as the order id and the {@code amazon} channel, so the lake keeps, per
 * order, the lines of whichever was uploaded last).
 *
 * <ul>
 *   <li>items = {@code item-price} (Amazon: "the amount the buyer paid for the item; aggregate of the
 *       quantity, not unit price") + {@code gift-wrap-price}; shipping = {@code shipping-price};
 *       discount = |{@code item-promotion-discount}| + |{@code ship-promotion-discount}|; tax =
 *       {@code item-tax} + {@code shipping-tax} + {@code gift-wrap-tax}.</li>
 *   <li>{@code order-status} (or {@code item-status}) {@code Cancelled} → a CANCELLED line (revenue 0);
 *       {@code Pending} orders are skipped: Amazon has not taken the payment yet and states no price;
 *       every other status (Shipped, Unshipped, Shipping, Complete…) is a COMPLETED sale.</li>
 *   <li>{@code sales-channel} {@code Non-Amazon} rows are Multi-Channel Fulfilment orders, sales made on
 *       another channel and only shipped by Amazon: skipped.</li>
 *   <li>A blank {@code currency} (pending or cancelled rows) is implied by the {@code sales-channel}
 *       ({@code Amazon.fr} → EUR), else the seller's currency.</li>
 * </ul>
 * Line id = {@code sku} and a count of the order's rows with that SKU, so the same file always gives the
 * same ids.
 */
public final class AmazonAllOrdersFormat implements SaleFormat {

    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern(
            "uuuu-MM-dd'T'HH:mm[:ss][.SSS][XXX][XX]", Locale.ROOT);

    @Override
    public String id() {
        return "amazon-all-orders";
    }

    @Override
    public String label() {
        return "Amazon Seller Central — All Orders report (flat file, .txt)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("amazon", ChannelKind.MARKETPLACE);
    }

    @Override
    public List<AmazonAllOrdersColumn> columns() {
        return Arrays.asList(AmazonAllOrdersColumn.values());
    }

    @Override
    public char nativeDelimiter() {
        return '\t';
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader resaved = DateReader.of(table.frenchExcel());
        Map<String, Integer> rowsPerSku = new HashMap<>();
        return row -> read(row, context, resaved, rowsPerSku);
    }

    private static RowOutcome read(ExportRow row, ParseContext context, DateReader resaved,
                                   Map<String, Integer> rowsPerSku) {
        String orderId = row.required(AMAZON_ORDER_ID);
        String sku = row.text(SKU) != null ? row.text(SKU) : row.text(ASIN);
        String lineKey = sku == null ? "item" : sku;
        int ordinal = rowsPerSku.merge(orderId + "\n" + lineKey, 1, Integer::sum);
        String salesChannel = row.text(SALES_CHANNEL);
        if ("non-amazon".equalsIgnoreCase(salesChannel)) {
            return RowOutcome.skip("Multi-Channel Fulfilment order (sales-channel Non-Amazon): a sale made on "
                    + "another channel that Amazon only shipped");
        }
        String status = AmazonTransactionType.fold(row.required(ORDER_STATUS));
        String itemStatus = row.text(ITEM_STATUS) == null ? "" : AmazonTransactionType.fold(row.text(ITEM_STATUS));
        if (status.startsWith("pending")) {
            return RowOutcome.skip("order-status '" + row.raw(ORDER_STATUS)
                    + "': Amazon has not taken the payment yet, not a sale until it is");
        }
        boolean cancelled = status.startsWith("cancel") || itemStatus.startsWith("cancel");
        Instant at = purchasedAt(row, context, resaved);
        String currency = currency(row, context, salesChannel);
        BigDecimal itemPrice = cancelled ? row.amountOrZero(ITEM_PRICE) : row.amount(ITEM_PRICE);
        return RowOutcome.sale(new SaleDraft()
                .orderId(orderId)
                .lineId(lineKey + "-" + ordinal)
                .orderedAt(at)
                .item(row.text(PRODUCT_NAME))
                .sku(sku)
                .quantity(row.quantity(QUANTITY, 1))
                .currency(currency)
                .items(itemPrice.add(row.amountOrZero(GIFT_WRAP_PRICE)))
                .shipping(row.amountOrZero(SHIPPING_PRICE))
                .discount(row.amountOrZero(ITEM_PROMOTION_DISCOUNT).abs()
                        .add(row.amountOrZero(SHIP_PROMOTION_DISCOUNT).abs()))
                .tax(row.amountOrZero(ITEM_TAX).add(row.amountOrZero(SHIPPING_TAX)).add(row.amountOrZero(GIFT_WRAP_TAX)))
                .buyerCountry(Countries.iso2(row.text(SHIP_COUNTRY)))
                .status(cancelled ? SaleStatus.CANCELLED : SaleStatus.COMPLETED));
    }

    /** ISO-8601 with its offset; a French Excel re-save ({@code 17/06/2017 08:04}) is in the seller's zone. */
    private static Instant purchasedAt(ExportRow row, ParseContext context, DateReader resaved) {
        String raw = row.required(PURCHASE_DATE);
        try {
            return OffsetDateTime.parse(raw, ISO_WITH_OFFSET).toInstant();
        } catch (DateTimeParseException noOffset) {
            try {
                return context.instant(resaved.read(raw), null);
            } catch (IllegalArgumentException unreadable) {
                throw row.reject(PURCHASE_DATE, "expected an ISO-8601 date like 2017-06-17T08:04:21+00:00");
            }
        }
    }

    private static String currency(ExportRow row, ParseContext context, String salesChannel) {
        String stated = row.text(CURRENCY);
        if (stated != null) {
            String code = stated.toUpperCase(Locale.ROOT);
            if (!IsoCodes.isCurrency(code)) {
                throw row.reject(CURRENCY, "expected an ISO currency code like EUR or USD");
            }
            return code;
        }
        String implied = AmazonCurrencies.ofMarketplace(salesChannel);
        return implied != null ? implied : context.sellerCurrency();
    }
}
