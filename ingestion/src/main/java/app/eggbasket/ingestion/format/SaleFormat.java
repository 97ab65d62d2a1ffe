package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.read.ColumnName;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.sale.Channel;

import java.util.List;

/**
 * One export format: how to recognise its header and how to read its rows. Implementations are
 * stateless; {@link #open} returns a fresh {@link RowParser} per file.
 */
public interface SaleFormat {

    /** Stable parser id, stored with every line ({@code etsy-sold-orders}). */
    String id();

    /** Human name shown to users ({@code Etsy — Sold Orders}). */
    String label();

    /** The channel lines go to unless the seller says otherwise (DESIGN §2). */
    Channel defaultChannel();

    /** Every column of the format; the {@link ColumnName#required() required} ones identify it. */
    List<? extends ColumnName> columns();

    /**
     * Whether this format's lines of an order are the money that actually moved (a statement, a payment or
     * transaction report: sales, refunds and fees as settled) rather than an order listing. Per order, the
     * lake keeps the lines of a ledger over those of a listing, whichever was uploaded last, so uploading
     * the Orders download after the statement never loses the statement's refunds and fees.
     */
    default boolean ledger() {
        return false;
    }

    /**
     * Whether the platform writes every value that starts with {@code - = + @}, a tab or a carriage return as
     * {@code '<value>} (a CSV-injection guard, e.g. WooCommerce's {@code '-12.50}, REFERENCE §0.5): the apostrophe
     * is then dropped from every cell before it is read.
     */
    default boolean guardsFormulas() {
        return false;
    }

    /** The delimiter the platform itself writes; another one means the file was re-saved. */
    default char nativeDelimiter() {
        return ',';
    }

    /** Whether a file with this header writes decimal commas even with its native delimiter. */
    default boolean decimalComma(List<String> header) {
        return false;
    }

    /** Starts reading one file; the parser may scan the table first (e.g. to settle day/month order). */
    RowParser open(ExportTable table, ParseContext context);
}
