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

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static app.eggbasket.ingestion.etsy.EtsySoldOrderItemsColumn.*;

/**
 * Etsy "Order Items" download: one row per transaction (line item), 33 columns (REFERENCE §1b).
 * {@code Item Total} is price × quantity before discounts. The order-level amounts ({@code Discount Amount},
 * {@code Order Shipping}, {@code Order Sales Tax}) are written on one row of the order and as zero on its
 * siblings, so they are taken as they come and sum correctly per order. {@code Order Shipping} is already
 * net of {@code Shipping Discount} (a free-delivery order shows the discount with shipping 0), so the
 * shipping discount is not subtracted again. The file states no fees. {@code line_id} is Etsy's
 * {@code Transaction ID}; when the same orders were uploaded from the Orders download first, these lines
 * replace them (the lake keeps one format per order), so nothing is counted twice.
 */
public final class EtsySoldOrderItemsFormat implements SaleFormat {

    @Override
    public String id() {
        return "etsy-sold-order-items";
    }

    @Override
    public String label() {
        return "Etsy — Sold Order Items (EtsySoldOrderItems.csv)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("etsy", ChannelKind.MARKETPLACE);
    }

    @Override
    public List<EtsySoldOrderItemsColumn> columns() {
        return Arrays.asList(EtsySoldOrderItemsColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = DateReader.of(table.frenchExcel(), "MM/dd/yy", "MM/dd/yyyy");
        return row -> RowOutcome.sale(read(row, dates, context));
    }

    private static SaleDraft read(ExportRow row, DateReader dates, ParseContext context) {
        String buyer = row.text(BUYER) != null ? row.text(BUYER) : row.text(SHIP_NAME);
        int quantity = row.quantity(QUANTITY, 1);
        BigDecimal itemTotal = row.money(ITEM_TOTAL) != null ? row.amount(ITEM_TOTAL)
                : row.amount(PRICE).multiply(BigDecimal.valueOf(quantity));
        return new SaleDraft()
                .orderId(row.required(ORDER_ID))
                .lineId(row.required(TRANSACTION_ID))
                .orderedAt(context.instant(row.dateTime(SALE_DATE, dates), null))
                .item(row.text(ITEM_NAME))
                .sku(row.text(SKU))
                .quantity(quantity)
                .currency(EtsyValues.currency(row, CURRENCY))
                .items(itemTotal)
                .discount(row.amountOrZero(DISCOUNT_AMOUNT).abs())
                .shipping(row.amountOrZero(ORDER_SHIPPING))
                .tax(row.amountOrZero(ORDER_SALES_TAX).add(row.amountOrZero(VAT_PAID_BY_BUYER)))
                .buyer(buyer)
                .buyerCountry(Countries.iso2(row.text(SHIP_COUNTRY)));
    }
}
