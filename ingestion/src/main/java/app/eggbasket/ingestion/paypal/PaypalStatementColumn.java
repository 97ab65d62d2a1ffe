package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.read.ColumnName;

import java.util.List;

/**
 * Columns of PayPal's newer balance-affecting statement (2018+, REFERENCE §7b), with the English,
 * French (OCA/Akretion 2018), German and Spanish labels. {@code Description} replaces the activity
 * download's {@code Name}/{@code Type}/{@code Status}; there is no status because only completed,
 * balance-affecting movements are listed.
 */
enum PaypalStatementColumn implements ColumnName {
    DATE(true, "Date", "Datum", "Fecha"),
    TIME(true, "Time", "Heure", "Uhrzeit", "Hora"),
    TIME_ZONE(true, "Time Zone", "TimeZone", "Fuseau horaire", "Zeitzone", "Zona horaria"),
    DESCRIPTION(true, "Description", "Beschreibung", "Descripción"),
    CURRENCY(true, "Currency", "Devise", "Währung", "Divisa"),
    GROSS(true, "Gross", "Avant commission", "Brutto", "Bruto"),
    FEE(true, "Fee", "Commission", "Gebühr", "Entgelt", "Comisión"),
    NET(true, "Net", "Netto", "Neto"),
    BALANCE(true, "Balance", "Solde", "Guthaben", "Saldo"),
    TRANSACTION_ID(true, "Transaction ID", "Numéro de transaction", "Transaktionscode", "Id. de transacción"),
    FROM_EMAIL(false, "From Email Address", "Adresse email de l'expéditeur"),
    NAME(false, "Name", "Nom"),
    BANK_NAME(false, "Bank Name", "Nom de la banque"),
    BANK_ACCOUNT(false, "Bank Account", "Compte bancaire"),
    SHIPPING(false, "Shipping and Handling Amount", "Montant des frais de livraison et de traitement"),
    SALES_TAX(false, "Sales Tax", "TVA"),
    INVOICE_ID(false, "Invoice ID", "Identifiant de facture"),
    REFERENCE_TXN_ID(false, "Reference Txn ID", "Numéro de la transaction de référence");

    private final boolean required;
    private final List<String> labels;

    PaypalStatementColumn(boolean required, String... labels) {
        this.required = required;
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public boolean required() {
        return required;
    }
}
