package app.eggbasket.ingestion.square;

import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.Amounts;
import app.eggbasket.ingestion.read.DateReader;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.Money;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static app.eggbasket.ingestion.square.SquareItemSalesColumn.*;

/**
 * Square "Item Sales Detail" download (REFERENCE §10): one row per item line, several rows per
 * {@code Transaction ID}. Amounts carry the currency symbol ({@code $8.00}, {@code €32.00},
 * {@code -$1.82}); the line's currency is the one its symbols name, and a row naming none or two is
 * rejected. {@code Date} + {@code Time} are local to the row's {@code Time Zone}, written with Rails'
 * friendly names ({@link SquareTimeZones}).
 *
 * <p>{@code Event Type} {@code Payment} rows are sales: items = {@code Gross Sales}, discount =
 * |{@code Discounts}|, tax = {@code Tax}, and {@code Net Sales} must equal items − discount. {@code Refund}
 * rows (negative quantity and amounts, their own {@code Transaction ID} and {@code Payment ID}) become
 * REFUNDED lines with items 0 and refund = |{@code Net Sales}|, so their revenue is −|Net Sales| and nets
 * out the sale it reverses. The file states no fees.
 *
 * <p>Line ids: Square gives no per-row id ({@code Token} is the catalogue item's token, shared by every row
 * selling that item), so a line is {@code <Payment ID>-<n>} where n counts the rows of that payment in
 * file order ({@code <Payment ID>-refund-<n>} for refund rows): two rows of one payment get different
 * ids, and the same file always gives the same ids.
 */
public final class SquareItemSalesFormat implements SaleFormat {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("H:mm[:ss]", Locale.ROOT);
    /** An amount ending in a comma and two decimals, with no decimal point: {@code 32,00 €}, {@code -1,82 $}. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("^[^.]*\\d,\\d{2}\\D*$");
    private static final List<SquareItemSalesColumn> MONEY_COLUMNS =
            List.of(GROSS_SALES, DISCOUNTS, NET_SALES, TAX, COMMISSION);

    @Override
    public String id() {
        return "square-item-sales";
    }

    @Override
    public String label() {
        return "Square — Item Sales Detail (items-*.csv)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("markets", ChannelKind.IN_PERSON);
    }

    @Override
    public List<SquareItemSalesColumn> columns() {
        return Arrays.asList(SquareItemSalesColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = DateReader.of(table.frenchExcel());
        boolean decimalComma = table.decimalComma() || writesDecimalCommas(table);
        Map<String, Integer> rowsPerPayment = new HashMap<>();
        return row -> new Reader(row, decimalComma).read(dates, context, rowsPerPayment);
    }

    /** A French-locale export may write {@code 32,00 €} with its native comma delimiter (values quoted). */
    private static boolean writesDecimalCommas(ExportTable table) {
        boolean[] found = {false};
        table.forEachRow(row -> {
            if (!found[0]) {
                String gross = row.text(GROSS_SALES);
                found[0] = gross != null && DECIMAL_COMMA.matcher(gross).matches();
            }
        });
        return found[0];
    }

    /** Reads one row; holds the currency its amounts named so far. */
    private static final class Reader {

        private final ExportRow row;
        private final boolean decimalComma;
        private String currency;
        private SquareItemSalesColumn currencyColumn;

        Reader(ExportRow row, boolean decimalComma) {
            this.row = row;
            this.decimalComma = decimalComma;
        }

        RowOutcome read(DateReader dates, ParseContext context, Map<String, Integer> rowsPerPayment) {
            String transactionId = row.text(TRANSACTION_ID);
            String payment = row.text(PAYMENT_ID) != null ? row.text(PAYMENT_ID) : transactionId;
            String eventType = row.text(EVENT_TYPE);
            boolean refund = eventType != null && eventType.equalsIgnoreCase("Refund");
            // counted before any value is checked, so a rejected row does not shift the ids of the next ones
            String lineKey = payment == null ? null : refund ? payment + "-refund" : payment;
            int ordinal = lineKey == null ? 0 : rowsPerPayment.merge(lineKey, 1, Integer::sum);

            if (!refund && (eventType == null || !eventType.equalsIgnoreCase("Payment"))) {
                throw row.reject(EVENT_TYPE, "expected Payment or Refund");
            }
            String orderId = row.required(TRANSACTION_ID);
            LocalDate date = row.dateTime(DATE, dates).toLocalDate();
            LocalTime time = time();
            ZoneId zone = zone();

            BigDecimal gross = amountOrZero(GROSS_SALES);
            BigDecimal discounts = amountOrZero(DISCOUNTS).abs();
            BigDecimal net = amountOrZero(NET_SALES);
            BigDecimal tax = amountOrZero(TAX);
            amountOrZero(COMMISSION);
            if (currency == null) {
                throw row.reject(GROSS_SALES, "no amount of this row names its currency (expected a symbol "
                        + "like $8.00 or €32.00, as Square writes them)");
            }
            int quantity = quantity();

            SaleDraft draft = new SaleDraft()
                    .orderId(orderId)
                    .lineId(lineKey + "-" + ordinal)
                    .orderedAt(context.instant(date.atTime(time), zone))
                    .item(row.text(ITEM))
                    .sku(row.text(SKU))
                    .quantity(quantity)
                    .currency(currency)
                    .buyer(row.text(CUSTOMER_ID) != null ? row.text(CUSTOMER_ID) : row.text(CUSTOMER_NAME));
            if (refund) {
                BigDecimal refunded = row.text(NET_SALES) != null ? net.abs() : gross.abs().subtract(discounts).abs();
                return RowOutcome.sale(draft.refund(refunded).status(SaleStatus.REFUNDED));
            }
            if (row.text(NET_SALES) != null && net.compareTo(gross.subtract(discounts)) != 0) {
                throw row.reject(NET_SALES, "expected Gross Sales − Discounts = " + gross.subtract(discounts));
            }
            return RowOutcome.sale(draft.items(gross).discount(discounts).tax(tax).status(SaleStatus.COMPLETED));
        }

        private LocalTime time() {
            String value = row.required(TIME);
            try {
                return LocalTime.parse(value, TIME_OF_DAY);
            } catch (DateTimeParseException e) {
                throw row.reject(TIME, "expected a time like 13:45:07");
            }
        }

        /** The row's zone; the seller's zone (null) when the cell is blank. */
        private ZoneId zone() {
            String name = row.text(TIME_ZONE);
            if (name == null) {
                return null;
            }
            Optional<ZoneId> zone = SquareTimeZones.of(name);
            if (zone.isEmpty()) {
                throw row.reject(TIME_ZONE, "unknown time zone; expected a Square time zone name like "
                        + "Paris, London or Eastern Time (US & Canada)");
            }
            return zone.get();
        }

        private int quantity() {
            String value = row.text(QTY);
            if (value == null) {
                return 1;
            }
            try {
                BigDecimal q = new BigDecimal(value.replace(',', '.')).abs();
                // items sold by weight or length (0.5 kg) count as one line
                return q.signum() == 0 ? 1 : q.stripTrailingZeros().scale() <= 0 ? q.intValueExact() : 1;
            } catch (ArithmeticException | NumberFormatException e) {
                throw row.reject(QTY, "expected a quantity like 1.0");
            }
        }

        private BigDecimal amountOrZero(SquareItemSalesColumn column) {
            String value = row.text(column);
            if (Amounts.isBlank(value)) {
                return BigDecimal.ZERO;
            }
            Money money;
            try {
                money = Amounts.parse(value, decimalComma);
            } catch (IllegalArgumentException e) {
                throw row.reject(column, e.getMessage());
            }
            if (money.currency() != null) {
                if (currency == null) {
                    currency = money.currency();
                    currencyColumn = column;
                } else if (!currency.equals(money.currency())) {
                    throw row.reject(column, "the row mixes currencies: " + money.currency() + " here, "
                            + currency + " in " + row.table().labelOf(currencyColumn));
                }
            }
            return money.amount();
        }
    }
}
