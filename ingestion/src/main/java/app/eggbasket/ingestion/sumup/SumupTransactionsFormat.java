package app.eggbasket.ingestion.sumup;

import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.DateReader;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.RowRejection;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.eggbasket.ingestion.sumup.SumupTransactionsColumn.*;

/**
 * SumUp "Transactions" report (REFERENCE §9): one row per money movement of the card reader account.
 *
 * <ul>
 *   <li>{@code Transaction Type} {@code Sale} ({@code Umsatz}, {@code Vente}) rows whose {@code Status} says the
 *       payment went through ({@code Successful}, {@code Paid Out}; {@code Erfolgreich}, {@code Geplant}) are
 *       COMPLETED lines: order and line id = {@code Transaction ID}, items = {@code Total} − {@code Tax Amount}
 *       − {@code Tip Amount} (a tip is no price), tax = {@code Tax Amount}. {@code Failed}, {@code Cancelled}
 *       and pending rows are skipped with their status.</li>
 *   <li>Fees go on the sale line: the row's {@code Fee}, or, when it is blank or zero, the {@code Fee} of the
 *       {@code Payout} row of the same {@code Transaction ID} (SumUp writes {@code Total = Fee + Payout} on
 *       paid-out rows). {@code Payout} rows themselves are skipped: they move money to the bank.</li>
 *   <li>Refunds: a {@code Refund} (or {@code Chargeback}) row is its own REFUNDED line (order id = its
 *       {@code Transaction ID}, line id {@code <id>-refund-<n>}, items 0, refund = |Total| less tax and tip),
 *       so it nets the sale. A sale whose status is {@code Refunded} (or charged back) and that no refund row
 *       of the file reverses is REFUNDED on its own line, refund = its items.</li>
 *   <li>The report states no currency: a symbol in {@code Total} names it, else the seller's currency.
 *       No buyer identity ({@code Email} is the merchant's login).</li>
 * </ul>
 */
public final class SumupTransactionsFormat implements SaleFormat {

    private static final Set<String> SALE = Set.of("sale", "sales", "payment", "umsatz", "verkauf", "vente",
            "paiement");
    private static final Set<String> REFUND = Set.of("refund", "chargeback", "erstattung", "ruckerstattung",
            "ruckbuchung", "remboursement", "retrofacturation");
    private static final Set<String> PAYOUT = Set.of("payout", "auszahlung", "versement", "virement");

    @Override
    public String id() {
        return "sumup-transactions";
    }

    @Override
    public String label() {
        return "SumUp — Transactions report";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("markets", ChannelKind.IN_PERSON);
    }

    @Override
    public List<SumupTransactionsColumn> columns() {
        return Arrays.asList(SumupTransactionsColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = SumupValues.dates(table.frenchExcel());
        Map<String, BigDecimal> payoutFees = new HashMap<>();
        Set<String> reversed = new HashSet<>();
        table.forEachRow(row -> {
            String id = row.text(TRANSACTION_ID);
            String type = SumupValues.fold(row.text(TRANSACTION_TYPE));
            if (id == null) {
                return;
            }
            if (REFUND.contains(type)) {
                reversed.add(id);
            } else if (PAYOUT.contains(type)) {
                try {
                    payoutFees.merge(id, SumupValues.positive(row, FEE), BigDecimal::add);
                } catch (RowRejection unreadable) {
                    // the payout row is skipped anyway; the sale keeps its own fee
                }
            }
        });
        Map<String, Integer> refundsSeen = new HashMap<>();
        return row -> read(row, dates, context, payoutFees, reversed, refundsSeen);
    }

    private static RowOutcome read(ExportRow row, DateReader dates, ParseContext context,
                                   Map<String, BigDecimal> payoutFees, Set<String> reversed,
                                   Map<String, Integer> refundsSeen) {
        String type = SumupValues.fold(row.required(TRANSACTION_TYPE));
        if (PAYOUT.contains(type)) {
            return RowOutcome.skip("payout to the bank account, not a sale (its fee goes on the sale line)");
        }
        boolean refund = REFUND.contains(type);
        if (!refund && !SALE.contains(type)) {
            throw row.reject(TRANSACTION_TYPE, "expected Sale, Refund or Payout");
        }
        String status = SumupValues.fold(row.required(STATUS));
        boolean givenBack = SumupValues.REFUNDED.contains(status);
        if (!SumupValues.SUCCESSFUL.contains(status) && !givenBack) {
            return RowOutcome.skip("status '" + row.raw(STATUS) + "' is not a payment that went through");
        }
        String id = row.required(TRANSACTION_ID);
        BigDecimal total = row.amount(TOTAL).abs();
        BigDecimal tax = SumupValues.positive(row, TAX_AMOUNT);
        BigDecimal tip = SumupValues.positive(row, TIP_AMOUNT);
        BigDecimal items = total.subtract(tax).subtract(tip);
        if (items.signum() < 0) {
            throw row.reject(TOTAL, "expected the total to include tax " + tax.toPlainString() + " and tip "
                    + tip.toPlainString());
        }
        SaleDraft draft = new SaleDraft()
                .orderId(id)
                .orderedAt(context.instant(row.dateTime(DATE, dates), null))
                .item(row.text(DESCRIPTION))
                .currency(SumupValues.currency(row, TOTAL, context.sellerCurrency()));
        if (refund) {
            int n = refundsSeen.merge(id, 1, Integer::sum);
            return RowOutcome.sale(draft.lineId(id + "-refund-" + n).refund(items).tax(tax.negate())
                    .status(SaleStatus.REFUNDED));
        }
        BigDecimal fee = SumupValues.positive(row, FEE);
        if (fee.signum() == 0 && payoutFees.containsKey(id)) {
            fee = payoutFees.get(id);
        }
        draft.lineId(id).items(items).tax(tax).fees(fee);
        if (givenBack && !reversed.contains(id)) {
            return RowOutcome.sale(draft.refund(items).status(SaleStatus.REFUNDED));
        }
        return RowOutcome.sale(draft.status(SaleStatus.COMPLETED));
    }
}
