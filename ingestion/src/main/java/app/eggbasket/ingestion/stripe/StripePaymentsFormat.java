package app.eggbasket.ingestion.stripe;

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
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static app.eggbasket.ingestion.stripe.StripePaymentsColumn.*;

/**
 * Stripe Payments → Export, legacy {@code payments.csv} and current {@code unified_payments.csv}
 * (REFERENCE §8): one row per charge, dates {@code YYYY-MM-DD HH:MM:SS} in UTC, currency lower-case
 * ({@code usd}), amounts in major units.
 *
 * <ul>
 *   <li>Only charges that were paid count: {@code Status} {@code Paid} or {@code Refunded} (also
 *       {@code succeeded} / {@code Partially refunded}), and not {@code Captured} {@code false}. The export
 *       includes failed attempts ({@code Failed}, {@code requires_payment_method}, one even without an
 *       {@code id}), uncaptured authorisations and test-mode charges: those rows are skipped with a reason.</li>
 *   <li>The line is in the charge's own {@code Amount} and {@code Currency}, never the {@code Converted *}
 *       columns (the account's settlement currency): items = {@code Amount}. Stripe states no sales tax
 *       here (the legacy {@code Tax} column, like the unified {@code Taxes On Fee}, is tax on Stripe's fee).</li>
 *   <li>Refunds are on the same row: {@code Amount Refunded} equal to {@code Amount} makes the line
 *       REFUNDED, a smaller one PARTIALLY_REFUNDED, with that refund; status {@code Refunded} without an
 *       amount refunded means the whole charge.</li>
 *   <li>{@code Fee} is in the account's currency ({@code Converted Currency}). When that differs from the
 *       charge's currency, the fee is brought back to it at the charge's own rate
 *       ({@code Fee × Amount / Converted Amount}); when that rate is not stated the fees are unknown (null).</li>
 * </ul>
 */
public final class StripePaymentsFormat implements SaleFormat {

    private static final Set<String> PAID = Set.of("paid", "succeeded", "refunded", "partially refunded",
            "partially_refunded");

    @Override
    public String id() {
        return "stripe-payments";
    }

    @Override
    public String label() {
        return "Stripe — Payments export (payments.csv, unified_payments.csv)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("own-shop", ChannelKind.OWN_SHOP);
    }

    @Override
    public List<StripePaymentsColumn> columns() {
        return Arrays.asList(StripePaymentsColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = DateReader.of(table.frenchExcel(), "uuuu-MM-dd HH:mm[:ss]");
        return row -> read(row, dates, context);
    }

    private static RowOutcome read(ExportRow row, DateReader dates, ParseContext context) {
        String status = row.required(STATUS);
        String folded = status.toLowerCase(Locale.ROOT);
        if (!PAID.contains(folded)) {
            return RowOutcome.skip("status '" + status + "' is not a paid charge (failed or abandoned attempts are not sales)");
        }
        if ("false".equalsIgnoreCase(row.text(CAPTURED))) {
            return RowOutcome.skip("charge authorised but never captured, not a sale");
        }
        if ("test".equalsIgnoreCase(row.text(MODE))) {
            return RowOutcome.skip("test-mode charge, not a sale");
        }
        String currency = currency(row);
        BigDecimal amount = row.amount(AMOUNT);
        if (amount.signum() < 0) {
            throw row.reject(AMOUNT, "expected a positive charge amount");
        }
        BigDecimal refunded = row.amountOrZero(AMOUNT_REFUNDED);
        if (refunded.signum() < 0 || refunded.compareTo(amount) > 0) {
            throw row.reject(AMOUNT_REFUNDED, "expected an amount between 0 and the charge's Amount "
                    + amount.toPlainString());
        }
        SaleStatus saleStatus;
        if (refunded.signum() == 0 && folded.equals("refunded")) {
            refunded = amount;
            saleStatus = SaleStatus.REFUNDED;
        } else if (refunded.signum() == 0) {
            saleStatus = SaleStatus.COMPLETED;
        } else if (refunded.compareTo(amount) == 0) {
            saleStatus = SaleStatus.REFUNDED;
        } else {
            saleStatus = SaleStatus.PARTIALLY_REFUNDED;
        }
        String id = row.text(ID) != null ? row.text(ID) : row.required(PAYMENT_INTENT_ID);
        return RowOutcome.sale(new SaleDraft()
                .orderId(id)
                .orderedAt(context.instant(row.dateTime(CREATED, dates), ZoneOffset.UTC))
                .item(row.text(DESCRIPTION))
                .currency(currency)
                .items(amount)
                .refund(refunded)
                .fees(fees(row, amount, currency))
                .buyer(firstPresent(row, CUSTOMER_ID, CUSTOMER_EMAIL, CARD_FINGERPRINT))
                .buyerCountry(Countries.iso2(firstPresent(row, SHIPPING_ADDRESS_COUNTRY, CARD_ADDRESS_COUNTRY,
                        CARD_ISSUE_COUNTRY)))
                .status(saleStatus));
    }

    private static String currency(ExportRow row) {
        String currency = row.required(CURRENCY).toUpperCase(Locale.ROOT);
        if (!IsoCodes.isCurrency(currency)) {
            throw row.reject(CURRENCY, "expected an ISO currency code like eur or usd");
        }
        return currency;
    }

    /** The fee in the charge's currency; null when the file has no fee or no rate to convert it. */
    private static BigDecimal fees(ExportRow row, BigDecimal amount, String currency) {
        if (!row.table().has(FEE)) {
            return null;
        }
        BigDecimal fee = row.amountOrZero(FEE).abs();
        String feeCurrency = row.text(CONVERTED_CURRENCY);
        if (fee.signum() == 0 || feeCurrency == null || feeCurrency.equalsIgnoreCase(currency)) {
            return fee;
        }
        BigDecimal converted = row.amountOrZero(CONVERTED_AMOUNT);
        if (converted.signum() <= 0) {
            return null;
        }
        return fee.multiply(amount).divide(converted, 2, RoundingMode.HALF_EVEN);
    }

    private static String firstPresent(ExportRow row, StripePaymentsColumn... columns) {
        for (StripePaymentsColumn column : columns) {
            if (row.text(column) != null) {
                return row.text(column);
            }
        }
        return null;
    }
}
