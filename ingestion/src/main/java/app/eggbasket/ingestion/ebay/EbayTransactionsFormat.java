package app.eggbasket.ingestion.ebay;

import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.ingestion.format.Countries;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.HeaderNames;
import app.eggbasket.ingestion.read.RowRejection;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static app.eggbasket.ingestion.ebay.EbayTransactionsColumn.*;

/**
 * eBay Payments "Transaction report" (REFERENCE §6b): a preamble, {@code Seller,<id>}, then one row per
 * money movement; {@code --} means none; dates {@code Jan 5, 2026} (eBay.de {@code 01.10.2025}); fees
 * are negative. This is the eBay file with fees.
 * <ul>
 *   <li><b>Order</b> row with item detail: a sale line (order id = {@code Order number}, the id of the
 *       Orders report; line id {@code <order>/<Transaction ID>} as there; items = {@code Item subtotal},
 *       shipping, tax = seller- plus eBay-collected tax) <em>and</em> a fee line {@code <line>/fees}
 *       with the sum of the fee columns (final value fee fixed and variable, regulatory, "very high
 *       item not as described", below standard, international, deposit processing). So a seller who
 *       uploads only this report sees her eBay revenue; when she also uploads the Orders report, the
 *       lake keeps the sale lines of the last one uploaded and these fee lines beside them.
 *       {@code Charity donation} is not a fee (the seller gives it, eBay does not take it).</li>
 *   <li>A multi-item order also has a rollup Order row (net and gross of the order, no item, no
 *       Transaction ID): skipped, its items are the sale lines. Files without {@code Item subtotal}
 *       (the German label subset) are per order: items = {@code Gross transaction amount}.</li>
 *   <li><b>Refund</b>: a refund line on the order (refund = |gross| less seller-collected tax, which
 *       the gross includes; eBay-collected tax is outside it), REFUNDED, or PARTIALLY_REFUNDED when the
 *       order's lines in the same file came to more; plus a negative fee line for the fees eBay credited
 *       back. The Orders report states no refunds: the lake keeps this refund only while the transaction
 *       report is the last format uploaded for the order.</li>
 *   <li><b>Other fee</b> (promoted listings, subscription…) and <b>Shipping label</b>: a fee line of
 *       −{@code Net amount}, on the order when the row names one, else on {@code fees-YYYY-MM}.</li>
 *   <li><b>Payout</b>/transfer rows are skipped; holds, claims and other types are skipped, named.</li>
 * </ul>
 * Line ids of rows without a Transaction ID or Reference ID are {@code <kind>:<date>#<n>} (n-th such
 * row of that day), stable across reports of overlapping whole-day ranges.
 */
public final class EbayTransactionsFormat implements SaleFormat {

    /** Key of the file's first currency among the per-order currencies noted before reading. */
    private static final String FILE_CURRENCY = "*";
    private static final Set<String> GERMAN_LABELS = Set.of("betrag abzügl. kosten", "transaktionsbetrag (inkl. kosten)",
            "betrag abzã¼gl. kosten");

    @Override
    public String id() {
        return "ebay-transactions";
    }

    /** States the money that moved for each order: its lines win over an order listing's. */
    @Override
    public boolean ledger() {
        return true;
    }

    @Override
    public String label() {
        return "eBay — Payments Transaction report";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("ebay", ChannelKind.MARKETPLACE);
    }

    @Override
    public List<EbayTransactionsColumn> columns() {
        return Arrays.asList(EbayTransactionsColumn.values());
    }

    @Override
    public boolean decimalComma(List<String> header) {
        return header.stream().map(HeaderNames::normalise).anyMatch(GERMAN_LABELS::contains);
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        EbayDates dates = EbayDates.transactionReport(table.frenchExcel());
        boolean itemised = table.has(ITEM_SUBTOTAL);
        Map<String, BigDecimal> orderAmounts = new HashMap<>();
        Map<String, String> currencies = new HashMap<>();
        scan(table, itemised, orderAmounts, currencies);
        Map<String, Integer> occurrences = new HashMap<>();
        return row -> {
            EbayTransactionType type = EbayTransactionType.of(row.required(TYPE));
            return switch (type) {
                case PAYOUT -> RowOutcome.skip("payout to the seller's bank account, not a sale");
                case OTHER -> RowOutcome.skip("'" + row.raw(TYPE) + "' row (hold, claim, adjustment…) is not read: not a sale nor a fee");
                case ORDER -> order(row, itemised, dates, currency(row, currencies, context), context);
                case REFUND -> refund(row, dates, currency(row, currencies, context), context, orderAmounts, occurrences);
                case FEE -> fee(row, dates, currency(row, currencies, context), context, occurrences);
            };
        };
    }

    private static RowOutcome order(ExportRow row, boolean itemised, EbayDates dates, String currency, ParseContext context) {
        BigDecimal fees = feesOf(row);
        boolean noItem = itemised ? text(row, ITEM_SUBTOTAL) == null : row.money(GROSS_TRANSACTION_AMOUNT) == null;
        boolean rollup = itemised && noItem && text(row, TRANSACTION_ID) == null && text(row, ITEM_ID) == null;
        if (noItem && fees.signum() == 0) {
            return RowOutcome.skip(rollup ? "total of a multi-item order: its items follow on rows of their own"
                    : "order row stating neither an amount nor fees");
        }
        String order = required(row, ORDER_NUMBER);
        String lineKey = text(row, TRANSACTION_ID) != null ? text(row, TRANSACTION_ID)
                : text(row, ITEM_ID) != null ? text(row, ITEM_ID) : "order";
        String lineId = order + "/" + lineKey;
        LocalDateTime at = dates.read(row, TRANSACTION_CREATION_DATE);
        if (noItem) {
            return RowOutcome.sale(feeLine(row, order, lineId + "/fees", fees, at, currency, context));
        }
        BigDecimal shipping = row.amountOrZero(SHIPPING_AND_HANDLING);
        BigDecimal items = itemised ? row.amount(ITEM_SUBTOTAL)
                : row.amount(GROSS_TRANSACTION_AMOUNT).subtract(shipping).subtract(row.amountOrZero(SELLER_COLLECTED_TAX));
        int quantity = row.quantity(QUANTITY, 1);
        SaleDraft sale = new SaleDraft()
                .orderId(order)
                .lineId(lineId)
                .orderedAt(context.instant(at, null))
                .item(text(row, ITEM_TITLE))
                .sku(text(row, CUSTOM_LABEL))
                .quantity(quantity > 0 ? quantity : 1)
                .currency(currency)
                .items(items)
                .shipping(shipping)
                .tax(taxes(row))
                .buyer(buyer(row))
                .buyerCountry(Countries.iso2(text(row, SHIP_TO_COUNTRY)))
                .status(SaleStatus.COMPLETED);
        return fees.signum() == 0 ? RowOutcome.sale(sale)
                : RowOutcome.saleWithFees(sale, feeLine(row, order, lineId + "/fees", fees, at, currency, context));
    }

    private static RowOutcome refund(ExportRow row, EbayDates dates, String currency, ParseContext context,
                                     Map<String, BigDecimal> orderAmounts, Map<String, Integer> occurrences) {
        String order = required(row, ORDER_NUMBER);
        LocalDateTime at = dates.read(row, TRANSACTION_CREATION_DATE);
        BigDecimal refunded = row.amount(GROSS_TRANSACTION_AMOUNT).abs();
        BigDecimal sellerTax = row.amountOrZero(SELLER_COLLECTED_TAX).abs();
        BigDecimal refund = refunded.subtract(sellerTax);
        if (refund.signum() < 0) {
            throw row.reject(SELLER_COLLECTED_TAX, "expected the seller-collected tax to be part of the refunded amount "
                    + refunded.toPlainString());
        }
        BigDecimal ordered = orderAmounts.get(order);
        SaleStatus status = ordered != null && refund.compareTo(ordered) < 0 ? SaleStatus.PARTIALLY_REFUNDED : SaleStatus.REFUNDED;
        String lineId = order + "/" + rowKey(row, "refund", at, occurrences);
        SaleDraft line = new SaleDraft()
                .orderId(order)
                .lineId(lineId)
                .orderedAt(context.instant(at, null))
                .item(text(row, ITEM_TITLE))
                .quantity(0)
                .currency(currency)
                .refund(refund)
                .tax(taxes(row).abs().negate())
                .buyer(buyer(row))
                .buyerCountry(Countries.iso2(text(row, SHIP_TO_COUNTRY)))
                .status(status);
        BigDecimal fees = feesOf(row);
        return fees.signum() == 0 ? RowOutcome.sale(line)
                : RowOutcome.saleWithFees(line, feeLine(row, order, lineId + "/fees", fees, at, currency, context));
    }

    private static RowOutcome fee(ExportRow row, EbayDates dates, String currency, ParseContext context,
                                  Map<String, Integer> occurrences) {
        LocalDateTime at = dates.read(row, TRANSACTION_CREATION_DATE);
        BigDecimal net = row.money(NET_AMOUNT) != null ? row.amount(NET_AMOUNT) : row.amount(GROSS_TRANSACTION_AMOUNT);
        if (net.signum() == 0) {
            return RowOutcome.skip("fee row of 0.00");
        }
        String order = text(row, ORDER_NUMBER);
        String kind = EbayTransactionType.fold(row.raw(TYPE)).startsWith("shipping") ? "label" : "fee";
        String orderId = order != null ? order : String.format(Locale.ROOT, "fees-%04d-%02d", at.getYear(), at.getMonthValue());
        SaleDraft line = feeLine(row, orderId, orderId + "/" + rowKey(row, kind, at, occurrences), net.negate(), at,
                currency, context);
        return RowOutcome.sale(line.item(text(row, DESCRIPTION) != null ? text(row, DESCRIPTION) : row.raw(TYPE)));
    }

    /** A fee line of the row's date and currency; {@code fees} is not zero (a zero fee line would read as a sale). */
    private static SaleDraft feeLine(ExportRow row, String orderId, String lineId, BigDecimal fees, LocalDateTime at,
                                     String currency, ParseContext context) {
        return SaleDraft.feeLine(orderId, lineId, fees)
                .orderedAt(context.instant(at, null))
                .currency(currency)
                .buyer(buyer(row));
    }

    /** What eBay took for the row: minus the sum of its fee columns (charges are negative, credits positive). */
    private static BigDecimal feesOf(ExportRow row) {
        BigDecimal sum = BigDecimal.ZERO;
        for (EbayTransactionsColumn column : FEES) {
            sum = sum.add(row.amountOrZero(column));
        }
        return sum.negate();
    }

    private static BigDecimal taxes(ExportRow row) {
        return row.amountOrZero(SELLER_COLLECTED_TAX).add(row.amountOrZero(EBAY_COLLECTED_TAX));
    }

    /** The row's Reference ID, else {@code <kind>:<yyyy-mm-dd>#<n>}, n counting such rows of that day. */
    private static String rowKey(ExportRow row, String kind, LocalDateTime at, Map<String, Integer> occurrences) {
        String reference = text(row, REFERENCE_ID);
        if (reference != null) {
            return kind + ":" + reference;
        }
        String key = kind + ":" + at.toLocalDate();
        return key + "#" + occurrences.merge(key, 1, Integer::sum);
    }

    /**
     * The row's {@code Transaction currency} (else {@code Payout currency}); item rows of a multi-item order
     * write {@code --} there and take their order's, then the file's first currency, then the seller's.
     */
    private static String currency(ExportRow row, Map<String, String> currencies, ParseContext context) {
        String own = ownCurrency(row);
        if (own != null) {
            if (!IsoCodes.isCurrency(own)) {
                throw row.reject(text(row, TRANSACTION_CURRENCY) != null ? TRANSACTION_CURRENCY : PAYOUT_CURRENCY,
                        "expected an ISO currency code like EUR or USD");
            }
            return own;
        }
        String order = text(row, ORDER_NUMBER);
        String known = order == null ? null : currencies.get(order);
        known = known != null ? known : currencies.get(FILE_CURRENCY);
        return known != null ? known : context.sellerCurrency();
    }

    private static String ownCurrency(ExportRow row) {
        String currency = text(row, TRANSACTION_CURRENCY) != null ? text(row, TRANSACTION_CURRENCY) : text(row, PAYOUT_CURRENCY);
        return currency == null ? null : currency.toUpperCase(Locale.ROOT);
    }

    private static String buyer(ExportRow row) {
        return text(row, BUYER_USERNAME) != null ? text(row, BUYER_USERNAME) : text(row, BUYER_NAME);
    }

    /** The text of a cell, null when blank or {@code --} (the report's "none"). */
    private static String text(ExportRow row, EbayTransactionsColumn column) {
        String value = row.text(column);
        return value == null || value.equals("--") ? null : value;
    }

    private static String required(ExportRow row, EbayTransactionsColumn column) {
        String value = text(row, column);
        if (value == null) {
            throw row.reject(column, "a value is required");
        }
        return value;
    }

    /**
     * Notes, before reading, per order the items + shipping of its Order rows (to tell a partial refund from
     * a full one) and its currency, and the first currency of the file (key {@value #FILE_CURRENCY}).
     */
    private static void scan(ExportTable table, boolean itemised, Map<String, BigDecimal> amounts, Map<String, String> currencies) {
        table.forEachRow(row -> {
            try {
                String order = text(row, ORDER_NUMBER);
                String currency = ownCurrency(row);
                if (IsoCodes.isCurrency(currency)) {
                    currencies.putIfAbsent(FILE_CURRENCY, currency);
                    if (order != null) {
                        currencies.putIfAbsent(order, currency);
                    }
                }
                if (order == null || EbayTransactionType.of(row.text(TYPE)) != EbayTransactionType.ORDER) {
                    return;
                }
                BigDecimal amount = itemised
                        ? (text(row, ITEM_SUBTOTAL) == null ? BigDecimal.ZERO
                        : row.amount(ITEM_SUBTOTAL).add(row.amountOrZero(SHIPPING_AND_HANDLING)))
                        : row.amountOrZero(GROSS_TRANSACTION_AMOUNT).subtract(row.amountOrZero(SELLER_COLLECTED_TAX));
                amounts.merge(order, amount, BigDecimal::add);
            } catch (RowRejection unreadable) {
                // the row is rejected with its reason when it is read for real
            }
        });
    }
}
