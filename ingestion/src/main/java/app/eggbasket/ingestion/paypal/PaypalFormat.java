package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.util.List;

/**
 * What PayPal's two ledgers share: the default channel (own shop, DESIGN §2), decimal commas for French,
 * German and Spanish headers, and the reader of {@link PaypalLedgerReader}; each subclass gives its layout.
 */
abstract class PaypalFormat implements SaleFormat {

    private final PaypalLayout layout;

    PaypalFormat(PaypalLayout layout) {
        this.layout = layout;
    }

    @Override
    public final Channel defaultChannel() {
        return new Channel("own-shop", ChannelKind.OWN_SHOP);
    }

    @Override
    public final boolean decimalComma(List<String> header) {
        return PaypalLedgerReader.decimalComma(header);
    }

    @Override
    public final RowParser open(ExportTable table, ParseContext context) {
        return PaypalLedgerReader.open(table, context, layout);
    }
}
