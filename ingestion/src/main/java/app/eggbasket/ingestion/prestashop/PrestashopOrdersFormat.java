package app.eggbasket.ingestion.prestashop;

import app.eggbasket.ingestion.format.Countries;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowOutcome;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleDraft;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.DateReader;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.Money;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static app.eggbasket.ingestion.prestashop.PrestashopOrdersColumn.*;

/**
 * PrestaShop back office, Orders → Export (REFERENCE §4): one row per order,
 * {@code ID;Reference;New client;Delivery;Customer;Total;Payment;Status;Date} (French
 * {@code ID;Référence;Nouveau client;Livraison;Client;Total;Paiement;État;Date}), {@code ;}-delimited by
 * PrestaShop itself — so a {@code ;} file is the native layout, not a French-Excel re-save.
 *
 * <ul>
 *   <li>1.7.7+/8 write {@code Total} as a decimal ({@code 49.900000}); 1.5/1.6 write it as displayed, with a
 *       UTF-8 BOM and the currency sign ({@code 49,90 €}). Both are read: a {@code ;} file is read with decimal
 *       commas (the registry's rule for {@code ;}), which leaves dotted decimals like {@code 49.900000} and
 *       {@code £1,250.00} intact; a file re-saved with {@code ,} is read with decimal points.</li>
 *   <li>Currency: the export has no currency column. The sign in a value names it ({@code €}, {@code £},
 *       {@code CHF}); a bare number is in the seller's currency ({@link ParseContext#sellerCurrency()}).</li>
 *   <li>{@code Total} is {@code total_paid_tax_incl}: tax included, with no tax, shipping or discount split.
 *       So items = Total, tax = 0 and <strong>revenue from this format includes VAT and shipping</strong>;
 *       quantity is 1 per order (the export has no items).</li>
 *   <li>{@code Status} is the localised order-state name, read by {@link PrestashopOrderState}: refunded
 *       orders are REFUNDED (refund = Total, revenue 0), cancelled ones CANCELLED, unpaid ones (awaiting
 *       cheque / bank wire / cash on delivery, payment error, back-order not paid) are skipped.</li>
 *   <li>{@code Date} is {@code date_add}, {@code YYYY-MM-DD HH:MM:SS} in the shop's time zone (the seller's
 *       zone is assumed). A {@code ;} file re-saved by French Excel shows {@code dd/mm/yyyy hh:mm}: slashed
 *       dates are read day first.</li>
 *   <li>Order id = {@code ID} ({@code Reference} is shared by the orders of one multi-carrier cart);
 *       {@code Delivery} is the delivery country's name; {@code Customer} ({@code J. Dupont}) is the buyer.</li>
 * </ul>
 */
public final class PrestashopOrdersFormat implements SaleFormat {

    @Override
    public String id() {
        return "prestashop-orders";
    }

    @Override
    public String label() {
        return "PrestaShop — Orders export (order_*.csv)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("own-shop", ChannelKind.OWN_SHOP);
    }

    @Override
    public List<PrestashopOrdersColumn> columns() {
        return Arrays.asList(PrestashopOrdersColumn.values());
    }

    @Override
    public char nativeDelimiter() {
        return ';';
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        DateReader dates = DateReader.of(table.frenchExcel() || table.delimiter() == ';');
        return row -> read(row, dates, context);
    }

    private static RowOutcome read(ExportRow row, DateReader dates, ParseContext context) {
        String orderId = row.required(ID);
        String stateName = row.required(STATUS);
        PrestashopOrderState state = PrestashopOrderState.of(stateName).orElseThrow(() -> row.reject(STATUS,
                "unknown order state; expected a PrestaShop state such as Paiement accepté, Livré, Remboursé, "
                        + "Annulé, Erreur de paiement, En attente… (or Payment accepted, Delivered, Refunded…)"));
        if (state == PrestashopOrderState.PARTIALLY_REFUNDED) {
            throw row.reject(STATUS, "a partial refund: the export does not say how much was refunded");
        }
        var orderedAt = context.instant(row.dateTime(DATE, dates), null);
        Money total = row.money(TOTAL);
        if (total == null) {
            throw row.reject(TOTAL, "an amount is required");
        }
        if (total.amount().signum() < 0) {
            throw row.reject(TOTAL, "expected the order total, not a negative amount");
        }
        if (state == PrestashopOrderState.NOT_PAID) {
            return RowOutcome.skip("order not paid (" + stateName + ")");
        }
        BigDecimal items = total.amount();
        SaleStatus status = switch (state) {
            case REFUNDED -> SaleStatus.REFUNDED;
            case CANCELLED -> SaleStatus.CANCELLED;
            default -> SaleStatus.COMPLETED;
        };
        return RowOutcome.sale(new SaleDraft()
                .orderId(orderId)
                .orderedAt(orderedAt)
                .currency(total.currency() != null ? total.currency() : context.sellerCurrency())
                .items(items)
                .refund(status == SaleStatus.REFUNDED ? items : BigDecimal.ZERO)
                .buyer(row.text(CUSTOMER))
                .buyerCountry(Countries.iso2(row.text(DELIVERY)))
                .status(status));
    }
}
