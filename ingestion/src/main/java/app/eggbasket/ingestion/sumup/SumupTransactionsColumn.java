package app.eggbasket.ingestion.sumup;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of SumUp's Transactions report (REFERENCE §9). English labels are the UK report's, verbatim
 * ({@code Email, Date, Transaction ID, Transaction Type, Status, Card Type, Last 4 Digits, Process As,
 * Payment Method, Entry Mode, Auth code, Description, Total, Net Sale, Tax Amount, Tip Amount, Fee, Payout,
 * Payout Date, Payout ID, Reference}; the legacy layout lacks {@code Last 4 Digits} and {@code Payout ID}).
 * German labels are the ones REFERENCE quotes from a Swiss shop ({@code Transaktions-ID, Zahlungsart,
 * Status, Betrag inkl. MwSt., Trinkgeldbetrag, Gebühr}); its date column was not quoted, {@code Datum} is
 * the German sales report's label. French labels are NOT verified: they translate the English ones the
 * way SumUp's French interface words them (Statut, Frais, Versement…).
 */
enum SumupTransactionsColumn implements ColumnName {
    DATE(identifying("Date", "Datum")),
    TRANSACTION_ID(identifying("Transaction ID", "Transaktions-ID", "ID de transaction")),
    TRANSACTION_TYPE(identifying("Transaction Type", "Zahlungsart", "Type de transaction")),
    STATUS(identifying("Status", "Statut")),
    TOTAL(identifying("Total", "Betrag inkl. MwSt.")),
    FEE(identifying("Fee", "Gebühr", "Frais")),
    DESCRIPTION(optional("Description")),
    TAX_AMOUNT(optional("Tax Amount", "Montant de la TVA")),
    TIP_AMOUNT(optional("Tip Amount", "Trinkgeldbetrag", "Montant du pourboire"));
    private final ColumnLabels spec;

    SumupTransactionsColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
