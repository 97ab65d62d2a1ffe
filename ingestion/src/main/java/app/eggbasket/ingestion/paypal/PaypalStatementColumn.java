package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of PayPal's newer balance-affecting statement (2018+, REFERENCE §7b), with the English,
 * French (OCA/Akretion 2018), German and Spanish labels. {@code Description} replaces the activity
 * download's {@code Name}/{@code Type}/{@code Status}; there is no status because only completed,
 * balance-affecting movements are listed.
 */
enum PaypalStatementColumn implements ColumnName {
    DATE(identifying("Date", "Datum", "Fecha")),
    TIME(identifying("Time", "Heure", "Uhrzeit", "Hora")),
    TIME_ZONE(identifying("Time Zone", "TimeZone", "Fuseau horaire", "Zeitzone", "Zona horaria")),
    DESCRIPTION(identifying("Description", "Beschreibung", "Descripción")),
    CURRENCY(identifying("Currency", "Devise", "Währung", "Divisa")),
    GROSS(identifying("Gross", "Avant commission", "Brutto", "Bruto")),
    FEE(identifying("Fee", "Commission", "Gebühr", "Entgelt", "Comisión")),
    NET(identifying("Net", "Netto", "Neto")),
    BALANCE(identifying("Balance", "Solde", "Guthaben", "Saldo")),
    TRANSACTION_ID(identifying("Transaction ID", "Numéro de transaction", "Transaktionscode", "Id. de transacción")),
    FROM_EMAIL(optional("From Email Address", "Adresse email de l'expéditeur")),
    NAME(optional("Name", "Nom")),
    BANK_NAME(optional("Bank Name", "Nom de la banque")),
    BANK_ACCOUNT(optional("Bank Account", "Compte bancaire")),
    SHIPPING(optional("Shipping and Handling Amount", "Montant des frais de livraison et de traitement")),
    SALES_TAX(optional("Sales Tax", "TVA")),
    INVOICE_ID(optional("Invoice ID", "Identifiant de facture")),
    REFERENCE_TXN_ID(optional("Reference Txn ID", "Numéro de la transaction de référence"));
    private final ColumnLabels spec;

    PaypalStatementColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
