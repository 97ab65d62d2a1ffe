package app.eggbasket.ingestion.etsy;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of Etsy's monthly statement ({@code etsy_statement_YYYY_M.csv}), English and German labels
 * (REFERENCE §1c). Newer files append {@code Status} and {@code Availability Date}. French labels were not
 * found publicly.
 */
enum EtsyStatementColumn implements ColumnName {
    DATE(identifying("Date", "Datum")),
    TYPE(identifying("Type", "Art")),
    TITLE(identifying("Title", "Titel")),
    INFO(identifying("Info")),
    CURRENCY(identifying("Currency", "Währung")),
    AMOUNT(identifying("Amount", "Betrag")),
    FEES_AND_TAXES(identifying("Fees & Taxes", "Gebühren & Steuern")),
    NET(identifying("Net", "Netto")),
    TAX_DETAILS(optional("Tax Details", "Steuerliche Angaben")),
    STATUS(optional("Status")),
    AVAILABILITY_DATE(optional("Availability Date"));
    private final ColumnLabels spec;

    EtsyStatementColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
