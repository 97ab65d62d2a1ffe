package app.eggbasket.ingestion.sumup;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of SumUp's Sales report (items), REFERENCE §9. English, verbatim: {@code Account, Date, Time, Type,
 * Transaction ID, Receipt Number, Payment Method, Quantity, Description, Currency, Price (Gross), Price (Net),
 * Tax, Tax rate, Transaction refunded}. German, verbatim: {@code Konto, Datum, Typ, Transaktionsnummer,
 * Zahlungsmethode, Menge, Beschreibung, Währung, Preis vor Rabatt, Rabatt, Preis (brutto), Preis (netto),
 * Steuer, Steuersatz} (the date carries the time: {@code 24.03.2023, 12:32}). French labels are NOT verified:
 * they translate the English ones the way SumUp's French interface would (Devise, Quantité, Prix (TTC)/(HT)…);
 * both the literal {@code Prix (brut)} and the usual French {@code Prix (TTC)} are accepted.
 */
enum SumupSalesColumn implements ColumnName {
    DATE(identifying("Date", "Datum")),
    TIME(optional("Time", "Heure")),
    TYPE(identifying("Type", "Typ")),
    TRANSACTION_ID(identifying("Transaction ID", "Transaktionsnummer", "ID de transaction")),
    QUANTITY(identifying("Quantity", "Menge", "Quantité")),
    DESCRIPTION(optional("Description", "Beschreibung")),
    CURRENCY(identifying("Currency", "Währung", "Devise")),
    DISCOUNT(optional("Rabatt", "Remise")),
    PRICE_GROSS(identifying("Price (Gross)", "Preis (brutto)", "Prix (TTC)", "Prix (brut)")),
    PRICE_NET(identifying("Price (Net)", "Preis (netto)", "Prix (HT)", "Prix (net)")),
    TRANSACTION_REFUNDED(optional("Transaction refunded", "Transaction remboursée"));
    private final ColumnLabels spec;

    SumupSalesColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
