package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.read.ColumnName;

import java.util.List;

/**
 * Columns of PayPal's classic "Activity download – all activity" (REFERENCE §7a), with the English,
 * French (Odoo importer, 2017) and German labels. {@code Name}, {@code Type} and {@code Status} tell it
 * apart from the newer statement, which has {@code Description} instead.
 */
enum PaypalActivityColumn implements ColumnName {
    DATE(true, "Date", "Datum"),
    TIME(true, "Time", "Heure", "Uhrzeit"),
    TIME_ZONE(true, "TimeZone", "Time Zone", "Fuseau horaire", "Zeitzone"),
    NAME(true, "Name", "Nom"),
    TYPE(true, "Type", "Typ"),
    STATUS(true, "Status", "État", "Etat"),
    CURRENCY(true, "Currency", "Devise", "Währung"),
    GROSS(true, "Gross", "Avant commission", "Brutto"),
    FEE(true, "Fee", "Commission", "Gebühr"),
    NET(true, "Net", "Netto"),
    FROM_EMAIL(false, "From Email Address", "De l'adresse email", "Absender E-Mail-Adresse"),
    TO_EMAIL(false, "To Email Address", "À l'adresse email", "Empfänger E-Mail-Adresse"),
    TRANSACTION_ID(true, "Transaction ID", "Numéro de transaction", "Transaktionscode"),
    ITEM_TITLE(false, "Item Title", "Titre de l'objet"),
    ITEM_ID(false, "Item ID", "Numéro de l'objet"),
    SHIPPING(false, "Shipping and Handling Amount"),
    SALES_TAX(false, "Sales Tax", "TVA"),
    REFERENCE_TXN_ID(false, "Reference Txn ID", "Numéro de la transaction de référence", "Zugehöriger Transaktionscode"),
    INVOICE_NUMBER(false, "Invoice Number", "Numéro de facture"),
    QUANTITY(false, "Quantity", "Quantité"),
    RECEIPT_ID(false, "Receipt ID", "Numéro de reçu", "Empfangsnummer"),
    BALANCE(false, "Balance", "Solde", "Guthaben"),
    COUNTRY_CODE(false, "Country Code", "Code du pays de l'acheteur pour cette transaction"),
    BALANCE_IMPACT(false, "Balance Impact", "Auswirkung auf Guthaben");

    private final boolean required;
    private final List<String> labels;

    PaypalActivityColumn(boolean required, String... labels) {
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
