package app.eggbasket.ingestion.etsy;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static app.eggbasket.ingestion.etsy.EtsySoldOrdersColumn.*;

/**
 * Etsy "Orders" download: one row per order, 36 columns (REFERENCE §1a). Money identity verified on
 * real rows: {@code Order Total − (Order Value − Discount Amount + Shipping + Sales Tax)} is tax Etsy
 * collected and remitted (US marketplace tax, EU VAT), so it goes to {@code tax}, never to revenue.
 * {@code Shipping} is already net of {@code Shipping Discount}. {@code Card Processing Fees} are the
 * only fees this file states. A partial refund shows as a non-zero {@code Adjusted Order Total}.
 */
public final class EtsySoldOrdersFormat implements SaleFormat {

    @Override
    public String id() {
        return "etsy-sold-orders";
    }

    @Override
    public String label() {
        return "Etsy — Sold Orders (EtsySoldOrders.csv)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("etsy", ChannelKind.MARKETPLACE);
    }

    @Override
    public List<EtsySoldOrdersColumn> columns() {
        return Arrays.asList(EtsySoldOrdersColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = DateReader.of(table.frenchExcel(), "MM/dd/yy", "MM/dd/yyyy");
        return row -> RowOutcome.sale(read(row, dates, context));
    }

    private static SaleDraft read(ExportRow row, DateReader dates, ParseContext context) {
        String currency = EtsyValues.currency(row, CURRENCY);
        BigDecimal items = row.amount(ORDER_VALUE);
        BigDecimal discount = row.amountOrZero(DISCOUNT_AMOUNT).abs();
        BigDecimal shipping = row.amountOrZero(SHIPPING);
        BigDecimal salesTax = row.amountOrZero(SALES_TAX);
        BigDecimal total = row.amount(ORDER_TOTAL);
        BigDecimal beforeEtsyTax = items.subtract(discount).add(shipping).add(salesTax);
        BigDecimal etsyCollectedTax = total.subtract(beforeEtsyTax).max(BigDecimal.ZERO);
        BigDecimal goods = items.subtract(discount).add(shipping);

        SaleStatus status = SaleStatus.COMPLETED;
        BigDecimal refund = BigDecimal.ZERO;
        BigDecimal fees = row.amountOrZero(CARD_PROCESSING_FEES);
        String statusText = row.text(STATUS) == null ? "" : row.text(STATUS).toLowerCase(Locale.ROOT);
        BigDecimal adjustedTotal = row.amountOrZero(ADJUSTED_ORDER_TOTAL);
        if (statusText.startsWith("cancel") || statusText.startsWith("annul")) {
            status = SaleStatus.CANCELLED;
        } else if (statusText.contains("refund") || statusText.contains("rembours")) {
            status = SaleStatus.REFUNDED;
            refund = goods;
        } else if (adjustedTotal.signum() > 0 && adjustedTotal.compareTo(total) < 0) {
            status = SaleStatus.PARTIALLY_REFUNDED;
            refund = total.subtract(adjustedTotal).min(goods);
        }
        BigDecimal adjustedFees = row.amountOrZero(ADJUSTED_CARD_PROCESSING_FEES);
        if (status == SaleStatus.PARTIALLY_REFUNDED && adjustedFees.signum() > 0) {
            fees = adjustedFees;
        }
        String buyer = row.text(BUYER_USER_ID) != null ? row.text(BUYER_USER_ID)
                : row.text(BUYER) != null ? row.text(BUYER) : row.text(FULL_NAME);
        return new SaleDraft()
                .orderId(row.required(ORDER_ID))
                .orderedAt(context.instant(row.dateTime(SALE_DATE, dates), null))
                .quantity(row.quantity(NUMBER_OF_ITEMS, 1))
                .sku(row.text(SKU))
                .currency(currency)
                .items(items)
                .discount(discount)
                .shipping(shipping)
                .tax(salesTax.add(etsyCollectedTax))
                .refund(refund)
                .fees(fees)
                .buyer(buyer)
                .buyerCountry(Countries.iso2(row.text(SHIP_COUNTRY)))
                .status(status);
    }
}
