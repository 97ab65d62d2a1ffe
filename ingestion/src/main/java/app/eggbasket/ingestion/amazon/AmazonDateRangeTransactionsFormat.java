package app.eggbasket.ingestion.amazon;

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
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.eggbasket.ingestion.amazon.AmazonTransactionColumn.*;

/**
 * Amazon Seller Central, Payments → Reports Repository → Date Range "Transaction" report (REFERENCE §5c):
 * UTF-8 BOM, 6 or 7 quoted preamble lines (the header is found by the registry's scan), then one row per
 * money movement, every field quoted. amazon.fr files have French labels and write decimal commas.
 * The currency is stated only in the preamble ("All amounts in USD"); failing that, the row's
 * marketplace implies it, and failing that the seller's currency is assumed.
 *
 * <ul>
 *   <li>{@code Order} rows are sales of the order ({@code order id}, the same id as the All Orders report):
 *       items = {@code product sales} + {@code gift wrap credits}, shipping = {@code shipping credits},
 *       discount = −{@code promotional rebates}, tax = the tax columns collected from the buyer
 *       ({@code sales tax collected}, {@code product sales tax}, shipping/gift-wrap/promotion taxes, and the
 *       US {@code Regulatory Fee} with its tax, which Amazon collects from the buyer and withholds); the
 *       withholding columns ({@code Marketplace Facilitator Tax}, {@code marketplace withheld tax}) only
 *       cancel that tax and are not read. Fees = −({@code selling fees} + {@code fba fees} +
 *       {@code other transaction fees}), a positive amount.</li>
 *   <li>{@code Refund} rows (also chargeback refunds and A-to-z claims) are REFUNDED lines of the same order:
 *       refund = −(product sales + gift wrap + shipping credits + promotional rebates), tax the (negative)
 *       tax given back, fees = −(fee columns): Amazon gives back part of its fees, so they are negative.
 *       PARTIALLY_REFUNDED when the order's sale in the same file was for more.</li>
 *   <li>{@code Transfer} rows (payouts to the bank) are skipped.</li>
 *   <li>Every other row (Service Fee, FBA Inventory Fee, Adjustment, advertising…) is a fee line of the
 *       month, order id {@code fees-YYYY-MM} (seller's time zone), fees = −{@code total}: positive when
 *       Amazon charged, negative when it paid back (a reimbursement). Such rows go to the month even when
 *       they name an order: a fee line on the order would replace the fees its sale line states. An
 *       Order or Refund row that moves only fees (no sale amount) goes there too, for the same reason; a
 *       row that moves no money at all is skipped.</li>
 * </ul>
 * A row whose {@code total} is not the sum of its amount columns is rejected. Amazon repeats identical rows
 * for distinct charges, so nothing is de-duplicated: a line id is the row's kind, UTC time and SKU, with a
 * count of the rows in the file that share them.
 */
public final class AmazonDateRangeTransactionsFormat implements SaleFormat {

    private static final List<AmazonTransactionColumn> SOLD = List.of(PRODUCT_SALES, GIFT_WRAP_CREDITS,
            SHIPPING_CREDITS, PROMOTIONAL_REBATES);
    private static final List<AmazonTransactionColumn> TAXES = List.of(SALES_TAX_COLLECTED, PRODUCT_SALES_TAX,
            SHIPPING_CREDITS_TAX, GIFT_WRAP_CREDITS_TAX, PROMOTIONAL_REBATES_TAX, REGULATORY_FEE, TAX_ON_REGULATORY_FEE);
    private static final List<AmazonTransactionColumn> FEES = List.of(SELLING_FEES, FBA_FEES, OTHER_TRANSACTION_FEES);
    private static final List<AmazonTransactionColumn> AMOUNTS = List.of(PRODUCT_SALES, PRODUCT_SALES_TAX,
            SHIPPING_CREDITS, SHIPPING_CREDITS_TAX, GIFT_WRAP_CREDITS, GIFT_WRAP_CREDITS_TAX, REGULATORY_FEE,
            TAX_ON_REGULATORY_FEE, PROMOTIONAL_REBATES, PROMOTIONAL_REBATES_TAX, SALES_TAX_COLLECTED,
            MARKETPLACE_FACILITATOR_TAX, MARKETPLACE_WITHHELD_TAX, SELLING_FEES, FBA_FEES, OTHER_TRANSACTION_FEES,
            OTHER);
    /** Labels only amazon.fr files have; those files write {@code 57,96}. */
    private static final Set<String> FRENCH_LABELS = Set.of("date/heure", "ventes de produits", "frais de vente");
    private static final DateTimeFormatter LINE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Override
    public String id() {
        return "amazon-date-range-transactions";
    }

    /** States the money that moved for each order: its lines win over an order listing's. */
    @Override
    public boolean ledger() {
        return true;
    }

    @Override
    public String label() {
        return "Amazon Seller Central — Date Range transaction report (Payments → Reports Repository)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("amazon", ChannelKind.MARKETPLACE);
    }

    @Override
    public List<AmazonTransactionColumn> columns() {
        return Arrays.asList(AmazonTransactionColumn.values());
    }

    @Override
    public boolean decimalComma(List<String> header) {
        return header.stream().map(HeaderNames::normalise).anyMatch(FRENCH_LABELS::contains);
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        String fileCurrency = AmazonCurrencies.ofPreamble(table.preamble());
        Map<String, BigDecimal> soldPerOrder = soldPerOrder(table);
        Map<String, Integer> rowsPerKey = new HashMap<>();
        return row -> read(row, context, fileCurrency, soldPerOrder, rowsPerKey);
    }

    /** What each order's Order rows in this file sold (net of promotions), to tell a partial refund. */
    private static Map<String, BigDecimal> soldPerOrder(ExportTable table) {
        Map<String, BigDecimal> sold = new HashMap<>();
        table.forEachRow(row -> {
            String type = row.text(TYPE);
            String order = row.text(ORDER_ID);
            if (type == null || order == null || AmazonTransactionType.of(type) != AmazonTransactionType.ORDER) {
                return;
            }
            try {
                sold.merge(order, sum(row, SOLD), BigDecimal::add);
            } catch (RowRejection unreadable) {
                // the row will be rejected when it is read
            }
        });
        return sold;
    }

    private static RowOutcome read(ExportRow row, ParseContext context, String fileCurrency,
                                   Map<String, BigDecimal> soldPerOrder, Map<String, Integer> rowsPerKey) {
        String typeText = row.required(TYPE);
        AmazonTransactionType type = AmazonTransactionType.of(typeText);
        if (type == AmazonTransactionType.TRANSFER) {
            return RowOutcome.skip("transfer of the balance to the seller's bank account, not a sale");
        }
        Instant at = instant(row, context);
        BigDecimal total = checkedTotal(row);
        String currency = currency(row, context, fileCurrency);
        BigDecimal sold = sum(row, SOLD);
        BigDecimal tax = sum(row, TAXES);
        BigDecimal fees = sum(row, FEES).negate();
        String orderId = row.text(ORDER_ID);
        boolean movesSaleAmounts = SOLD.stream().anyMatch(column -> row.amountOrZero(column).signum() != 0);
        if ((type == AmazonTransactionType.ORDER || type == AmazonTransactionType.REFUND) && movesSaleAmounts) {
            if (orderId == null) {
                throw row.reject(ORDER_ID, "a value is required on " + typeText + " rows");
            }
            String key = (type == AmazonTransactionType.ORDER ? "sale" : "refund") + "-" + LINE_TIME.format(at)
                    + (row.text(SKU) == null ? "" : "-" + row.text(SKU));
            SaleDraft draft = new SaleDraft()
                    .orderId(orderId)
                    .lineId(key + "-" + rowsPerKey.merge(orderId + "\n" + key, 1, Integer::sum))
                    .orderedAt(at)
                    .item(row.text(DESCRIPTION))
                    .sku(row.text(SKU))
                    .currency(currency)
                    .tax(tax)
                    .fees(fees);
            return RowOutcome.sale(type == AmazonTransactionType.ORDER
                    ? sale(row, draft)
                    : refund(row, draft, sold.negate(), soldPerOrder.get(orderId)));
        }
        if (total.signum() == 0 && fees.signum() == 0) {
            return RowOutcome.skip("'" + typeText + "' row that moves no money");
        }
        String key = AmazonTransactionType.fold(typeText).replaceAll("[^a-z0-9]+", "-") + "-" + LINE_TIME.format(at)
                + (orderId == null ? "" : "-" + orderId) + (row.text(SKU) == null ? "" : "-" + row.text(SKU));
        String month = "fees-" + YearMonth.from(at.atZone(context.sellerZone()));
        return RowOutcome.sale(SaleDraft.feeLine(month, key + "-" + rowsPerKey.merge(month + "\n" + key, 1, Integer::sum),
                        total.negate())
                .orderedAt(at)
                .currency(currency)
                .item(row.text(DESCRIPTION) != null ? typeText + ": " + row.text(DESCRIPTION) : typeText)
                .sku(row.text(SKU)));
    }

    private static SaleDraft sale(ExportRow row, SaleDraft draft) {
        BigDecimal rebates = row.amountOrZero(PROMOTIONAL_REBATES);
        if (rebates.signum() > 0) {
            throw row.reject(PROMOTIONAL_REBATES, "expected a negative amount or 0 on an Order row");
        }
        int quantity = row.quantity(QUANTITY, 1);
        return draft
                .quantity(Math.max(quantity, 1))
                .items(row.amountOrZero(PRODUCT_SALES).add(row.amountOrZero(GIFT_WRAP_CREDITS)))
                .shipping(row.amountOrZero(SHIPPING_CREDITS))
                .discount(rebates.negate())
                .status(SaleStatus.COMPLETED);
    }

    private static SaleDraft refund(ExportRow row, SaleDraft draft, BigDecimal refunded, BigDecimal orderSold) {
        if (refunded.signum() < 0) {
            throw row.reject(PRODUCT_SALES, "expected negative amounts on a Refund row");
        }
        boolean partial = orderSold != null && refunded.compareTo(orderSold) < 0;
        return draft
                .quantity(0)
                .refund(refunded)
                .status(partial ? SaleStatus.PARTIALLY_REFUNDED : SaleStatus.REFUNDED);
    }

    private static Instant instant(ExportRow row, ParseContext context) {
        String raw = row.required(DATE_TIME);
        try {
            AmazonDates.Stamp stamp = AmazonDates.read(raw);
            return context.instant(stamp.local(), stamp.zone());
        } catch (IllegalArgumentException e) {
            throw row.reject(DATE_TIME, e.getMessage());
        }
    }

    /** The {@code total}, which must be the sum of the row's amount columns (to the cent). */
    private static BigDecimal checkedTotal(ExportRow row) {
        BigDecimal total = row.amount(TOTAL);
        BigDecimal sum = sum(row, AMOUNTS);
        if (sum.subtract(total).abs().compareTo(new BigDecimal("0.01")) > 0) {
            throw row.reject(TOTAL, "expected the sum of the row's amounts, " + sum.toPlainString());
        }
        return total;
    }

    private static String currency(ExportRow row, ParseContext context, String fileCurrency) {
        if (fileCurrency != null) {
            return fileCurrency;
        }
        String implied = AmazonCurrencies.ofMarketplace(row.text(MARKETPLACE));
        return implied != null ? implied : context.sellerCurrency();
    }

    private static BigDecimal sum(ExportRow row, List<AmazonTransactionColumn> columns) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AmazonTransactionColumn column : columns) {
            sum = sum.add(row.amountOrZero(column));
        }
        return sum;
    }
}
