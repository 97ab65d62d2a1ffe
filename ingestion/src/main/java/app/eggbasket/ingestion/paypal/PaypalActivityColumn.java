package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of PayPal's classic "Activity download – all activity" (REFERENCE §7a), with the English,
 * French (Odoo importer, 2017) and German labels. {@code Name}, {@code Type} and {@code Status} tell it
 * apart from the newer statement, which has {@code Description} instead.
 */
enum PaypalActivityColumn implements ColumnName {
    DATE(identifying("Date", "Datum")),
    TIME(identifying("Time", "Heure", "Uhrzeit")),
    TIME_ZONE(identifying("TimeZone", "Time Zone", "Fuseau horaire", "Zeitzone")),
    NAME(identifying("Name", "Nom")),
    TYPE(identifying("Type", "Typ")),
    STATUS(identifying("Status", "État", "Etat")),
    CURRENCY(identifying("Currency", "Devise", "Währung")),
    GROSS(identifying("Gross", "Avant commission", "Brutto")),
    FEE(identifying("Fee", "Commission", "Gebühr")),
    NET(identifying("Net", "Netto")),
    FROM_EMAIL(optional("From Email Address", "De l'adresse email", "Absender E-Mail-Adresse")),
    TO_EMAIL(optional("To Email Address", "À l'adresse email", "Empfänger E-Mail-Adresse")),
    TRANSACTION_ID(identifying("Transaction ID", "Numéro de transaction", "Transaktionscode")),
    ITEM_TITLE(optional("Item Title", "Titre de l'objet")),
    ITEM_ID(optional("Item ID", "Numéro de l'objet")),
    SHIPPING(optional("Shipping and Handling Amount")),
    SALES_TAX(optional("Sales Tax", "TVA")),
    REFERENCE_TXN_ID(optional("Reference Txn ID", "Numéro de la transaction de référence", "Zugehöriger Transaktionscode")),
    INVOICE_NUMBER(optional("Invoice Number", "Numéro de facture")),
    QUANTITY(optional("Quantity", "Quantité")),
    RECEIPT_ID(optional("Receipt ID", "Numéro de reçu", "Empfangsnummer")),
    BALANCE(optional("Balance", "Solde", "Guthaben")),
    COUNTRY_CODE(optional("Country Code", "Code du pays de l'acheteur pour cette transaction")),
    BALANCE_IMPACT(optional("Balance Impact", "Auswirkung auf Guthaben"));
    private final ColumnLabels spec;

    PaypalActivityColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
