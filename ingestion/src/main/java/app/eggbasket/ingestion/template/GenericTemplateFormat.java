package app.eggbasket.ingestion.template;

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
import app.eggbasket.ingestion.read.HeaderNames;
import app.eggbasket.ingestion.read.Money;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.eggbasket.ingestion.template.TemplateColumn.*;

/**
 * Eggbasket's own sales template (REFERENCE §13): English or French headers, {@code ;} or {@code ,},
 * decimal commas or points, dates {@code 2025-03-01} or {@code 01/03/2025} (day first), optional time.
 * {@code gross_amount} is what the buyer paid for the items before discounts (else unit price ×
 * quantity); a refund makes the line REFUNDED (whole) or PARTIALLY_REFUNDED. Without {@code order_id},
 * each row is its own order, identified by its content (date, channel, item, amount) and its rank among
 * identical rows, so adding rows to the file never changes the identity of the others.
 */
public final class GenericTemplateFormat implements SaleFormat {

    public static final String ID = "eggbasket-template";

    /**
     * The {@code order_id} of the example row the downloadable template starts with ({@code EXAMPLE} in the English
     * file, {@code EXEMPLE} in the French one): a row with it is skipped, so a seller who leaves it is never counted
     * a sale she did not make.
     */
    public static final List<String> EXAMPLE_IDS = List.of("EXAMPLE", "EXEMPLE");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Eggbasket sales template (cash sales, wholesale, closed platforms)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("direct", ChannelKind.DIRECT);
    }

    @Override
    public List<TemplateColumn> columns() {
        return Arrays.asList(TemplateColumn.values());
    }

    /** Both delimiters are the template's own: a {@code ;} file is not a French Excel re-save. */
    @Override
    public char nativeDelimiter() {
        return ';';
    }

    /** The French header goes with decimal commas, whatever the delimiter. */
    @Override
    public boolean decimalComma(List<String> header) {
        return header.stream().map(HeaderNames::normalise).anyMatch(l -> l.equals("montant brut"));
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = DateReader.of(true);
        Map<String, Integer> seen = new HashMap<>();
        return row -> isExample(row) ? RowOutcome.skip("the template's example row (order_id " + row.text(ORDER_ID) + ")")
                : RowOutcome.sale(read(row, dates, context, seen));
    }

    private static boolean isExample(ExportRow row) {
        String id = row.text(ORDER_ID);
        return id != null && EXAMPLE_IDS.contains(id.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * The row's channel: its {@code channel} cell with its kind; with only a kind, a channel named after the kind
     * ({@code in-person}, {@code wholesale}…); with neither, null (the upload's channel, else {@code direct}).
     */
    static Channel channel(String name, String kindText) {
        if (name == null && kindText == null) {
            return null;
        }
        if (name == null) {
            ChannelKind kind = TemplateChannels.kind("", kindText);
            return Channel.of(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), kind);
        }
        return Channel.of(name, TemplateChannels.kind(name, kindText));
    }

    private static SaleDraft read(ExportRow row, DateReader dates, ParseContext context, Map<String, Integer> seen) {
        Channel channel;
        try {
            channel = channel(row.text(CHANNEL), row.text(KIND));
        } catch (IllegalArgumentException e) {
            throw row.reject(row.text(KIND) != null ? KIND : CHANNEL, e.getMessage());
        }
        // an empty channel cell is the upload's channel, else direct (DESIGN §2), row by row
        Channel named = channel != null ? channel : new GenericTemplateFormat().defaultChannel();
        int quantity = row.quantity(QUANTITY, 1);
        Money gross = row.money(GROSS_AMOUNT);
        BigDecimal items = gross != null ? gross.amount()
                : row.amount(UNIT_PRICE).multiply(BigDecimal.valueOf(quantity));
        String currency = currency(row, gross, context);
        BigDecimal discount = row.amountOrZero(DISCOUNT).abs();
        BigDecimal shipping = row.amountOrZero(SHIPPING);
        BigDecimal refund = row.amountOrZero(REFUND).abs();
        BigDecimal paid = items.subtract(discount).add(shipping);
        SaleStatus status = refund.signum() == 0 ? SaleStatus.COMPLETED
                : refund.compareTo(paid) >= 0 ? SaleStatus.REFUNDED : SaleStatus.PARTIALLY_REFUNDED;
        var orderedAt = row.dateTime(DATE, dates);
        String orderId = row.text(ORDER_ID);
        String lineId;
        if (orderId == null) {
            String content = orderedAt + "|" + named.name() + "|" + row.raw(ITEM) + "|"
                    + items.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "|" + quantity;
            orderId = "row-" + digest(content) + "-" + seen.merge(content, 1, Integer::sum);
            lineId = orderId;
        } else {
            lineId = orderId + "/" + seen.merge("order:" + orderId, 1, Integer::sum);
        }
        BigDecimal fees = row.money(FEES) == null ? null : row.amount(FEES).abs();
        return new SaleDraft()
                .channel(channel)
                .orderId(orderId)
                .lineId(lineId)
                .orderedAt(context.instant(orderedAt, null))
                .item(row.text(ITEM))
                .sku(row.text(SKU))
                .quantity(quantity)
                .currency(currency)
                .items(items)
                .discount(discount)
                .shipping(shipping)
                .tax(row.amountOrZero(TAX))
                .refund(refund.min(paid.max(BigDecimal.ZERO)))
                .fees(fees)
                .buyer(row.text(BUYER_ID))
                .buyerCountry(Countries.iso2(row.text(COUNTRY)))
                .status(status);
    }

    private static String currency(ExportRow row, Money gross, ParseContext context) {
        String text = row.text(CURRENCY);
        if (text != null) {
            String code = text.toUpperCase(Locale.ROOT);
            if (!IsoCodes.isCurrency(code)) {
                throw row.reject(CURRENCY, "expected an ISO currency code like EUR or USD");
            }
            return code;
        }
        return gross != null && gross.currency() != null ? gross.currency() : context.sellerCurrency();
    }

    private static String digest(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
