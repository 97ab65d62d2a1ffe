package app.eggbasket.ingestion.etsy;

import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.Money;
import app.eggbasket.ingestion.read.RowRejection;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.eggbasket.ingestion.etsy.EtsyStatementColumn.*;

/**
 * Reads the rows of an Etsy monthly statement.
 *
 * <ul>
 *   <li><b>Sale</b> ({@code Payment for Order #<id>}): a COMPLETED sale line of that order, items = Amount less
 *       the sales tax the buyer paid on it (next rule), which goes to {@code tax}. The statement splits
 *       neither shipping nor quantity: shipping stays in items, quantity is 1, no buyer. Its fees are not on
 *       the line: they are the order's fee lines.</li>
 *   <li><b>Refund</b>: a REFUNDED line of the order (PARTIALLY_REFUNDED when the title says "Partial" or the
 *       order's sale in the same file is larger), items 0, refund = |Amount| less the sales tax Etsy gave
 *       back for it.</li>
 *   <li><b>Buyer's tax</b> ({@code Sales tax paid by buyer}, {@code … (paid by buyer)},
 *       {@code Refund to buyer for sales tax}): Etsy collects it inside the sale's Amount and remits it, so it
 *       is moved from that order's sale (or refund) to its tax; it is not a fee and the row itself is
 *       skipped. When the order's sale is not in the file, the row is skipped all the same.</li>
 *   <li><b>Every other row with Fees &amp; Taxes</b> (transaction, processing, listing, Offsite Ads, Etsy Ads,
 *       regulatory operating fee, shipping labels, VAT on fees, credits): a fee line, fees =
 *       −(Fees &amp; Taxes), so a charge is positive and a credit negative. VAT on fees is a fee line of
 *       its own, so it adds to the fee cost. Its order id is the order the Info (or Title) names
 *       ({@code Order #<id>}, {@code order: <id>}): the lake then puts these fees in place of the fees the
 *       order's lines from the Orders download state. Fees of no order (listings, ads, subscriptions) go
 *       to {@code fees-YYYY-MM}, the month of the row. A Sale or Refund row that also states fees gives
 *       its sale line and a fee line.</li>
 *   <li>Deposits (money sent to the bank or a wallet) and rows without any money are skipped.</li>
 * </ul>
 *
 * Etsy gives no row id, and identical rows are separate charges: a line id is the row's type, ISO date,
 * title and info, plus the ordinal of that key in file order ({@code fee:2026-01-30:Processing fee|Order
 * #3963804467:1}), stable across re-uploads (and French Excel re-saves) of the same statement. Every row is
 * checked against {@code Net = Amount + Fees & Taxes}.
 */
final class EtsyStatementReader implements RowParser {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

    private final ParseContext context;
    private final EtsyStatementDates dates;
    private final BuyerTaxes taxes;
    private final Map<String, Integer> ordinals = new HashMap<>();

    private EtsyStatementReader(ParseContext context, EtsyStatementDates dates, BuyerTaxes taxes) {
        this.context = context;
        this.dates = dates;
        this.taxes = taxes;
    }

    static RowParser open(ExportTable table, ParseContext context) {
        return new EtsyStatementReader(context, new EtsyStatementDates(table.frenchExcel()), BuyerTaxes.scan(table));
    }

    @Override
    public RowOutcome parse(ExportRow row) {
        String type = row.required(TYPE);
        String title = row.text(TITLE);
        String info = row.text(INFO);
        EtsyStatementEntry entry = EtsyStatementEntry.of(type, title);
        if (entry == EtsyStatementEntry.DEPOSIT) {
            return RowOutcome.skip("deposit to the seller's bank account or wallet, not a sale");
        }
        LocalDate date = date(row);
        Money amount = row.money(AMOUNT);
        Money fees = row.money(FEES_AND_TAXES);
        checkNet(row, amount, fees);
        String slug = EtsyStatementEntry.slug(type);
        String rowKey = date + ":" + (title == null ? "" : title) + (info == null ? "" : "|" + info);
        String rowId = rowKey + ":" + ordinals.merge(slug + ":" + rowKey, 1, Integer::sum);
        String lineId = slug + ":" + rowId;
        Instant at = context.instant(date.atStartOfDay(), null);
        if (entry == EtsyStatementEntry.BUYER_TAX) {
            requireNoAmount(row, amount, type);
            String order = order(info, title);
            return RowOutcome.skip(order != null && taxes.hasSaleOrRefund(order)
                    ? "sales tax the buyer paid, collected and remitted by Etsy: moved from the order's sale to its tax"
                    : "sales tax the buyer paid, collected and remitted by Etsy, for an order whose sale is not in this file");
        }
        String currency = currency(row, amount, fees);
        if (entry == EtsyStatementEntry.FEE) {
            requireNoAmount(row, amount, type);
            if (fees == null || fees.amount().signum() == 0) {
                return RowOutcome.skip("row without any amount or fee");
            }
            String order = order(info, title);
            String orderId = order != null ? order : "fees-" + MONTH.format(date);
            return RowOutcome.sale(SaleDraft.feeLine(orderId, lineId, fees.amount().negate())
                    .currency(currency).orderedAt(at));
        }
        if (amount == null) {
            throw row.reject(AMOUNT, "an amount is required on a " + type + " row");
        }
        String order = EtsyStatementEntry.orderIn(title) != null ? EtsyStatementEntry.orderIn(title)
                : EtsyStatementEntry.orderIn(info);
        if (order == null) {
            throw row.reject(TITLE, "expected a title naming the order, like Payment for Order #1234567890");
        }
        List<SaleDraft> lines = new ArrayList<>(2);
        SaleDraft line = new SaleDraft().orderId(order).lineId(lineId).orderedAt(at).currency(currency);
        lines.add(entry == EtsyStatementEntry.SALE ? sale(line, order, amount.amount())
                : refund(line, order, amount.amount().abs(), title));
        if (fees != null && fees.amount().signum() != 0) {
            lines.add(SaleDraft.feeLine(order, slug + "-fees:" + rowId, fees.amount().negate())
                    .currency(currency).orderedAt(at));
        }
        return RowOutcome.sales(lines);
    }

    private SaleDraft sale(SaleDraft line, String order, BigDecimal amount) {
        BigDecimal tax = taxes.takeCollected(order, amount);
        return line.items(amount.subtract(tax)).tax(tax).status(SaleStatus.COMPLETED);
    }

    private SaleDraft refund(SaleDraft line, String order, BigDecimal refunded, String title) {
        BigDecimal tax = taxes.takeReturned(order, refunded);
        BigDecimal sold = taxes.sold(order);
        boolean partial = (title != null && title.trim().toLowerCase(Locale.ROOT).startsWith("partial"))
                || (sold != null && refunded.compareTo(sold) < 0);
        return line.quantity(0).refund(refunded.subtract(tax)).tax(tax.negate())
                .status(partial ? SaleStatus.PARTIALLY_REFUNDED : SaleStatus.REFUNDED);
    }

    private LocalDate date(ExportRow row) {
        try {
            return dates.read(row.required(DATE)).toLocalDate();
        } catch (IllegalArgumentException e) {
            throw row.reject(DATE, e.getMessage());
        }
    }

    /** The ISO code of the Currency column, else the one the amount's symbol names. */
    private String currency(ExportRow row, Money amount, Money fees) {
        if (row.text(CURRENCY) != null) {
            return EtsyValues.currency(row, CURRENCY);
        }
        Money stated = amount != null ? amount : fees;
        if (stated != null && stated.currency() != null) {
            return stated.currency();
        }
        throw row.reject(CURRENCY, "a value is required");
    }

    private static void checkNet(ExportRow row, Money amount, Money fees) {
        Money net = row.money(NET);
        if (net == null) {
            return;
        }
        BigDecimal expected = (amount == null ? BigDecimal.ZERO : amount.amount())
                .add(fees == null ? BigDecimal.ZERO : fees.amount());
        if (net.amount().compareTo(expected) != 0) {
            throw row.reject(NET, "expected Net = Amount + Fees & Taxes = " + expected.toPlainString());
        }
    }

    private static void requireNoAmount(ExportRow row, Money amount, String type) {
        if (amount != null && amount.amount().signum() != 0) {
            throw row.reject(AMOUNT, "expected no Amount on a " + type + " row (only Sale and Refund rows have one)");
        }
    }

    private static String order(String info, String title) {
        String order = EtsyStatementEntry.orderIn(info);
        return order != null ? order : EtsyStatementEntry.orderIn(title);
    }

    /**
     * The buyer's tax per order, found by a scan of the whole file before the first row is read (the tax
     * row may come before or after its sale): collected on sales, given back on refunds, and each order's
     * sale amount (to tell a partial refund).
     */
    static final class BuyerTaxes {
        private final Map<String, BigDecimal> collected = new HashMap<>();
        private final Map<String, BigDecimal> returned = new HashMap<>();
        private final Map<String, BigDecimal> sold = new HashMap<>();
        private final Map<String, Boolean> moved = new HashMap<>();

        static BuyerTaxes scan(ExportTable table) {
            BuyerTaxes taxes = new BuyerTaxes();
            table.forEachRow(row -> {
                try {
                    taxes.note(row);
                } catch (RowRejection unreadable) {
                    // the row is rejected when it is read
                }
            });
            return taxes;
        }

        private void note(ExportRow row) {
            EtsyStatementEntry entry = EtsyStatementEntry.of(row.text(TYPE), row.text(TITLE));
            if (entry == EtsyStatementEntry.SALE || entry == EtsyStatementEntry.REFUND) {
                String order = EtsyStatementEntry.orderIn(row.text(TITLE));
                Money amount = row.money(AMOUNT);
                if (order != null && amount != null) {
                    moved.put(order, true);
                    if (entry == EtsyStatementEntry.SALE) {
                        sold.merge(order, amount.amount(), BigDecimal::add);
                    }
                }
            } else if (entry == EtsyStatementEntry.BUYER_TAX) {
                String order = order(row.text(INFO), row.text(TITLE));
                Money fees = row.money(FEES_AND_TAXES);
                if (order != null && fees != null) {
                    (fees.amount().signum() < 0 ? collected : returned).merge(order, fees.amount().abs(), BigDecimal::add);
                }
            }
        }

        boolean hasSaleOrRefund(String order) {
            return moved.containsKey(order);
        }

        BigDecimal sold(String order) {
            return sold.get(order);
        }

        /** Takes the tax collected on an order's sale, at most the sale's amount (the rest goes to later sales). */
        BigDecimal takeCollected(String order, BigDecimal amount) {
            return take(collected, order, amount);
        }

        BigDecimal takeReturned(String order, BigDecimal refunded) {
            return take(returned, order, refunded);
        }

        private static BigDecimal take(Map<String, BigDecimal> pot, String order, BigDecimal atMost) {
            BigDecimal left = pot.getOrDefault(order, BigDecimal.ZERO);
            BigDecimal taken = left.min(atMost.max(BigDecimal.ZERO));
            pot.put(order, left.subtract(taken));
            return taken;
        }
    }
}
