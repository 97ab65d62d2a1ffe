package app.eggbasket.ingestion.paypal;

import java.util.Arrays;
import java.util.List;

import static app.eggbasket.ingestion.paypal.PaypalStatementColumn.*;

/**
 * PayPal's newer balance-affecting statement (2018+, REFERENCE §7b): one row per completed movement,
 * described by {@code Description} (no Type/Status columns). US files write dates month first
 * ({@code 9/4/2018}) with IANA zones; French, German and Spanish ones write decimal commas. See
 * {@link PaypalLedgerReader} for which rows are sales.
 */
public final class PaypalStatementFormat extends PaypalFormat {

    public PaypalStatementFormat() {
        super(new PaypalLayout(DATE, TIME, TIME_ZONE, DESCRIPTION, null, CURRENCY,
                GROSS, FEE, TRANSACTION_ID, REFERENCE_TXN_ID, FROM_EMAIL, null, NAME, SHIPPING, SALES_TAX,
                null, null, null, null, null, true));
    }

    @Override
    public String id() {
        return "paypal-statement";
    }

    @Override
    public String label() {
        return "PayPal — Statement (balance-affecting transactions)";
    }

    @Override
    public List<PaypalStatementColumn> columns() {
        return Arrays.asList(PaypalStatementColumn.values());
    }
}
