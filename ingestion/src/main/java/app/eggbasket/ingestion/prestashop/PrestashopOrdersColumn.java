package app.eggbasket.ingestion.prestashop;

import app.eggbasket.ingestion.read.ColumnLabels;
import app.eggbasket.ingestion.read.ColumnName;

import static app.eggbasket.ingestion.read.ColumnLabels.identifying;
import static app.eggbasket.ingestion.read.ColumnLabels.optional;

/**
 * Columns of PrestaShop's Orders → Export, in the back-office language (REFERENCE §4): English labels of
 * {@code OrderController::exportAction} (1.7.7+/8) and their standard French translation. PrestaShop 1.5/1.6
 * write the list titles, the first one lower-cased ({@code id}); labels compare case-insensitively.
 */
enum PrestashopOrdersColumn implements ColumnName {
    ID(identifying("ID")),
    REFERENCE(identifying("Reference", "Référence")),
    NEW_CLIENT(optional("New client", "Nouveau client")),
    DELIVERY(identifying("Delivery", "Livraison")),
    CUSTOMER(identifying("Customer", "Client")),
    TOTAL(identifying("Total")),
    PAYMENT(identifying("Payment", "Paiement")),
    STATUS(identifying("Status", "État", "Etat")),
    DATE(identifying("Date")),
    COMPANY(optional("Company", "Société"));

    private final ColumnLabels spec;

    PrestashopOrdersColumn(ColumnLabels spec) {
        this.spec = spec;
    }

    @Override
    public ColumnLabels spec() {
        return spec;
    }
}
