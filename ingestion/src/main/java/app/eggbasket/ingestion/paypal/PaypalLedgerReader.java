package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.ingestion.format.Countries;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.read.ColumnName;
import app.eggbasket.ingestion.read.DateReader;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.HeaderNames;
import app.eggbasket.ingestion.read.RowRejection;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of a PayPal ledger (activity download or statement): one row per money movement.
 *
 * <ul>
 *   <li>A completed payment received (positive gross) is a COMPLETED sale: order and line id = its
 *       Transaction ID, items = gross − shipping − sales tax (PayPal's gross includes both), fees =
 *       |fee|, buyer = the payer's e-mail (or name).</li>
 *   <li>A completed refund (negative gross) is its own line: order id = the Reference Txn ID (the
 *       original payment, so the two group as one order), line id = the refund's own Transaction ID,
 *       items 0, refund = |gross| less any sales tax given back, so revenue is −refund and a payment
 *       followed by its full refund nets to 0. Fees = −(fee PayPal gave back), a negative fee, so the
 *       fees of the order also net to what PayPal kept. Status REFUNDED, or PARTIALLY_REFUNDED when the
 *       original payment is in the same file and the refund is smaller.</li>
 *   <li>Everything else is skipped with a reason: withdrawals, conversions, holds, authorisations,
 *       transfers, payments sent, pending/denied/cancelled statuses, memo rows.</li>
 * </ul>
 *
 * Day/month order is decided once per file before the first row is read (see {@link #dayFirst}).
 */
final class PaypalLedgerReader {

    private static final Pattern SLASHED = Pattern.compile("\\s*(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})\\b.*");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]", Locale.ROOT);
    /** Statuses of movements that took place. A payment later refunded shows as Refunded: it was still paid. */
    private static final Set<String> DONE = Set.of("completed", "termine", "abgeschlossen", "cleared",
            "refunded", "rembourse", "erstattet", "partially refunded", "partiellement rembourse",
            "teilweise erstattet");
    /** Header labels only found in files that write decimal commas (French, German, Spanish). */
    private static final Set<String> DECIMAL_COMMA_LABELS = Set.of("avant commission", "brutto", "bruto");
    private static final Set<String> DAY_FIRST_LABELS = Set.of("avant commission", "brutto", "bruto",
            "fuseau horaire", "zeitzone", "zona horaria");

    private PaypalLedgerReader() {
    }

    /** Whether a header is written in a language that uses decimal commas. */
    static boolean decimalComma(List<String> header) {
        return header.stream().map(HeaderNames::normalise).anyMatch(DECIMAL_COMMA_LABELS::contains);
    }

    static RowParser open(ExportTable table, ParseContext context, PaypalLayout layout) {
        Map<String, BigDecimal> paymentGross = new HashMap<>();
        boolean dayFirst = dayFirst(table, layout, paymentGross);
        DateReader dates = dayFirst
                ? DateReader.of(table.frenchExcel(), "d/M/uuuu", "d.M.uuuu", "d/M/uu")
                : DateReader.of(table.frenchExcel(), "M/d/uuuu", "d.M.uuuu", "M/d/uu");
        return row -> read(row, layout, dates, context, paymentGross);
    }

    /**
     * Settles day/month order for the whole file: a French Excel re-save is day first; otherwise any
     * slashed date whose first part exceeds 12 makes the file day first, any whose second part exceeds
     * 12 makes it month first; when the dates do not tell (or contradict each other), French, German or
     * Spanish labels mean day first, and English labels fall back on the format's habit. The same scan
     * notes the gross of each payment so a refund can tell whether it is partial.
     */
    static boolean dayFirst(ExportTable table, PaypalLayout layout, Map<String, BigDecimal> paymentGross) {
        boolean[] seen = new boolean[2];
        table.forEachRow(row -> {
            String date = row.text(layout.date());
            Matcher m = date == null ? null : SLASHED.matcher(date);
            if (m != null && m.matches()) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(2));
                seen[0] |= first > 12 && second <= 12;
                seen[1] |= second > 12 && first <= 12;
            }
            try {
                BigDecimal gross = row.amount(layout.gross());
                String id = row.text(layout.transactionId());
                boolean payment = PaypalTransactionType.classify(row.text(layout.type()), gross.signum()).kind()
                        == PaypalTransactionType.Kind.SALE;
                if (id != null && payment && completed(row, layout)) {
                    paymentGross.merge(id, gross, BigDecimal::add);
                }
            } catch (RowRejection unreadable) {
                // the row will be rejected when it is read
            }
        });
        if (table.frenchExcel()) {
            return true;
        }
        if (seen[0] != seen[1]) {
            return seen[0];
        }
        boolean otherLanguage = table.header().stream().map(HeaderNames::normalise).anyMatch(DAY_FIRST_LABELS::contains);
        return otherLanguage || !layout.monthFirstInEnglish();
    }

    private static RowOutcome read(ExportRow row, PaypalLayout layout, DateReader dates, ParseContext context,
                                   Map<String, BigDecimal> paymentGross) {
        if (layout.balanceImpact() != null
                && "memo".equals(PaypalTransactionType.fold(row.text(layout.balanceImpact())))) {
            return RowOutcome.skip("memo entry that does not change the balance, not a sale");
        }
        BigDecimal gross = row.amount(layout.gross());
        String type = row.required(layout.type());
        PaypalTransactionType.Verdict verdict = PaypalTransactionType.classify(type, gross.signum());
        if (verdict.kind() == PaypalTransactionType.Kind.SKIP) {
            return RowOutcome.skip(verdict.reason());
        }
        if (!completed(row, layout)) {
            return RowOutcome.skip("status '" + row.raw(layout.status())
                    + "' is not completed (pending, denied or cancelled payments are not sales)");
        }
        String currency = row.required(layout.currency()).toUpperCase(Locale.ROOT);
        if (!IsoCodes.isCurrency(currency)) {
            throw row.reject(layout.currency(), "expected an ISO currency code like EUR or USD");
        }
        String transactionId = row.required(layout.transactionId());
        BigDecimal fee = row.amountOrZero(layout.fee());
        BigDecimal tax = optionalAmount(row, layout.salesTax()).abs();
        SaleDraft draft = new SaleDraft()
                .orderedAt(context.instant(dateTime(row, layout, dates), zone(row, layout)))
                .currency(currency)
                .item(text(row, layout.itemTitle()))
                .sku(text(row, layout.itemId()))
                .buyerCountry(Countries.iso2(text(row, layout.countryCode())));
        if (verdict.kind() == PaypalTransactionType.Kind.SALE) {
            BigDecimal shipping = optionalAmount(row, layout.shipping());
            BigDecimal items = gross.subtract(shipping).subtract(tax);
            if (shipping.signum() < 0 || items.signum() < 0) {
                throw row.reject(layout.shipping() != null && shipping.signum() != 0 ? layout.shipping() : layout.salesTax(),
                        "expected shipping and sales tax to be parts of the gross amount " + gross.toPlainString());
            }
            int quantity = layout.quantity() == null ? 1 : row.quantity(layout.quantity(), 1);
            return RowOutcome.sale(draft
                    .orderId(transactionId)
                    .lineId(transactionId)
                    .quantity(quantity > 0 ? quantity : 1)
                    .items(items)
                    .shipping(shipping)
                    .tax(tax)
                    .fees(fee.abs())
                    .buyer(firstPresent(row, layout.fromEmail(), layout.name()))
                    .status(SaleStatus.COMPLETED));
        }
        BigDecimal refunded = gross.abs();
        BigDecimal refund = refunded.subtract(tax);
        if (refund.signum() < 0) {
            throw row.reject(layout.salesTax(), "expected the sales tax to be part of the refunded amount "
                    + refunded.toPlainString());
        }
        String original = text(row, layout.referenceTxnId());
        BigDecimal originalGross = original == null ? null : paymentGross.get(original);
        SaleStatus status = originalGross != null && refunded.compareTo(originalGross) < 0
                ? SaleStatus.PARTIALLY_REFUNDED : SaleStatus.REFUNDED;
        return RowOutcome.sale(draft
                .orderId(original != null ? original : transactionId)
                .lineId(transactionId)
                .quantity(0)
                .refund(refund)
                .tax(tax.negate())
                .fees(fee.negate())
                .buyer(firstPresent(row, layout.toEmail(), layout.fromEmail(), layout.name()))
                .status(status));
    }

    /** Whether the movement took place; statements have no status and list only movements that did. */
    private static boolean completed(ExportRow row, PaypalLayout layout) {
        if (layout.status() == null) {
            return true;
        }
        String status = row.text(layout.status());
        return status != null && DONE.contains(PaypalTransactionType.fold(status));
    }

    private static BigDecimal optionalAmount(ExportRow row, ColumnName column) {
        return column == null ? BigDecimal.ZERO : row.amountOrZero(column);
    }

    private static String firstPresent(ExportRow row, ColumnName... columns) {
        for (ColumnName column : columns) {
            if (text(row, column) != null) {
                return text(row, column);
            }
        }
        return null;
    }

    /** The text of a column this format may not have at all (null column): null then. */
    private static String text(ExportRow row, ColumnName column) {
        return column == null ? null : row.text(column);
    }

    private static LocalDateTime dateTime(ExportRow row, PaypalLayout layout, DateReader dates) {
        LocalDateTime date = row.dateTime(layout.date(), dates);
        String time = row.text(layout.time());
        if (time == null || !date.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return date;
        }
        try {
            return date.toLocalDate().atTime(LocalTime.parse(time, TIME));
        } catch (DateTimeParseException e) {
            throw row.reject(layout.time(), "expected a time like 13:45:07");
        }
    }

    /** The zone the row names; null (the seller's zone) when the cell is blank. */
    private static ZoneId zone(ExportRow row, PaypalLayout layout) {
        String text = row.text(layout.zone());
        if (text == null) {
            return null;
        }
        ZoneId zone = PaypalZones.of(text);
        if (zone == null) {
            throw row.reject(layout.zone(), "expected a time zone like PST, CET or Europe/Paris");
        }
        return zone;
    }
}
