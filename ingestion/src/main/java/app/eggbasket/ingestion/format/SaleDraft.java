package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sale line as a parser reads it, before the {@link ParseContext} adds the seller, upload, line,
 * channel and pseudonymised buyer. Amounts default to zero, quantity to 1, status to COMPLETED.
 * The raw buyer identity never leaves this object: it is hashed when the line is completed.
 * <p>
 * A <em>fee line</em> ({@link #feeLine}) has no amount but fees: a ledger's transaction fee for an order
 * (order id = the platform's order id), or fees that belong to no order (listing fees, ads, a
 * subscription: order id like {@code fees-2024-03}). The lake keeps fee lines beside the order's sale
 * lines from any format, and they replace the fees those sale lines state.
 */
public final class SaleDraft {

    Channel channel;
    String orderId;
    String lineId;
    Instant orderedAt;
    String item;
    String sku;
    int quantity = 1;
    String currency;
    BigDecimal items = BigDecimal.ZERO;
    BigDecimal discount = BigDecimal.ZERO;
    BigDecimal shipping = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    BigDecimal refund = BigDecimal.ZERO;
    BigDecimal fees;
    String buyerIdentity;
    String buyerCountry;
    SaleStatus status = SaleStatus.COMPLETED;

    /** A channel proposed by the row itself (e.g. a Shopify POS order); the seller's override still wins. */
    public SaleDraft channel(Channel value) {
        this.channel = value;
        return this;
    }

    public SaleDraft orderId(String value) {
        this.orderId = value;
        return this;
    }

    public SaleDraft lineId(String value) {
        this.lineId = value;
        return this;
    }

    public SaleDraft orderedAt(Instant value) {
        this.orderedAt = value;
        return this;
    }

    public SaleDraft item(String value) {
        this.item = value;
        return this;
    }

    public SaleDraft sku(String value) {
        this.sku = value;
        return this;
    }

    public SaleDraft quantity(int value) {
        this.quantity = value;
        return this;
    }

    public SaleDraft currency(String value) {
        this.currency = value;
        return this;
    }

    public SaleDraft items(BigDecimal value) {
        this.items = value;
        return this;
    }

    public SaleDraft discount(BigDecimal value) {
        this.discount = value;
        return this;
    }

    public SaleDraft shipping(BigDecimal value) {
        this.shipping = value;
        return this;
    }

    public SaleDraft tax(BigDecimal value) {
        this.tax = value;
        return this;
    }

    public SaleDraft refund(BigDecimal value) {
        this.refund = value;
        return this;
    }

    /** Fees the channel took, when the export states them; null when it does not. */
    public SaleDraft fees(BigDecimal value) {
        this.fees = value;
        return this;
    }

    /** The raw buyer identity (user id, e-mail…); only its keyed hash is stored. */
    public SaleDraft buyer(String identity) {
        this.buyerIdentity = identity;
        return this;
    }

    public SaleDraft buyerCountry(String iso2) {
        this.buyerCountry = iso2;
        return this;
    }

    public SaleDraft status(SaleStatus value) {
        this.status = value;
        return this;
    }

    /** A fee line: quantity 0, no amount, {@code fees} the platform took (positive; negative when given back). */
    public static SaleDraft feeLine(String orderId, String lineId, BigDecimal fees) {
        return new SaleDraft().orderId(orderId).lineId(lineId).quantity(0).fees(fees);
    }

    public BigDecimal items() {
        return items;
    }

    public BigDecimal refund() {
        return refund;
    }
}
