package app.eggbasket.ingestion.mapping;

import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.ingestion.format.Countries;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.read.Amounts;
import app.eggbasket.ingestion.read.ColumnName;
import app.eggbasket.ingestion.read.DateReader;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.HeaderNames;
import app.eggbasket.ingestion.read.Money;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows of a mapped file, one sale line per row. Rules:
 * <ul>
 *   <li>the date is read with the mapping's pattern only (plus ISO, as Excel rewrites dates), never
 *       guessed row by row; a time column, when mapped, is appended to the date; a year before 1990
 *       or after next year rejects the row (a 2-digit year Excel put in the wrong century);</li>
 *   <li>without an order id column every row is its own order, id {@code <date>-line<n>};
 *       with one, the rows of an order are its lines {@code <order>/1}, {@code <order>/2}…;</li>
 *   <li>amounts are read as positive values (a minus sign is dropped, the column says what it is);
 *       items = amount × quantity when the amount is a unit price;</li>
 *   <li>currency: the column, else the constant, else the symbol in the amount, else the seller's;</li>
 *   <li>status: the seller's value table, else {@link StatusWords}; an unknown value rejects the row.
 *       Without a status column, a refund makes the line partially refunded, or refunded when it
 *       covers the whole line; a refunded line with no refund amount gives the whole line back.</li>
 * </ul>
 */
final class MappedRowParser implements RowParser {

    /** Dates before this year, or after next year, are rejected (see {@link ExcelDamage}). */
    static final int FIRST_YEAR = 1990;

    private final ColumnMapping mapping;
    private final Channel defaultChannel;
    private final ParseContext context;
    private final DateReader dates;
    private final Map<CanonicalField, ColumnName> columns = new EnumMap<>(CanonicalField.class);
    private final Map<String, Integer> linesPerOrder = new HashMap<>();
    private final int lastYear = Year.now().getValue() + 1;

    MappedRowParser(ColumnMapping mapping, Channel defaultChannel, ParseContext context) {
        this.mapping = mapping;
        this.defaultChannel = defaultChannel;
        this.context = context;
        this.dates = DateReader.of(false, lenient(mapping.datePattern()));
        mapping.fields().forEach((field, source) -> {
            if (source.isColumn()) {
                columns.put(field, MappedColumn.optional(source.column()));
            }
        });
    }

    /** {@code dd/MM/yyyy} also reads {@code 3/4/2024} and {@code 03/04/2024 14:05[:33]}. */
    static String lenient(String pattern) {
        String p = pattern.replace("dd", "d").replace("MM", "M").replace("HH", "H");
        if (!p.contains("H")) {
            return p + "[ H:mm[:ss]]";
        }
        return p.contains("ss") ? p : p + "[:ss]";
    }

    @Override
    public RowOutcome parse(ExportRow row) {
        LocalDateTime at = dateTime(row);
        SaleDraft draft = new SaleDraft().orderedAt(context.instant(at, null));
        String order = text(row, CanonicalField.ORDER_ID);
        if (order == null) {
            String id = at.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE) + "-line" + row.line();
            draft.orderId(id).lineId(id);
        } else {
            int n = linesPerOrder.merge(order, 1, Integer::sum);
            draft.orderId(order).lineId(order + "/" + n);
        }
        int quantity = columns.containsKey(CanonicalField.QUANTITY)
                ? row.quantity(columns.get(CanonicalField.QUANTITY), 1) : 1;
        Money amount = row.money(columns.get(CanonicalField.AMOUNT));
        if (amount == null) {
            throw row.reject(columns.get(CanonicalField.AMOUNT), "an amount is required");
        }
        BigDecimal items = mapping.amountMeaning() == AmountMeaning.UNIT_PRICE
                ? amount.amount().abs().multiply(BigDecimal.valueOf(quantity)) : amount.amount().abs();
        draft.quantity(quantity).items(items).currency(currency(row, amount))
                .discount(positive(row, CanonicalField.DISCOUNT))
                .shipping(positive(row, CanonicalField.SHIPPING))
                .tax(positive(row, CanonicalField.TAX))
                .item(text(row, CanonicalField.ITEM))
                .sku(text(row, CanonicalField.SKU))
                .buyer(text(row, CanonicalField.BUYER))
                .buyerCountry(Countries.iso2(text(row, CanonicalField.COUNTRY)));
        if (columns.containsKey(CanonicalField.FEES)) {
            Money fees = row.money(columns.get(CanonicalField.FEES));
            draft.fees(fees == null ? null : fees.amount().abs());
        }
        status(row, draft, items, positive(row, CanonicalField.DISCOUNT), positive(row, CanonicalField.SHIPPING),
                positive(row, CanonicalField.REFUND));
        Channel channel = channel(row);
        if (channel != null) {
            draft.channel(channel);
        }
        return RowOutcome.sale(draft);
    }

    private LocalDateTime dateTime(ExportRow row) {
        ColumnName dateColumn = columns.get(CanonicalField.DATE);
        String date = row.required(dateColumn);
        String time = text(row, CanonicalField.TIME);
        LocalDateTime at;
        try {
            at = dates.read(time == null ? date : date + " " + time);
        } catch (IllegalArgumentException e) {
            throw row.reject(dateColumn, e.getMessage());
        }
        if (at.getYear() < FIRST_YEAR || at.getYear() > lastYear) {
            throw row.reject(dateColumn, "a sale cannot be dated " + at.getYear()
                    + ": Excel may have put a 2-digit year in the wrong century");
        }
        return at;
    }

    private String currency(ExportRow row, Money amount) {
        FieldSource source = mapping.source(CanonicalField.CURRENCY);
        if (source != null && source.isColumn()) {
            String value = text(row, CanonicalField.CURRENCY);
            if (value != null) {
                String code = value.trim().toUpperCase(Locale.ROOT);
                if (IsoCodes.isCurrency(code)) {
                    return code;
                }
                try {
                    String symbol = Amounts.parse(value + "0", false).currency();
                    if (symbol != null) {
                        return symbol;
                    }
                } catch (IllegalArgumentException notASymbol) {
                    // rejected below
                }
                throw row.reject(columns.get(CanonicalField.CURRENCY), "expected a currency code like EUR");
            }
        } else if (source != null) {
            return source.constant();
        }
        return amount.currency() != null ? amount.currency() : context.sellerCurrency();
    }

    private void status(ExportRow row, SaleDraft draft, BigDecimal items, BigDecimal discount, BigDecimal shipping,
                        BigDecimal refund) {
        BigDecimal whole = items.subtract(discount).add(shipping);
        SaleStatus status;
        String value = text(row, CanonicalField.STATUS);
        if (value != null) {
            status = mapping.statusValues().get(HeaderNames.normalise(value));
            if (status == null) {
                status = StatusWords.of(value);
            }
            if (status == null) {
                throw row.reject(columns.get(CanonicalField.STATUS), "unknown status: say in the mapping what '"
                        + value + "' means (COMPLETED, PARTIALLY_REFUNDED, REFUNDED or CANCELLED)");
            }
        } else if (refund.signum() > 0) {
            status = refund.compareTo(whole) >= 0 ? SaleStatus.REFUNDED : SaleStatus.PARTIALLY_REFUNDED;
        } else {
            status = SaleStatus.COMPLETED;
        }
        if (status == SaleStatus.REFUNDED && refund.signum() == 0) {
            refund = whole.max(BigDecimal.ZERO);
        }
        draft.status(status).refund(refund);
    }

    private Channel channel(ExportRow row) {
        FieldSource channelSource = mapping.source(CanonicalField.CHANNEL);
        FieldSource kindSource = mapping.source(CanonicalField.KIND);
        boolean channelColumn = channelSource != null && channelSource.isColumn();
        boolean kindColumn = kindSource != null && kindSource.isColumn();
        if (!channelColumn && !kindColumn) {
            return null;
        }
        String name = channelColumn ? text(row, CanonicalField.CHANNEL) : null;
        ChannelKind kind = defaultChannel.kind();
        if (kindColumn && text(row, CanonicalField.KIND) != null) {
            try {
                kind = ChannelKind.parse(text(row, CanonicalField.KIND));
            } catch (IllegalArgumentException e) {
                throw row.reject(columns.get(CanonicalField.KIND), e.getMessage());
            }
        }
        try {
            return Channel.of(name == null ? defaultChannel.name() : name, kind);
        } catch (IllegalArgumentException e) {
            throw row.reject(columns.get(CanonicalField.CHANNEL), e.getMessage());
        }
    }

    private BigDecimal positive(ExportRow row, CanonicalField field) {
        ColumnName column = columns.get(field);
        return column == null ? BigDecimal.ZERO : row.amountOrZero(column).abs();
    }

    private String text(ExportRow row, CanonicalField field) {
        ColumnName column = columns.get(field);
        return column == null ? null : row.text(column);
    }
}
