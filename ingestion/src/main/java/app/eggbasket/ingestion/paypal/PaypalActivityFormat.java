package app.eggbasket.ingestion.paypal;

import java.util.Arrays;
import java.util.List;

import static app.eggbasket.ingestion.paypal.PaypalActivityColumn.*;

/**
 * PayPal's classic "Activity download – all activity" (REFERENCE §7a): one row per ledger movement
 * with Name, Type and Status. English files from the UK and France write dates day first
 * ({@code 29/12/2015}); French and German ones write decimal commas. See {@link PaypalLedgerReader}
 * for which rows are sales.
 */
public final class PaypalActivityFormat extends PaypalFormat {

    public PaypalActivityFormat() {
        super(new PaypalLayout(DATE, TIME, TIME_ZONE, TYPE, STATUS, CURRENCY,
                GROSS, FEE, TRANSACTION_ID, REFERENCE_TXN_ID, FROM_EMAIL, TO_EMAIL, NAME, SHIPPING, SALES_TAX,
                ITEM_TITLE, ITEM_ID, QUANTITY, COUNTRY_CODE, BALANCE_IMPACT, false));
    }

    @Override
    public String id() {
        return "paypal-activity";
    }

    @Override
    public String label() {
        return "PayPal — Activity download (all activity)";
    }

    @Override
    public List<PaypalActivityColumn> columns() {
        return Arrays.asList(PaypalActivityColumn.values());
    }
}
