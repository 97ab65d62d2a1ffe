package app.eggbasket.ingestion.sumup;

import app.eggbasket.ingestion.sale.IsoCodes;
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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static app.eggbasket.ingestion.sumup.SumupSalesColumn.*;

/**
 * SumUp "Sales report" (REFERENCE §9): one row per item sold, several rows per {@code Transaction ID};
 * prices are line totals (a real fixture sells 4 cappuccinos at {@code Price (Gross)} 20.0).
 *
 * <ul>
 *   <li>{@code Type} {@code Sales} ({@code Verkauf}, {@code Vente}) rows are COMPLETED lines: items =
 *       {@code Price (Net)} plus the discount, tax = {@code Price (Gross)} − {@code Price (Net)}. The German
 *       report's {@code Rabatt} is a tax-inclusive amount already taken off {@code Preis (brutto)}; it is
 *       stated net of tax in the proportion net/gross. Revenue is thus {@code Price (Net)}.</li>
 *   <li>{@code Refund} ({@code Erstattung}, {@code Remboursement}) rows are REFUNDED lines with items 0 and
 *       refund = |{@code Price (Net)}|. A sale row whose {@code Transaction refunded} is filled in, when no
 *       refund row of the file reverses its transaction, is REFUNDED on its own line.</li>
 *   <li>Line ids: {@code <Transaction ID>-<n>} with n counting that transaction's rows in file order
 *       ({@code -refund-<n>} for refund rows), stable from one read to the next. No fees, no buyer.</li>
 * </ul>
 */
public final class SumupSalesFormat implements SaleFormat {

    private static final Set<String> SALE = Set.of("sales", "sale", "verkauf", "vente", "ventes");
    private static final Set<String> REFUND = Set.of("refund", "refunds", "erstattung", "ruckerstattung",
            "remboursement");
    private static final Set<String> NOT_REFUNDED = Set.of("no", "false", "nein", "non", "0");
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("H:mm[:ss]", Locale.ROOT);

    @Override
    public String id() {
        return "sumup-sales";
    }

    @Override
    public String label() {
        return "SumUp — Sales report (items)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("markets", ChannelKind.IN_PERSON);
    }

    @Override
    public List<SumupSalesColumn> columns() {
        return Arrays.asList(SumupSalesColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = SumupValues.dates(table.frenchExcel());
        Set<String> reversed = new HashSet<>();
        table.forEachRow(row -> {
            if (row.text(TRANSACTION_ID) != null && REFUND.contains(SumupValues.fold(row.text(TYPE)))) {
                reversed.add(row.text(TRANSACTION_ID));
            }
        });
        Map<String, Integer> rowsPerTransaction = new HashMap<>();
        return row -> read(row, dates, context, reversed, rowsPerTransaction);
    }

    private static RowOutcome read(ExportRow row, DateReader dates, ParseContext context, Set<String> reversed,
                                   Map<String, Integer> rowsPerTransaction) {
        String id = row.required(TRANSACTION_ID);
        String type = SumupValues.fold(row.required(TYPE));
        boolean refund = REFUND.contains(type);
        // counted before any value is checked, so a rejected row does not shift the ids of the next ones
        String key = refund ? id + "-refund" : id;
        int n = rowsPerTransaction.merge(key, 1, Integer::sum);
        if (!refund && !SALE.contains(type)) {
            throw row.reject(TYPE, "expected Sales or Refund");
        }
        BigDecimal gross = SumupValues.positive(row, PRICE_GROSS);
        BigDecimal net = row.amount(PRICE_NET).abs();
        if (net.compareTo(gross) > 0) {
            throw row.reject(PRICE_NET, "expected a net price not above the gross price " + gross.toPlainString());
        }
        BigDecimal tax = gross.subtract(net);
        int quantity = Math.abs(row.quantity(QUANTITY, 1));
        SaleDraft draft = new SaleDraft()
                .orderId(id)
                .lineId(key + "-" + n)
                .orderedAt(context.instant(dateTime(row, dates), null))
                .item(row.text(DESCRIPTION))
                .quantity(quantity == 0 ? 1 : quantity)
                .currency(currency(row));
        if (refund) {
            return RowOutcome.sale(draft.refund(net).tax(tax.negate()).status(SaleStatus.REFUNDED));
        }
        BigDecimal discount = netDiscount(row, gross, net);
        draft.items(net.add(discount)).discount(discount).tax(tax);
        String refunded = row.text(TRANSACTION_REFUNDED);
        if (refunded != null && !NOT_REFUNDED.contains(SumupValues.fold(refunded)) && !reversed.contains(id)) {
            return RowOutcome.sale(draft.refund(net).status(SaleStatus.REFUNDED));
        }
        return RowOutcome.sale(draft.status(SaleStatus.COMPLETED));
    }

    /** The tax-inclusive discount stated net of tax, in the proportion of the line's net to gross price. */
    private static BigDecimal netDiscount(ExportRow row, BigDecimal gross, BigDecimal net) {
        BigDecimal discount = SumupValues.positive(row, DISCOUNT);
        if (discount.signum() == 0 || gross.signum() == 0 || gross.compareTo(net) == 0) {
            return discount;
        }
        return discount.multiply(net).divide(gross, 2, RoundingMode.HALF_EVEN);
    }

    private static String currency(ExportRow row) {
        String currency = row.required(CURRENCY).toUpperCase(Locale.ROOT);
        if (!IsoCodes.isCurrency(currency)) {
            throw row.reject(CURRENCY, "expected an ISO currency code like EUR or CHF");
        }
        return currency;
    }

    /** {@code Date} with the separate {@code Time} of the English report, or the German {@code Datum, Uhrzeit}. */
    private static LocalDateTime dateTime(ExportRow row, DateReader dates) {
        LocalDateTime date = row.dateTime(DATE, dates);
        String time = row.text(TIME);
        if (time == null || !date.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return date;
        }
        try {
            return date.toLocalDate().atTime(LocalTime.parse(time, TIME_OF_DAY));
        } catch (DateTimeParseException e) {
            throw row.reject(TIME, "expected a time like 12:32");
        }
    }
}
