package app.eggbasket.ingestion.ebay;

import app.eggbasket.ingestion.format.Countries;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.Money;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static app.eggbasket.ingestion.ebay.EbayOrdersColumn.*;

/**
 * eBay Seller Hub "Orders" report (REFERENCE §6a). Line 1 is bare commas, the header follows, then an
 * empty padding row, the data, and a footer ({@code 83,record(s) downloaded,from … to …},
 * {@code Seller ID : …}) whose lines are skipped, never rejected. eBay.de writes {@code ;},
 * {@code 116,99 €} and {@code 10-Dez-25}; US files {@code $900.00} and {@code Jul-25-26}.
 * <ul>
 *   <li>One sale line per item row: order id = {@code Order Number} (the id the transaction report uses
 *       too), line id = {@code <Order Number>/<Transaction ID>} (else the Item Number, else the row's rank
 *       in the order); items = {@code Sold For} × {@code Quantity} ({@code Sold For} is the unit price);
 *       shipping = {@code Shipping And Handling}; tax = seller- plus eBay-collected tax (never revenue).</li>
 *   <li>A multi-item order is a summary row (buyer, address, order totals, no Item Number nor Item
 *       Title) followed by its item rows, which share its Sales Record Number. The summary row is
 *       skipped (its items are the sale lines, so the order counts once); its buyer, country and date
 *       fill the item rows' blanks, and when it states the order's shipping and tax, these go on the
 *       first item line read (a rejected item row does not take them) and the item rows' own shipping
 *       and tax cells are ignored.</li>
 *   <li>Files without {@code Sold For} (the German label subset REFERENCE knows) are per order:
 *       items = {@code Total Price} − shipping − taxes.</li>
 *   <li>Currency = the symbol in the values ({@code $}, {@code €}, {@code £}), else the seller's.</li>
 *   <li>The report states neither fees nor refunds (REFERENCE §6a): every line is COMPLETED with no
 *       fees; the transaction report ({@code ebay-transactions}) brings fees as fee lines beside these.</li>
 * </ul>
 * The native {@code ;} of eBay.de/.fr files cannot be told from a French Excel re-save by the header,
 * so such files are read as re-saves: the only consequence is that {@code dd/mm/yyyy} dates are accepted too.
 */
public final class EbayOrdersFormat implements SaleFormat {

    @Override
    public String id() {
        return "ebay-orders";
    }

    @Override
    public String label() {
        return "eBay — Seller Hub Orders report";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("ebay", ChannelKind.MARKETPLACE);
    }

    @Override
    public List<EbayOrdersColumn> columns() {
        return Arrays.asList(EbayOrdersColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        EbayDates dates = EbayDates.ordersReport(table.frenchExcel());
        boolean itemised = table.has(ITEM_TITLE) || table.has(ITEM_NUMBER);
        return new RowParser() {
            private EbayOrderSummary summary;
            private int linesOfSummary;

            @Override
            public RowOutcome parse(ExportRow row) {
                if (isFooter(row)) {
                    return RowOutcome.skip("footer of the eBay report ('N record(s) downloaded', 'Seller ID : …'), not an order");
                }
                if (itemised && row.text(ITEM_TITLE) == null && row.text(ITEM_NUMBER) == null) {
                    summary = readSummary(row, dates, context);
                    linesOfSummary = 0;
                    return RowOutcome.skip("summary row of a multi-item order: its items follow on rows of their own");
                }
                String orderNumber = row.text(ORDER_NUMBER);
                if (summary != null && summary.owns(orderNumber, row.text(SALES_RECORD_NUMBER))) {
                    SaleDraft line = itemOfSummary(row, summary, linesOfSummary + 1);
                    linesOfSummary++;
                    return RowOutcome.sale(line);
                }
                summary = null;
                return RowOutcome.sale(singleItem(row, dates, context));
            }
        };
    }

    /** {@code 83,record(s) downloaded,from …}, {@code Seller ID : …}, or a line with no order value at all. */
    private static boolean isFooter(ExportRow row) {
        String first = row.raw(SALES_RECORD_NUMBER).toLowerCase(Locale.ROOT);
        String second = row.raw(ORDER_NUMBER).toLowerCase(Locale.ROOT);
        if (second.contains("record(s)") || first.contains("record(s)") || first.startsWith("seller id")) {
            return true;
        }
        return row.text(SALE_DATE) == null && row.text(TOTAL_PRICE) == null && row.text(ITEM_TITLE) == null
                && row.text(ITEM_NUMBER) == null && row.text(SOLD_FOR) == null;
    }

    private static EbayOrderSummary readSummary(ExportRow row, EbayDates dates, ParseContext context) {
        Money shipping = row.money(SHIPPING_AND_HANDLING);
        BigDecimal tax = statedTax(row);
        return new EbayOrderSummary(row.text(SALES_RECORD_NUMBER), row.required(ORDER_NUMBER), orderedAt(row, dates, context),
                currency(row, context), buyer(row), country(row), shipping == null ? null : shipping.amount(), tax);
    }

    private static SaleDraft singleItem(ExportRow row, EbayDates dates, ParseContext context) {
        String orderNumber = row.required(ORDER_NUMBER);
        BigDecimal shipping = row.amountOrZero(SHIPPING_AND_HANDLING);
        BigDecimal tax = taxOrZero(row);
        BigDecimal items;
        int quantity = row.quantity(QUANTITY, 1);
        if (row.table().has(SOLD_FOR)) {
            items = row.amount(SOLD_FOR).multiply(BigDecimal.valueOf(quantity));
        } else {
            items = row.amount(TOTAL_PRICE).subtract(shipping).subtract(tax);
        }
        return draft(row, orderNumber, 1)
                .orderedAt(orderedAt(row, dates, context))
                .quantity(quantity)
                .currency(currency(row, context))
                .items(items)
                .shipping(shipping)
                .tax(tax)
                .buyer(buyer(row))
                .buyerCountry(country(row));
    }

    private static SaleDraft itemOfSummary(ExportRow row, EbayOrderSummary order, int rank) {
        int quantity = row.quantity(QUANTITY, 1);
        BigDecimal items = row.amount(SOLD_FOR).multiply(BigDecimal.valueOf(quantity));
        boolean first = rank == 1;
        BigDecimal shipping = order.shipping() != null ? (first ? order.shipping() : BigDecimal.ZERO)
                : row.amountOrZero(SHIPPING_AND_HANDLING);
        BigDecimal tax = order.tax() != null ? (first ? order.tax() : BigDecimal.ZERO) : taxOrZero(row);
        String buyer = buyer(row);
        String country = country(row);
        String currency = currencyOfValues(row);
        return draft(row, order.orderNumber(), rank)
                .orderedAt(order.orderedAt())
                .quantity(quantity)
                .currency(currency != null ? currency : order.currency())
                .items(items)
                .shipping(shipping)
                .tax(tax)
                .buyer(buyer != null ? buyer : order.buyer())
                .buyerCountry(country != null ? country : order.country());
    }

    private static SaleDraft draft(ExportRow row, String orderNumber, int rank) {
        String lineKey = row.text(TRANSACTION_ID) != null ? row.text(TRANSACTION_ID)
                : row.text(ITEM_NUMBER) != null ? row.text(ITEM_NUMBER) : String.valueOf(rank);
        return new SaleDraft()
                .orderId(orderNumber)
                .lineId(orderNumber + "/" + lineKey)
                .item(row.text(ITEM_TITLE))
                .sku(row.text(CUSTOM_LABEL))
                .status(SaleStatus.COMPLETED);
    }

    private static Instant orderedAt(ExportRow row, EbayDates dates, ParseContext context) {
        return context.instant(dates.read(row, SALE_DATE), null);
    }

    /** Seller- plus eBay-collected tax, or null when the row states neither. */
    private static BigDecimal statedTax(ExportRow row) {
        Money seller = row.money(SELLER_COLLECTED_TAX);
        Money ebay = row.money(EBAY_COLLECTED_TAX);
        if (seller == null && ebay == null) {
            return null;
        }
        return (seller == null ? BigDecimal.ZERO : seller.amount()).add(ebay == null ? BigDecimal.ZERO : ebay.amount());
    }

    private static BigDecimal taxOrZero(ExportRow row) {
        BigDecimal tax = statedTax(row);
        return tax == null ? BigDecimal.ZERO : tax;
    }

    private static String currency(ExportRow row, ParseContext context) {
        String currency = currencyOfValues(row);
        return currency != null ? currency : context.sellerCurrency();
    }

    /** The currency the symbols of the row's amounts name ({@code $900.00}, {@code 116,99 €}), or null. */
    private static String currencyOfValues(ExportRow row) {
        for (EbayOrdersColumn column : List.of(TOTAL_PRICE, SOLD_FOR, SHIPPING_AND_HANDLING)) {
            Money money = row.money(column);
            if (money != null && money.currency() != null) {
                return money.currency();
            }
        }
        return null;
    }

    private static String buyer(ExportRow row) {
        return row.text(BUYER_USERNAME) != null ? row.text(BUYER_USERNAME)
                : row.text(BUYER_EMAIL) != null ? row.text(BUYER_EMAIL) : row.text(BUYER_NAME);
    }

    private static String country(ExportRow row) {
        String country = Countries.iso2(row.text(SHIP_TO_COUNTRY));
        return country != null ? country : Countries.iso2(row.text(BUYER_COUNTRY));
    }
}
