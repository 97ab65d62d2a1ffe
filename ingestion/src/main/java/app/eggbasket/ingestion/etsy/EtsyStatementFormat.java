package app.eggbasket.ingestion.etsy;

import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.util.Arrays;
import java.util.List;

/**
 * Etsy's monthly statement {@code etsy_statement_YYYY_M.csv} (REFERENCE §1c): a ledger, one row per money
 * movement, and the only Etsy file that states every fee (transaction, listing, processing, Offsite Ads,
 * Etsy Ads, regulatory operating fee, VAT on fees, shipping labels). Money columns carry the shop currency's
 * symbol ({@code $36.10}, {@code -€2.20}), {@code --} is empty, and {@code Net = Amount + Fees & Taxes}.
 * See {@link EtsyStatementReader} for what each row becomes.
 */
public final class EtsyStatementFormat implements SaleFormat {

    @Override
    public String id() {
        return "etsy-statement";
    }

    /** States the money that moved for each order: its lines win over an order listing's. */
    @Override
    public boolean ledger() {
        return true;
    }

    @Override
    public String label() {
        return "Etsy — Monthly statement (etsy_statement_YYYY_M.csv)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("etsy", ChannelKind.MARKETPLACE);
    }

    @Override
    public List<EtsyStatementColumn> columns() {
        return Arrays.asList(EtsyStatementColumn.values());
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        return EtsyStatementReader.open(table, context);
    }
}
