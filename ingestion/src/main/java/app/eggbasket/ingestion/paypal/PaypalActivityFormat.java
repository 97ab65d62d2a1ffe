package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.util.Arrays;
import java.util.List;

import static app.eggbasket.ingestion.paypal.PaypalActivityColumn.*;

/**
 * PayPal's classic "Activity download – all activity" (REFERENCE §7a): one row per ledger movement
 * with Name, Type and Status. English files from the UK and France write dates day first
 * ({@code 29/12/2015}); French and German ones write decimal commas. See {@link PaypalLedgerReader}
 * for which rows are sales.
 */
public final class PaypalActivityFormat implements SaleFormat {

    private static final PaypalLayout LAYOUT = new PaypalLayout(DATE, TIME, TIME_ZONE, TYPE, STATUS, CURRENCY,
            GROSS, FEE, TRANSACTION_ID, REFERENCE_TXN_ID, FROM_EMAIL, TO_EMAIL, NAME, SHIPPING, SALES_TAX,
            ITEM_TITLE, ITEM_ID, QUANTITY, COUNTRY_CODE, BALANCE_IMPACT, false);

    @Override
    public String id() {
        return "paypal-activity";
    }

    @Override
    public String label() {
        return "PayPal — Activity download (all activity)";
    }

    @Override
    public Channel defaultChannel() {
        return new Channel("own-shop", ChannelKind.OWN_SHOP);
    }

    @Override
    public List<PaypalActivityColumn> columns() {
        return Arrays.asList(PaypalActivityColumn.values());
    }

    @Override
    public boolean decimalComma(List<String> header) {
        return PaypalLedgerReader.decimalComma(header);
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        return PaypalLedgerReader.open(table, context, LAYOUT);
    }
}
