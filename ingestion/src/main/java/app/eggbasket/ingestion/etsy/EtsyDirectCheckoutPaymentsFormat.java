package app.eggbasket.ingestion.etsy;

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
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static app.eggbasket.ingestion.etsy.EtsyDirectCheckoutPaymentsColumn.*;

/**
 * Etsy's payments download {@code EtsyDirectCheckoutPayments<YYYY>-<M>.csv} (REFERENCE §1d, medium confidence):
 * one row per Etsy Payments payment, with the same {@code Order ID} as the Orders download. It states gross
 * amounts, so it yields sale lines: one per payment (line id = Payment ID), so that a seller who uploads only
 * this file sees her Etsy revenue; uploaded after the Orders download, its lines replace the order's (the lake
 * keeps one format per order), so revenue is counted once.
 * <ul>
 *   <li>items = {@code Gross Amount}, in {@code Currency}; it excludes the sales tax Etsy collects (a real pair
 *       of files shows gross 32.23 for a payment of 35.45 whose statement gives back 3.22 of sales tax), and
 *       includes shipping, which the file does not split. {@code VAT Amount} goes to tax.</li>
 *   <li>fees = {@code Fees} (the payment-processing fee; transaction fees and ads are only in the statement,
 *       whose fee lines replace these fees in the lake).</li>
 *   <li>{@code Refund Amount} (money given back to the buyer, tax included, in the listing currency as
 *       {@code Listing Amount}): the share refunded is Refund Amount / Listing Amount (or / Gross when
 *       the listing amount is missing or in another currency); a share of 1 or more is REFUNDED with refund =
 *       gross, less is PARTIALLY_REFUNDED with refund = gross × share. After a refund, fees =
 *       {@code Adjusted Fees} (0 when Etsy gave the whole fee back).</li>
 *   <li>{@code Net Amount} must be gross − fees; a failed or declined payment is skipped.</li>
 * </ul>
 */
public final class EtsyDirectCheckoutPaymentsFormat implements SaleFormat {

    @Override
    public String id() {
        return "etsy-direct-checkout-payments";
    }

    /** States the money that moved for each order: its lines win over an order listing's. */
    @Override
    public boolean ledger() {
        return true;
    }

    @Override
    public String label() {
        return "Etsy — Payments (EtsyDirectCheckoutPayments.csv)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("etsy", ChannelKind.MARKETPLACE);
    }

    @Override
    public List<EtsyDirectCheckoutPaymentsColumn> columns() {
        return Arrays.asList(EtsyDirectCheckoutPaymentsColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = DateReader.of(table.frenchExcel(), "MM/dd/uuuu", "MM/dd/uu");
        return row -> read(row, dates, context);
    }

    private static RowOutcome read(ExportRow row, DateReader dates, ParseContext context) {
        String status = row.text(STATUS) == null ? "" : row.text(STATUS).toLowerCase(Locale.ROOT);
        if (status.contains("fail") || status.contains("declin") || status.contains("void")) {
            return RowOutcome.skip("payment failed, declined or voided, not a sale");
        }
        String currency = EtsyValues.currency(row, CURRENCY);
        BigDecimal gross = row.amount(GROSS_AMOUNT);
        BigDecimal fees = row.amountOrZero(FEES).abs();
        if (row.money(NET_AMOUNT) != null && row.amount(NET_AMOUNT).compareTo(gross.subtract(fees)) != 0) {
            throw row.reject(NET_AMOUNT, "expected Net Amount = Gross Amount − Fees = " + gross.subtract(fees).toPlainString());
        }
        BigDecimal refunded = row.amountOrZero(REFUND_AMOUNT).abs();
        SaleStatus saleStatus = SaleStatus.COMPLETED;
        BigDecimal refund = BigDecimal.ZERO;
        if (refunded.signum() > 0 && gross.signum() > 0) {
            BigDecimal share = refunded.divide(base(row, currency, gross), 6, RoundingMode.HALF_EVEN);
            if (share.compareTo(BigDecimal.ONE) >= 0) {
                saleStatus = SaleStatus.REFUNDED;
                refund = gross;
            } else {
                saleStatus = SaleStatus.PARTIALLY_REFUNDED;
                refund = gross.multiply(share).setScale(2, RoundingMode.HALF_EVEN);
            }
            if (row.money(ADJUSTED_FEES) != null) {
                fees = row.amount(ADJUSTED_FEES).abs();
            }
        }
        String buyer = row.text(BUYER_USERNAME) != null ? row.text(BUYER_USERNAME)
                : row.text(BUYER_NAME) != null ? row.text(BUYER_NAME) : row.text(BUYER);
        return RowOutcome.sale(new SaleDraft()
                .orderId(row.required(ORDER_ID))
                .lineId(row.required(PAYMENT_ID))
                .orderedAt(context.instant(row.dateTime(ORDER_DATE, dates), null))
                .currency(currency)
                .items(gross)
                .tax(row.amountOrZero(VAT_AMOUNT))
                .refund(refund)
                .fees(fees)
                .buyer(buyer)
                .status(saleStatus));
    }

    /** What the refund is a share of: the listing amount when it is in the payment's currency, else the gross. */
    private static BigDecimal base(ExportRow row, String currency, BigDecimal gross) {
        String listingCurrency = row.text(LISTING_CURRENCY);
        boolean sameCurrency = listingCurrency == null || listingCurrency.equalsIgnoreCase(currency);
        BigDecimal listing = row.money(LISTING_AMOUNT) == null ? null : row.amount(LISTING_AMOUNT);
        return sameCurrency && listing != null && listing.signum() > 0 ? listing : gross;
    }
}
